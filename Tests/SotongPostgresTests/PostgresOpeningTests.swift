import Foundation
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongTesting
import Testing

@Suite("PostgreSQL store: opening, schema and read-only mode", .needsPostgres)
struct PostgresOpeningTests {
    func code(_ body: () async throws -> Void) async -> EventStoreError.Code? {
        do { try await body(); return nil } catch let error as EventStoreError { return error.code } catch { return nil }
    }

    @Test func createsTheSchemaOnceWhenManyOpenAtOnce() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let stores = try (0..<4).map { _ in try PostgresEventStore(url: scratch.url) }
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for store in stores { group.addTask { try await store.storeID() } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(ids.count == 1)
        #expect(ids.first?.count == 32)
        for store in stores { await store.close() }
    }

    @Test func refusesASchemaHoldingOtherTables() async throws {
        let server = try serverURL()
        let scratch = try PostgresScratch(serverURL: server)
        let other = server + (server.contains("?") ? "&" : "?") + "schema=\(scratch.schema)_other"
        let setup = scratch.store
        try await setup.executeForTesting("CREATE SCHEMA \(scratch.schema)_other")
        try await setup.executeForTesting("CREATE TABLE \(scratch.schema)_other.invoices (id integer)")
        let foreign = try PostgresEventStore(url: other)
        #expect(await code { try await foreign.open() } == .notAStore)
        #expect(await code { _ = try await foreign.head() } == .notAStore)
        try await setup.executeForTesting("DROP SCHEMA \(scratch.schema)_other CASCADE")
        await foreign.close()
    }

    @Test func refusesALogWrittenByANewerSotong() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        try await scratch.store.append(SampleEvents.batch(1), to: "a", expecting: .any)
        try await scratch.store.executeForTesting("INSERT INTO {schema}.sotong_migrations (id) VALUES ('v99-from-the-future')")
        let later = try PostgresEventStore(url: scratch.url)
        #expect(await code { try await later.open() } == .newerSchema)
        await later.close()
    }

    @Test func readOnlyNeverCreatesAndNeverWrites() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let early = try PostgresEventStore(url: scratch.url, options: PostgresStoreOptions(readOnly: true))
        #expect(await code { _ = try await early.head() } == .missing)
        try await scratch.store.append(SampleEvents.batch(3), to: "a", expecting: .noStream)
        let auditor = try PostgresEventStore(url: scratch.url, options: PostgresStoreOptions(readOnly: true))
        #expect(try await auditor.verify().isIntact)
        #expect(try await auditor.readAll().collect().count == 3)
        #expect(await code { try await auditor.append(SampleEvents.batch(1, from: 4), to: "a", expecting: .any) } == .readOnly)
        // The server enforces it too: the session is read-only.
        #expect(await code { try await auditor.executeForTesting("INSERT INTO {schema}.store_info VALUES ('x', 'y')") } == .readOnly)
        await early.close()
        await auditor.close()
    }

    @Test func eventsAreAppendOnlyInTheDatabase() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        try await scratch.store.append(SampleEvents.batch(2), to: "a", expecting: .any)
        for statement in [
            "UPDATE {schema}.events SET actor = 'x'", "DELETE FROM {schema}.events", "TRUNCATE {schema}.events",
            "UPDATE {schema}.chain_head SET position = 1", "DELETE FROM {schema}.chain_head",
            "TRUNCATE {schema}.chain_head",
        ] {
            #expect(await code { try await scratch.store.executeForTesting(statement) } == .storage, "\(statement)")
        }
        #expect(try await scratch.store.verify().eventsChecked == 2)
    }

    @Test func aClosedStoreSaysSo() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let store = try PostgresEventStore(url: scratch.url)
        try await store.append(SampleEvents.batch(1), to: "a", expecting: .any)
        await store.close()
        #expect(await code { _ = try await store.head() } == .closed)
    }

    @Test func sotongInitCreatesTheTablesAndAReadOnlyOpenThenFindsThem() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let executable = try #require(TestProducts.executable("sotong"), "the sotong executable was not built")
        let missing = try await ChildProcesses.run(executable, ["verify", "--db", scratch.url])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("there is no Sotong store"))
        #expect(!missing.stderr.contains("password"))
        let created = try await ChildProcesses.run(executable, ["init", "--db", scratch.url])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "ready 0 \(ChainHash.genesis.hex)\n")
        let verified = try await ChildProcesses.run(executable, ["verify", "--db", scratch.url])
        #expect(verified.stdout == "OK 0 \(ChainHash.genesis.hex)\n")
    }
}
