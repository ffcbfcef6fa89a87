import Foundation
import PostgresNIO
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongTesting
import Testing

@Suite("PostgreSQL store: transient failures are retried safely", .needsPostgres)
struct PostgresRetryTests {
    /// A store on the scratch schema that talks to the server through a ``LossyRelay``.
    static func throughRelay(_ scratch: PostgresScratch) async throws -> (LossyRelay, PostgresEventStore) {
        let relay = try LossyRelay(to: scratch.url)
        let store = try PostgresEventStore(url: relay.url)
        try await store.open()  // the schema's own transactions are not the ones to lose
        return (relay, store)
    }

    @Test func anAppendWhoseCommitWasNotAcknowledgedComesBackAsAlreadyStored() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let (relay, store) = try await Self.throughRelay(scratch)
        defer { relay.stop() }
        try await store.append(SampleEvents.batch(2), to: "p", expecting: .noStream)
        // The commit succeeds, then the connection drops before the answer arrives: the store
        // retries on a new connection and finds the events by their ids.
        relay.loseNextCommitAcknowledgement()
        let batch = SampleEvents.batch(3, from: 3)
        let result = try await store.append(batch, to: "p", expecting: .exact(2))
        #expect(relay.acknowledgementsLost == 1, "the relay saw no COMMIT to lose")
        #expect(result.wasAlreadyStored)
        #expect(result.events.map(\.position) == [3, 4, 5])
        #expect(result.events.map(\.id) == batch.map(\.id))
        let all = try await store.readAll().collect()
        #expect(all.map(\.position) == Array(1...5))
        #expect(Set(all.map(\.id)).count == 5)
        #expect(try await store.verify().isIntact)
        await store.close()
    }

    @Test func aLostAcknowledgementOfSeveralStreamsIsStoredOnce() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let (relay, store) = try await Self.throughRelay(scratch)
        defer { relay.stop() }
        relay.loseNextCommitAcknowledgement()
        let results = try await store.append([
            StreamBatch(stream: "a", events: SampleEvents.batch(2), expected: .noStream),
            StreamBatch(stream: "b", events: SampleEvents.batch(1, from: 3), expected: .noStream),
        ])
        #expect(relay.acknowledgementsLost == 1, "the relay saw no COMMIT to lose")
        #expect(results.allSatisfy { $0.wasAlreadyStored })
        #expect(results.map(\.lastPosition) == [2, 3])
        #expect(try await scratch.store.head().position == 3)
        await store.close()
    }

    @Test func appendsSurviveConnectionsKilledByTheServer() async throws {
        let server = try serverURL()
        let application = "sotong-kill-\(UUID().uuidString.prefix(8).lowercased())"
        let scratch = try PostgresScratch(serverURL: server, options: PostgresStoreOptions(
            lockTimeout: .seconds(60), applicationName: application))
        let store = scratch.store
        try await store.open()
        // Another session terminates every backend of the store, again and again, while 6 tasks
        // append, and notes for each backend it terminates whether a transaction was open on it: on
        // the store's backends, while the writers run, only appends open transactions.
        let writing = Flag()
        writing.set()
        let killing = Task {
            try await ServerSession.with(scratch.url, application: "sotong-killer") { session in
                var kills: [Int64] = []  // 1: terminated in an open transaction; 0: terminated idle
                var rounds = 0
                // 10 rounds; more (30 at most) while the writers run and no kill hit a transaction yet.
                while rounds < 10 || (writing.isSet && !kills.contains(1) && rounds < 30) {
                    // In a transaction the store opened: idle in it, or running its second statement or later.
                    kills += try await session.integers("""
                        WITH backends AS MATERIALIZED (
                            SELECT pid, CASE WHEN state = 'idle in transaction'
                                               OR (state = 'active' AND query_start > xact_start) THEN 1 ELSE 0 END AS open
                            FROM pg_stat_activity WHERE application_name = '\(application)')
                        SELECT open FROM backends WHERE pg_terminate_backend(pid)
                        """)
                    rounds += 1
                    try await Task.sleep(for: .milliseconds(80))
                }
                return kills
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
        writing.clear()
        let kills = try await killing.value
        // The kills hit appends in flight: backends terminated while an append's transaction was open.
        #expect(kills.contains(1), "no backend was terminated in an open transaction (\(kills.count) terminated idle)")
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

/// A flag that one task sets and clears while another reads it.
final class Flag: @unchecked Sendable {
    // @unchecked: `value` is guarded by `lock`.
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    func clear() { lock.withLock { value = false } }
    var isSet: Bool { lock.withLock { value } }
}
