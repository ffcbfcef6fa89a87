import Foundation
import PostgresNIO
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongTesting
import Testing

/// The store's connection pool runs in a task someone owns — the caller's (`withStore`, `run()`) or
/// the store's own — and `close()` ends it: the server then has no session of the store left.
@Suite("PostgreSQL store: the connection pool's lifetime", .needsPostgres)
struct PostgresLifecycleTests {
    static func options(runsItsPool: Bool = true) -> PostgresStoreOptions {
        PostgresStoreOptions(applicationName: "sotong-life-\(UUID().uuidString.prefix(8).lowercased())",
                             runsItsPool: runsItsPool)
    }

    /// The store's sessions on the server, once their number settles at `expected` (or after 10 s).
    static func sessions(_ url: String, of options: PostgresStoreOptions, settlingAt expected: Int64) async throws -> Int64 {
        try await ServerSession.with(url, application: "sotong-watcher") { session in
            let deadline = ContinuousClock.now + .seconds(10)
            while true {
                let count = try await session.integers(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = '\(options.applicationName)'")[0]
                if count == expected || ContinuousClock.now > deadline { return count }
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    static func closedCode(_ store: PostgresEventStore) async -> EventStoreError.Code? {
        do {
            _ = try await store.head()
            return nil
        } catch {
            return (error as? EventStoreError)?.code
        }
    }

    @Test func withStoreRunsThePoolForTheBodyThenClosesTheStore() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let options = Self.options()
        let (store, head) = try await withTimeLimit(.seconds(60), "withStore") {
            try await PostgresEventStore.withStore(url: scratch.url, options: options) { store in
                try await store.append(SampleEvents.batch(2), to: "a", expecting: .noStream)
                #expect(try await Self.sessions(scratch.url, of: options, settlingAt: 1) == 1)
                return (store, try await store.head().position)
            }
        }
        #expect(head == 2)
        #expect(await Self.closedCode(store) == .closed)
        #expect(try await Self.sessions(scratch.url, of: options, settlingAt: 0) == 0)
    }

    @Test func withStoreClosesTheStoreWhenTheBodyThrows() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let options = Self.options()
        struct Stop: Error {}
        var used: PostgresEventStore?
        do {
            try await PostgresEventStore.withStore(url: scratch.url, options: options) { store in
                used = store
                try await store.open()
                throw Stop()
            }
            Issue.record("withStore did not pass on the body's error")
        } catch is Stop {}
        #expect(await Self.closedCode(try #require(used)) == .closed)
        #expect(try await Self.sessions(scratch.url, of: options, settlingAt: 0) == 0)
    }

    @Test func runServesTheStoreUntilClose() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let options = Self.options(runsItsPool: false)
        let store = try PostgresEventStore(url: scratch.url, options: options)
        try await withTimeLimit(.seconds(60), "run() until close()") {
            await withDiscardingTaskGroup { group in
                group.addTask { await store.run() }
                #expect((try? await store.append(SampleEvents.batch(1), to: "a", expecting: .noStream))?.lastPosition == 1)
                await store.close()  // ends run(), so the group can end
            }
        }
        #expect(await Self.closedCode(store) == .closed)
        #expect(try await Self.sessions(scratch.url, of: options, settlingAt: 0) == 0)
    }

    @Test func cancellingRunClosesTheStore() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let options = Self.options(runsItsPool: false)
        let store = try PostgresEventStore(url: scratch.url, options: options)
        let running = Task { await store.run() }
        try await store.append(SampleEvents.batch(1), to: "a", expecting: .noStream)
        running.cancel()
        try await withTimeLimit(.seconds(60), "run() after its task was cancelled") { await running.value }
        #expect(await Self.closedCode(store) == .closed)
        await store.close()  // nothing left to stop: returns at once
        #expect(try await Self.sessions(scratch.url, of: options, settlingAt: 0) == 0)
    }

    @Test func aStoreUsedWithoutRunStartsItsPoolAndCloseStopsIt() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let options = Self.options()
        let store = try PostgresEventStore(url: scratch.url, options: options)
        try await store.append(SampleEvents.batch(1), to: "a", expecting: .noStream)
        #expect(try await Self.sessions(scratch.url, of: options, settlingAt: 1) == 1)
        try await withTimeLimit(.seconds(60), "close()") { await store.close() }
        #expect(await Self.closedCode(store) == .closed)
        #expect(try await Self.sessions(scratch.url, of: options, settlingAt: 0) == 0)
        await store.run()  // a closed store's run() returns at once
    }
}
