public import Foundation
import PostgresNIO
import SotongCore

/// Where a PostgreSQL store lives, read from a URL in libpq's form:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME][&sslmode=MODE][&host=/SOCKET/DIR]`.
///
/// The password may also come from `PGPASSWORD` (better than a URL, which other users can see in
/// the process list). ``description`` never shows it, so a location is safe to print and log.
///
/// ```swift
/// let location = try PostgresLocation(url: "postgres://sotong@db.local/sotong?schema=office")
/// print(location)   // postgres://sotong@db.local:5432/sotong?schema=office
/// ```
public struct PostgresLocation: Hashable, Sendable, CustomStringConvertible {
    /// How the connection is encrypted, as libpq's `sslmode` says it.
    public enum TLSMode: String, Hashable, Sendable, CaseIterable {
        /// Never encrypt.
        case disable
        /// Encrypt when the server offers it (the default), without checking its certificate.
        case prefer
        /// Always encrypt, without checking the certificate.
        case require
        /// Always encrypt, and check the certificate and host name against the system's trust store.
        case verifyFull = "verify-full"
    }

    /// A host name or address, or a folder holding the server's Unix socket (starts with `/`).
    public var host: String
    /// The server's port (5432 when the URL names none).
    public var port: Int
    /// The role to connect as.
    public var user: String
    /// The role's password, when the URL gives one (never printed).
    public var password: String?
    /// The database holding the log.
    public var database: String
    /// The schema holding the log's tables.
    public var schema: String
    /// Whether and how to use TLS (`sslmode` in the URL).
    public var tls: TLSMode

    /// Whether `text` is a PostgreSQL URL (`postgres://…` or `postgresql://…`).
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; throws ``EventStoreError`` (`notAStore`) naming what is wrong, never the password.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        func invalid(_ reason: String) -> EventStoreError {
            EventStoreError(code: .notAStore,
                            message: "not a usable PostgreSQL URL: \(reason) (postgres://USER@HOST:PORT/DATABASE?schema=NAME)")
        }
        guard Self.isURL(url), let components = URLComponents(string: url) else {
            throw invalid("it must start with postgres:// or postgresql://")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard ["schema", "sslmode", "host"].contains(item.name) else {
                throw invalid("unknown parameter '\(item.name)'")
            }
            query[item.name] = item.value ?? ""
        }
        let urlHost = components.host.flatMap { $0.isEmpty ? nil : $0 }
        host = query["host"] ?? urlHost ?? "localhost"
        port = components.port ?? 5432
        user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["USER"] ?? "postgres"
        password = components.password ?? environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : path
        schema = query["schema"] ?? "public"
        guard let mode = TLSMode(rawValue: query["sslmode"] ?? "prefer") else {
            throw invalid("sslmode must be one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        tls = mode
        guard !database.contains("/") else { throw invalid("the database name cannot contain '/'") }
        guard (1...65_535).contains(port) else { throw invalid("the port must be 1 to 65535") }
        if let problem = Self.problem(schema: schema) { throw invalid("the schema \(problem)") }
    }

    /// Why `schema` cannot name the log's schema, or `nil` when it can.
    static func problem(schema: String) -> String? {
        let scalars = Array(schema.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 63 else { return "must have 1 to 63 characters" }
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        }
        guard allowed(first), !("0"..."9").contains(first), scalars.allSatisfy(allowed) else {
            return "may hold only lowercase letters, digits and '_', and must not start with a digit"
        }
        return nil
    }

    /// The URL without the password.
    public var description: String {
        let where_ = host.hasPrefix("/") ? "/\(database)?host=\(host)&" : "\(host):\(port)/\(database)?"
        return "postgres://\(user)@\(where_)schema=\(schema)"
    }

    /// The schema's name quoted as an SQL identifier (validated at init, so quoting is all it needs).
    var quotedSchema: String { "\"\(schema)\"" }
}

extension PostgresLocation {
    /// The postgres-nio client configuration for this location and these options.
    func clientConfiguration(options: PostgresStoreOptions) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if host.hasPrefix("/") {
            configuration = .init(unixSocketPath: "\(host)/.s.PGSQL.\(port)", username: user, password: password,
                                  database: database)
        } else {
            configuration = .init(host: host, port: port, username: user, password: password, database: database,
                                  tls: clientTLS)
        }
        configuration.options.maximumConnections = max(1, options.maximumConnections)
        configuration.options.connectTimeout = options.connectTimeout
        var parameters = [("application_name", options.applicationName),
                          ("lock_timeout", "\(options.lockTimeout.milliseconds)ms")]
        if options.readOnly { parameters.append(("default_transaction_read_only", "on")) }
        configuration.options.additionalStartupParameters = parameters
        return configuration
    }

    private var clientTLS: PostgresClient.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch tls {
        case .disable: return .disable
        case .prefer: return .prefer(unverified)
        case .require: return .require(unverified)
        case .verifyFull: return .require(.makeClientConfiguration())
        }
    }
}
