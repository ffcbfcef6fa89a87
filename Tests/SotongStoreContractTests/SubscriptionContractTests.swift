import Foundation
import SotongCore
import SotongTesting
import Testing

/// Every wait on a subscription has a time limit (``withTimeLimit(_:_:_:)``): a subscription that
/// stops delivering fails its test with a message instead of hanging the run.
@Suite("Subscription contract") struct SubscriptionContractTests {
    static let limit = Duration.seconds(30)

    @Test(arguments: StoreKind.allCases)
    func catchesUpSignalsThenDeliversLiveEvents(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        try await harness.fill(5)
        let seen = try await withTimeLimit(Self.limit, "\(kind): catch-up, then 2 live events") {
            var iterator = store.subscribe(after: 2, pollInterval: .milliseconds(10)).makeAsyncIterator()
            var seen: [Int64] = []
            while case .event(let event)? = try await iterator.next() { seen.append(event.position) }
            #expect(seen == [3, 4, 5])
            // The loop ended on .caughtUp; now append live.
            try await store.append(SampleEvents.batch(2, from: 6), to: "live", expecting: .any)
            for _ in 0..<2 {
                guard case .event(let event)? = try await iterator.next() else {
                    Issue.record("expected a live event")
                    break
                }
                seen.append(event.position)
            }
            return seen
        }
        #expect(seen == [3, 4, 5, 6, 7])
    }

    @Test(arguments: StoreKind.allCases)
    func signalsCaughtUpOnceWithThePositionReached(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        try await harness.fill(3)
        let store = harness.store
        let messages = try await withTimeLimit(Self.limit, "\(kind): 4 messages") {
            var iterator = store.subscribe(pollInterval: .milliseconds(10)).makeAsyncIterator()
            var messages: [SubscriptionMessage] = []
            for _ in 0..<4 { messages.append(try #require(try await iterator.next())) }
            return messages
        }
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
        let messages = try await withTimeLimit(Self.limit, "\(kind): the filtered subscription's 3 messages") {
            var iterator = store.subscribe(types: ["sample.b"], pollInterval: .milliseconds(10)).makeAsyncIterator()
            var messages: [SubscriptionMessage?] = [try await iterator.next(), try await iterator.next()]
            try await store.append([SampleEvents.noted(3, type: "sample.a"), SampleEvents.noted(4, type: "sample.b")],
                                   to: "s", expecting: .any)
            messages.append(try await iterator.next())
            return messages
        }
        #expect(messages.map(Self.position) == [2, nil, 4])
        #expect(messages[1] == .caughtUp(2))
    }

    @Test(arguments: StoreKind.allCases.filter(\.isShared))
    func seesEventsAppendedByAnotherProcess(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let writer = try #require(TestProducts.executable("SotongTestWriter"), "SotongTestWriter was not built")
        let path = try #require(harness.path)
        let store = harness.store
        try await harness.fill(2)
        let positions = try await withTimeLimit(Self.limit, "\(kind): 2 stored and 6 written by another process") {
            var iterator = store.subscribe(after: 0, pollInterval: .milliseconds(10)).makeAsyncIterator()
            var positions: [Int64] = []
            while case .event(let event)? = try await iterator.next() { positions.append(event.position) }
            let output = try ProcessRunner.run(writer, ["--db", path, "--stream", "elsewhere", "--count", "6", "--batch", "2"])
            #expect(output.status == 0, "\(output.stderr)")
            while positions.count < 8 {
                guard case .event(let event)? = try await iterator.next() else { break }
                positions.append(event.position)
            }
            return positions
        }
        #expect(positions == Array(1...8))
    }

    /// The position of an event message; nil for any other message.
    static func position(_ message: SubscriptionMessage?) -> Int64? {
        if case .event(let event)? = message { event.position } else { nil }
    }
}
