import Foundation
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongTesting
import Testing

@Suite("PostgreSQL store: transient failures are retried safely", .needsPostgres)
struct PostgresRetryTests {
    @Test func anAppendWhoseCommitWasNotAcknowledgedComesBackAsAlreadyStored() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let store = scratch.store
        try await store.append(SampleEvents.batch(2), to: "p", expecting: .noStream)
        // The commit succeeds, then the connection drops before the answer arrives: the store
        // retries on a new connection and finds the events by their ids.
        store.faults.loseNextCommitAcknowledgement()
        let batch = SampleEvents.batch(3, from: 3)
        let result = try await store.append(batch, to: "p", expecting: .exact(2))
        #expect(result.wasAlreadyStored)
        #expect(result.events.map(\.position) == [3, 4, 5])
        #expect(result.events.map(\.id) == batch.map(\.id))
        let all = try await store.readAll().collect()
        #expect(all.map(\.position) == Array(1...5))
        #expect(Set(all.map(\.id)).count == 5)
        #expect(try await store.verify().isIntact)
    }

    @Test func aLostAcknowledgementOfSeveralStreamsIsStoredOnce() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let store = scratch.store
        store.faults.loseNextCommitAcknowledgement()
        let results = try await store.append([
            StreamBatch(stream: "a", events: SampleEvents.batch(2), expected: .noStream),
            StreamBatch(stream: "b", events: SampleEvents.batch(1, from: 3), expected: .noStream),
        ])
        #expect(results.allSatisfy { $0.wasAlreadyStored })
        #expect(results.map(\.lastPosition) == [2, 3])
        #expect(try await store.head().position == 3)
    }

    @Test func appendsSurviveConnectionsKilledByTheServer() async throws {
        let server = try serverURL()
        let application = "sotong-kill-\(UUID().uuidString.prefix(8).lowercased())"
        let scratch = try PostgresScratch(serverURL: server, options: PostgresStoreOptions(
            lockTimeout: .seconds(60), applicationName: application))
        let store = scratch.store
        try await store.open()
        // Another session terminates every backend of the store, again and again, while 6 tasks append.
        let killer = try PostgresEventStore(url: scratch.url, options: PostgresStoreOptions(applicationName: "sotong-killer"))
        let killing = Task {
            for _ in 0..<10 {
                try? await killer.executeForTesting(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '\(application)'")
                try? await Task.sleep(for: .milliseconds(80))
            }
        }
        let acknowledged = try await withThrowingTaskGroup(of: [AppendResult].self) { group in
            for task in 0..<6 {
                group.addTask {
                    var results: [AppendResult] = []
                    for number in 0..<15 {
                        let events = SampleEvents.batch(2, from: task * 100 + number * 2)
                        results.append(try await store.append(events, to: StreamID("writer-\(task)"), expecting: .any))
                    }
                    return results
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        await killing.value
        await killer.close()
        let all = try await store.readAll().collect()
        #expect(all.count == 180)
        #expect(all.map(\.position) == Array(1...180))
        #expect(Set(all.map(\.id)).count == 180)
        // Every acknowledged event is stored exactly where the store said.
        let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        #expect(acknowledged.flatMap(\.events).allSatisfy { byID[$0.id] == $0 })
        for task in 0..<6 {
            #expect(try await store.readStream(StreamID("writer-\(task)")).map(\.streamVersion) == Array(1...30))
        }
        #expect(try await store.verify().isIntact)
    }

    /// The server reports the failure itself (a statement that raises the SQLSTATE twice, then
    /// succeeds); a sequence, which no rollback resets, counts the tries.
    @Test(arguments: ["40001", "40P01"])
    func serializationFailuresAndDeadlocksAreTriedAgain(state: String) async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let store = scratch.store
        try await store.executeForTesting("CREATE SEQUENCE {schema}.tries")
        try await store.executeForTesting("""
            DO $$ BEGIN
                IF nextval('{schema}.tries') < 3 THEN RAISE EXCEPTION 'simulated' USING ERRCODE = '\(state)'; END IF;
            END $$
            """)
        try await store.executeForTesting("""
            DO $$ BEGIN
                IF (SELECT last_value FROM {schema}.tries) <> 3 THEN RAISE EXCEPTION 'not three tries'; END IF;
            END $$
            """)
        // A failure that never goes away ends, after the last try, as `locked`.
        let impatient = try PostgresEventStore(url: scratch.url, options: PostgresStoreOptions(maximumAttempts: 3))
        do {
            try await impatient.executeForTesting("DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '\(state)'; END $$")
            Issue.record("expected a failure")
        } catch let error as EventStoreError {
            #expect(error.code == .locked)
            #expect(!error.message.contains("simulated"))
        }
        await impatient.close()
    }
}
