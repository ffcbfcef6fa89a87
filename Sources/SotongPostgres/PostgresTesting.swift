import Foundation
import PostgresNIO
public import SotongCore

/// A store in a schema of its own on a test server, dropped when the value goes away: for tests
/// that need a real PostgreSQL (the server's URL is in `SOTONG_TEST_POSTGRES_URL`).
///
/// ```swift
/// let scratch = try PostgresScratch(serverURL: url)
/// try await scratch.store.append(event, to: "a", expecting: .any)
/// run("SotongTestWriter", "--db", scratch.url)   // another process, same schema
/// ```
@_spi(Testing)
public final class PostgresScratch: Sendable {
    /// The test server's URL, from `SOTONG_TEST_POSTGRES_URL`; `nil` when no server was given.
    public static var serverURL: String? {
        ProcessInfo.processInfo.environment["SOTONG_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The store opened on the scratch schema.
    public let store: PostgresEventStore
    /// The server URL with `?schema=` naming this store's schema, for other processes and stores.
    public let url: String
    /// The scratch schema's name (`sotong_test_<uuid>`).
    public let schema: String

    /// A fresh schema on the server at `serverURL`, with a store opened on it.
    public init(serverURL: String, options: PostgresStoreOptions = .init(), clock: StoreClock = .system) throws {
        schema = "sotong_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        url = serverURL + (serverURL.contains("?") ? "&" : "?") + "schema=" + schema
        store = try PostgresEventStore(url: url, options: options, clock: clock)
    }

    deinit {
        let store = store
        Task { await store.dropSchemaForTesting() }
    }
}

@_spi(Testing)
extension PostgresEventStore {
    /// Runs one SQL statement in the store's schema, bypassing every check; `{schema}` stands for
    /// the quoted schema name. For tamper-detection and failure tests only.
    ///
    /// ```swift
    /// try await store.executeForTesting("UPDATE {schema}.events SET actor = 'intruder' WHERE position = 1")
    /// ```
    public func executeForTesting(_ sql: String) async throws {
        let statement = sql.replacingOccurrences(of: "{schema}", with: location.quotedSchema)
        try await session("running a test statement") { [self] connection in
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            return ()
        }
    }

    /// Drops the store's schema with everything in it, then closes the store.
    public func dropSchemaForTesting() async {
        lifecycle.startIfIdle(client)
        _ = try? await client.withConnection { [self] connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(location.quotedSchema) CASCADE"), logger: logger)
        }
        await close()
    }
}
