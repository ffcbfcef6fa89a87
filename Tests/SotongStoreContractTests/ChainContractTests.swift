import Foundation
import SotongCore
import SotongTesting
import Testing

@Suite("Hash chain contract") struct ChainContractTests {
    @Test(arguments: StoreKind.allCases)
    func anIntactLogVerifiesUpToItsHead(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        #expect(try await harness.store.verify() == ChainVerification(head: .empty, eventsChecked: 0, failure: nil))
        let events = try await harness.fill(40)
        let calls = Counter()
        let report = try await harness.store.verify(pageSize: 7) { checked, total in calls.add(checked, total) }
        #expect(report.isIntact)
        #expect(report.eventsChecked == 40)
        #expect(report.head == ChainHead(position: 40, hash: events.last!.hash))
        #expect(calls.last == [40, 40])
        #expect(calls.count >= 6)
        // Each event links to the one before.
        #expect(zip(events, events.dropFirst()).allSatisfy { $1.previousHash == $0.hash })
    }

    static let mutations: [(Mutation, Int64, ChainVerification.Failure.Reason)] = [
        (.editPayload(10), 10, .hashMismatch),
        (.editMetadata(1), 1, .hashMismatch),
        (.editHash(20), 20, .hashMismatch),
        (.deleteRow(1), 1, .missingEvent),
        (.deleteRow(13), 13, .missingEvent),
        (.deleteRow(30), 30, .truncated),
        (.swapRows(5, 6), 5, .previousHashMismatch),
        (.truncateTail(4), 27, .truncated),
    ]

    @Test(arguments: StoreKind.allCases, mutations.indices)
    func detectsTamperingAndNamesTheFirstBadPosition(kind: StoreKind, index: Int) async throws {
        let (mutation, position, reason) = Self.mutations[index]
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        try await harness.fill(30)
        #expect(try await harness.store.verify().isIntact)
        try await harness.tamper(mutation)
        let report = try await harness.store.verify(pageSize: 8)
        #expect(report.failure?.position == position, "\(mutation.testDescription)")
        #expect(report.failure?.reason == reason, "\(mutation.testDescription)")
    }

    @Test(arguments: StoreKind.allCases)
    func aRecordedHeadCatchesAnOlderCopy(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let events = try await harness.fill(10)
        let checkpoint = ChainHead(position: 10, hash: events[9].hash)
        #expect(try await harness.store.verify(expectedHead: checkpoint).isIntact)
        let forged = ChainHead(position: 10, hash: events[8].hash)
        #expect(try await harness.store.verify(expectedHead: forged).failure?.reason == .headMismatch)
        let future = ChainHead(position: 12, hash: events[9].hash)
        #expect(try await harness.store.verify(expectedHead: future).failure == .init(position: 12, reason: .truncated))
    }
}

/// Records progress callbacks from verification.
final class Counter: @unchecked Sendable {
    // @unchecked: guarded by `lock`.
    private let lock = NSLock()
    private var calls: [[Int64]] = []
    func add(_ checked: Int64, _ total: Int64) { lock.withLock { calls.append([checked, total]) } }
    var last: [Int64]? { lock.withLock { calls.last } }
    var count: Int { lock.withLock { calls.count } }
}
