import Foundation
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongSQLite
import SotongTesting
import Testing

/// Every store that takes verbatim copies checks each event before storing any of them.
@Suite("Verbatim copy targets") struct VerbatimCopyTests {
    enum Target: String, CaseIterable, Sendable { case memory, sqlite, postgres }

    /// The targets this run can reach (PostgreSQL only with a test server).
    static var targets: [Target] { PostgresScratch.serverURL == nil ? [.memory, .sqlite] : Target.allCases }

    /// A fresh empty target, and what keeps it alive.
    func make(_ target: Target) throws -> (any VerbatimCopyTarget, AnyObject) {
        switch target {
        case .memory:
            let store = InMemoryEventStore()
            return (store, store)
        case .sqlite:
            let folder = try TemporaryDirectory()
            return (try SQLiteEventStore(path: folder.path("target.sqlite")), folder)
        case .postgres:
            let scratch = try PostgresScratch(serverURL: try serverURL())
            return (scratch.store, scratch)
        }
    }

    /// Twelve events recorded by a reference store.
    func recorded() async throws -> [RecordedEvent] {
        let source = InMemoryEventStore(clock: SteppingClock().storeClock)
        for round in 0..<4 {
            try await source.append(RichEvents.batch(3, from: round * 3), to: StreamID("s-\(round % 2)"), expecting: .any)
        }
        return try await source.readAll().collect()
    }

    func code(_ body: () async throws -> Void) async -> EventStoreError.Code? {
        do { try await body(); return nil } catch let error as EventStoreError { return error.code } catch { return nil }
    }

    @Test(arguments: targets)
    func takesAnIntactChainUnchangedInPieces(target: Target) async throws {
        let (store, keep) = try make(target)
        defer { withExtendedLifetime(keep) {} }
        let events = try await recorded()
        try await store.appendVerbatim(Array(events[0..<5]))
        try await store.appendVerbatim([])
        try await store.appendVerbatim(Array(events[5...]))
        #expect(try await store.readAll().collect() == events)
        #expect(try await store.head() == ChainHead(position: 12, hash: events[11].hash))
        #expect(try await store.verify().isIntact)
        let next = try await store.append(SampleEvents.batch(1, from: 50), to: "s-0", expecting: .exact(6))
        #expect(next.events[0].position == 13)
    }

    @Test(arguments: targets)
    func refusesEventsThatDoNotContinueTheChain(target: Target) async throws {
        let (store, keep) = try make(target)
        defer { withExtendedLifetime(keep) {} }
        let events = try await recorded()
        try await store.appendVerbatim(Array(events[0..<4]))
        var edited = events[5]
        edited.metadata.actor = "intruder"
        var relinked = events[4]
        relinked.previousHash = events[2].hash
        var otherVersion = events[4]
        otherVersion.streamVersion += 1
        otherVersion.hash = otherVersion.computedHash()
        #expect(await code { try await store.appendVerbatim(Array(events[5...])) } == .invalidBatch)
        #expect(await code { try await store.appendVerbatim([events[4], edited]) } == .corrupt)
        #expect(await code { try await store.appendVerbatim([relinked]) } == .corrupt)
        #expect(await code { try await store.appendVerbatim([otherVersion]) } == .corrupt)
        // Nothing of a refused call was stored.
        #expect(try await store.head() == ChainHead(position: 4, hash: events[3].hash))
        #expect(try await store.readAll().collect() == Array(events[0..<4]))
    }
}

/// A copy in several batches marks its target unfinished until the last batch, in that batch's
/// transaction, so a copy killed in between never leaves a target that passes for the whole log.
extension VerbatimCopyTests {
    @Test(arguments: targets)
    func aCopyInBatchesIsMarkedUnfinishedUntilItsLastBatch(target: Target) async throws {
        let (store, keep) = try make(target)
        defer { withExtendedLifetime(keep) {} }
        let events = try await recorded()
        let sourceHead = ChainHead(position: 12, hash: events[11].hash)
        #expect(try await store.unfinishedCopy() == nil)
        try await store.appendVerbatim(Array(events[0..<5]), copying: sourceHead)
        #expect(try await store.unfinishedCopy() == sourceHead)
        // Stopped here, the target is a sound chain — and says it is not the whole log.
        #expect(try await store.verify().isIntact)
        try await store.appendVerbatim(Array(events[5..<9]), copying: sourceHead)
        #expect(try await store.unfinishedCopy() == sourceHead)
        // A refused batch leaves the mark (and everything else) as it was.
        var damaged = Array(events[9...])
        damaged[1].metadata.actor = "intruder"
        #expect(await code { try await store.appendVerbatim(damaged, copying: sourceHead) } == .corrupt)
        #expect(try await store.unfinishedCopy() == sourceHead)
        #expect(try await store.head().position == 9)
        try await store.appendVerbatim(Array(events[9...]), copying: sourceHead)
        #expect(try await store.unfinishedCopy() == nil)
        #expect(try await store.readAll().collect() == events)
    }

    @Test(arguments: targets)
    func aCopyInOneBatchIsNeverMarkedAndAnEmptyBatchFinishesAResumedCopy(target: Target) async throws {
        let (store, keep) = try make(target)
        defer { withExtendedLifetime(keep) {} }
        let events = try await recorded()
        try await store.appendVerbatim(Array(events[0..<6]), copying: ChainHead(position: 6, hash: events[5].hash))
        #expect(try await store.unfinishedCopy() == nil)
        // Marked as a part of a longer log, then told that log ends here after all: finished.
        try await store.appendVerbatim([], copying: ChainHead(position: 12, hash: events[11].hash))
        #expect(try await store.unfinishedCopy() == ChainHead(position: 12, hash: events[11].hash))
        try await store.appendVerbatim([], copying: ChainHead(position: 6, hash: events[5].hash))
        #expect(try await store.unfinishedCopy() == nil)
        #expect(try await store.head().position == 6)
    }
}
