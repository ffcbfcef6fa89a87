import Foundation
import SotongCore
@_spi(Testing) import SotongPostgres
import Testing

extension PostgresScratch {
    /// A fresh schema on the server in `SOTONG_TEST_POSTGRES_URL`, with a small connection pool
    /// (the contract tests run in parallel, each with its own store).
    static func forContractTest(clock: StoreClock) throws -> PostgresScratch {
        guard let server = serverURL else {
            throw EventStoreError(code: .missing, message: "SOTONG_TEST_POSTGRES_URL is not set")
        }
        return try PostgresScratch(serverURL: server, options: PostgresStoreOptions(lockTimeout: .seconds(60), maximumConnections: 3), clock: clock)
    }
}

extension StoreHarness {
    /// An insider with a superuser's session: drop the append-only trigger, then edit rows with SQL.
    func tamperPostgres(_ mutation: Mutation) async throws {
        let store = try #require(store as? PostgresEventStore)
        try await store.executeForTesting("DROP TRIGGER events_append_only ON {schema}.events")
        let statements: [String] = switch mutation {
        case .editPayload(let p):
            [#"UPDATE {schema}.events SET payload = convert_to('{"number":999,"text":""}', 'UTF8') WHERE position = \#(p)"#]
        case .editMetadata(let p): ["UPDATE {schema}.events SET actor = 'intruder' WHERE position = \(p)"]
        case .editHash(let p):
            // Flip one bit of the stored hash.
            ["UPDATE {schema}.events SET hash = set_byte(hash, 0, get_byte(hash, 0) # 1) WHERE position = \(p)"]
        case .deleteRow(let p): ["DELETE FROM {schema}.events WHERE position = \(p)"]
        case .swapRows(let a, let b):
            ["UPDATE {schema}.events SET position = -1 WHERE position = \(a)",
             "UPDATE {schema}.events SET position = \(a) WHERE position = \(b)",
             "UPDATE {schema}.events SET position = \(b) WHERE position = -1"]
        case .truncateTail(let count):
            ["DELETE FROM {schema}.events WHERE position > (SELECT max(position) FROM {schema}.events) - \(count)"]
        }
        for statement in statements { try await store.executeForTesting(statement) }
    }
}

/// Says whether the PostgreSQL store is tested in this run, and checks the server answers when it is.
@Suite("PostgreSQL store availability") struct PostgresAvailabilityTests {
    @Test("The PostgreSQL contract tests run against SOTONG_TEST_POSTGRES_URL",
          .enabled(if: PostgresScratch.serverURL != nil,
                   "SOTONG_TEST_POSTGRES_URL is not set: the PostgreSQL store tests are skipped (.ci/run starts a server and sets it)"))
    func theTestServerAnswers() async throws {
        let harness = try StoreKind.postgres.make()
        defer { withExtendedLifetime(harness) {} }
        #expect(StoreKind.allCases.contains(.postgres))
        #expect(try await harness.store.head() == .empty)
    }
}
