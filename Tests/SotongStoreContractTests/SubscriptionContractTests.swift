import Foundation
import SotongCore
import SotongTesting
import Testing

@Suite("Subscription contract") struct SubscriptionContractTests {
    @Test(arguments: StoreKind.allCases)
    func catchesUpSignalsThenDeliversLiveEvents(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        try await harness.fill(5)
        let subscription = store.subscribe(after: 2, pollInterval: .milliseconds(10))
        var iterator = subscription.makeAsyncIterator()
        var seen: [Int64] = []
        while case .event(let event)? = try await iterator.next() { seen.append(event.position) }
        #expect(seen == [3, 4, 5])
        // The loop ended on .caughtUp; now append live.
        try await store.append(SampleEvents.batch(2, from: 6), to: "live", expecting: .any)
        for _ in 0..<2 {
            guard case .event(let event)? = try await iterator.next() else {
                Issue.record("expected a live event")
                return
            }
            seen.append(event.position)
        }
        #expect(seen == [3, 4, 5, 6, 7])
    }

    @Test(arguments: StoreKind.allCases)
    func signalsCaughtUpOnceWithThePositionReached(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        try await harness.fill(3)
        var iterator = harness.store.subscribe(pollInterval: .milliseconds(10)).makeAsyncIterator()
        var messages: [SubscriptionMessage] = []
        for _ in 0..<4 { messages.append(try #require(try await iterator.next())) }
        #expect(messages.last == .caughtUp(3))
        #expect(messages.filter { if case .caughtUp = $0 { true } else { false } }.count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func filteredSubscriptionsSeeOnlyTheirTypes(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        try await store.append([SampleEvents.noted(1, type: "sample.a"), SampleEvents.noted(2, type: "sample.b")],
                               to: "s", expecting: .any)
        var iterator = store.subscribe(types: ["sample.b"], pollInterval: .milliseconds(10)).makeAsyncIterator()
        #expect(try await iterator.next().map { (message: SubscriptionMessage) -> Int64 in if case .event(let e) = message { e.position } else { -1 } } == 2)
        #expect(try await iterator.next() == .caughtUp(2))
        try await store.append([SampleEvents.noted(3, type: "sample.a"), SampleEvents.noted(4, type: "sample.b")],
                               to: "s", expecting: .any)
        #expect(try await iterator.next().map { (message: SubscriptionMessage) -> Int64 in if case .event(let e) = message { e.position } else { -1 } } == 4)
    }

    @Test(arguments: StoreKind.allCases.filter(\.isShared))
    func seesEventsAppendedByAnotherProcess(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let writer = try #require(TestProducts.executable("SotongTestWriter"), "SotongTestWriter was not built")
        try await harness.fill(2)
        var iterator = harness.store.subscribe(after: 0, pollInterval: .milliseconds(10)).makeAsyncIterator()
        var positions: [Int64] = []
        while case .event(let event)? = try await iterator.next() { positions.append(event.position) }
        let output = try ProcessRunner.run(writer, ["--db", harness.path!, "--stream", "elsewhere", "--count", "6", "--batch", "2"])
        #expect(output.status == 0, "\(output.stderr)")
        while positions.count < 8 {
            guard case .event(let event)? = try await iterator.next() else { break }
            positions.append(event.position)
        }
        #expect(positions == Array(1...8))
    }
}
