import Foundation
import SotongCore
import SotongPostgres
import Testing

/// Reading URLs and failing fast: no server needed.
@Suite("PostgreSQL locations") struct PostgresLocationTests {
    @Test func readsEveryPartOfAURLAndNeverPrintsThePassword() throws {
        let location = try PostgresLocation(url: "postgresql://writer:s%40cret@db.local:6543/city?schema=office&sslmode=require",
                                            environment: [:])
        #expect(location.host == "db.local")
        #expect(location.port == 6543)
        #expect(location.user == "writer")
        #expect(location.password == "s@cret")
        #expect(location.database == "city")
        #expect(location.schema == "office")
        #expect(location.tls == .require)
        #expect(location.description == "postgres://writer@db.local:6543/city?schema=office")
        #expect(!location.description.contains("cret"))
    }

    @Test func fillsInWhatLibpqWould() throws {
        let location = try PostgresLocation(url: "postgres://localhost", environment: ["USER": "kim", "PGPASSWORD": "pw"])
        #expect(location.user == "kim")
        #expect(location.database == "kim")
        #expect(location.password == "pw")
        #expect(location.port == 5432)
        #expect(location.schema == "public")
        #expect(location.tls == .prefer)
        let socket = try PostgresLocation(url: "postgres://sotong@/sotong?host=/run/postgresql", environment: [:])
        #expect(socket.host == "/run/postgresql")
        #expect(socket.description == "postgres://sotong@/sotong?host=/run/postgresql&schema=public")
    }

    @Test(arguments: [
        "mysql://db/x", "postgres://db/x?schema=Office", "postgres://db/x?schema=1st", "postgres://db/x?schema=a-b",
        "postgres://db/x?sslmode=sometimes", "postgres://db/x?search_path=evil", "postgres://db/a/b",
    ])
    func refusesUnusableURLs(url: String) {
        #expect(throws: EventStoreError.self) { try PostgresLocation(url: url, environment: [:]) }
        #expect(throws: EventStoreError.self) { try PostgresEventStore(url: url) }
    }

    @Test func refusesABadSchemaOption() {
        #expect(throws: EventStoreError.self) {
            try PostgresEventStore(url: "postgres://db/x", options: PostgresStoreOptions(schema: "x; DROP TABLE y"))
        }
    }

    @Test func anUnreachableServerFailsWithinTheConnectTimeout() async throws {
        // Nothing listens on port 1 of the loopback address.
        let store = try PostgresEventStore(url: "postgres://nobody@127.0.0.1:1/none?sslmode=disable",
                                           options: PostgresStoreOptions(connectTimeout: .seconds(2)))
        let started = ContinuousClock.now
        do {
            _ = try await store.head()
            Issue.record("expected a failure")
        } catch let error as EventStoreError {
            #expect(error.code == .storage)
            #expect(error.message.contains("127.0.0.1:1"))
        }
        // It fails instead of hanging; the bound is loose because CI's two cores are shared by
        // the whole suite (timings are measured in benchmarks, not asserted in tests).
        #expect(ContinuousClock.now - started < .seconds(120))
        await store.close()
        await #expect(throws: EventStoreError.self) { try await store.head() }
    }
}
