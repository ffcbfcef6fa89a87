import Foundation
import PostgresNIO
@_spi(Testing) import SotongPostgres

/// A plain session on the test server, beside the store under test and not through it: to watch the
/// store's sessions (`pg_stat_activity`) and to terminate them.
///
/// ```swift
/// let killed = try await ServerSession.with(scratch.url, application: "sotong-killer") { session in
///     try await session.integers("SELECT count(*) FROM pg_stat_activity")
/// }
/// ```
enum ServerSession {
    static func with<T: Sendable>(
        _ url: String, application: String, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let location = try PostgresLocation(url: url)
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.additionalStartupParameters = [("application_name", application)]
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let value = try await body(connection)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    static let logger: Logger = {
        var logger = Logger(label: "sotong.tests.server-session")
        logger.logLevel = .critical
        return logger
    }()
}

extension PostgresConnection {
    /// The first column of every row, as integers.
    func integers(_ sql: String) async throws -> [Int64] {
        try await query(PostgresQuery(unsafeSQL: sql), logger: ServerSession.logger).collect().map { try $0.decode(Int64.self) }
    }
}
