import Foundation
import SotongCore
@testable import SotongDomain
import Testing

/// One write pipeline (issue 14): races are retried with the rules checked again, a true rule race
/// has one winner, refused writes save no key, and each stream's state is folded once per write.
@Suite("The write pipeline") struct WritePipelineTests {
    /// A store on which another writer gets in once: before the first append goes through, `intrude`
    /// appends on the shared store, as another process would between this writer's check and append.
    final class IntrudedStore: EventStore, @unchecked Sendable {
        // @unchecked: `intruded` is read and written only under `lock`.
        let base: InMemoryEventStore
        let intrude: @Sendable (InMemoryEventStore) async throws -> Void
        private let lock = NSLock()
        private var intruded = false
        private(set) var streamReads: [StreamID] = []

        init(_ base: InMemoryEventStore, intrude: @escaping @Sendable (InMemoryEventStore) async throws -> Void) {
            self.base = base
            self.intrude = intrude
        }

        func append(_ batches: [StreamBatch]) async throws -> [AppendResult] {
            let first = lock.withLock { () -> Bool in
                defer { intruded = true }
                return !intruded
            }
            if first { try await intrude(base) }
            return try await base.append(batches)
        }

        func readStream(_ stream: StreamID, from version: Int64, direction: ReadDirection, limit: Int) async throws
            -> [RecordedEvent]
        {
            lock.withLock { streamReads.append(stream) }
            return await base.readStream(stream, from: version, direction: direction, limit: limit)
        }

        func readPage(after position: Int64, limit: Int, types: Set<String>?) async throws -> [RecordedEvent] {
            await base.readPage(after: position, limit: limit, types: types)
        }

        func head() async throws -> ChainHead { await base.head() }
        func event(id: UUID) async throws -> RecordedEvent? { await base.event(id: id) }
    }

    static let now = RFC3339.date(from: "2018-12-31T18:00:00+09:00")!
    static func context(_ day: String) -> RecordContext {
        RecordContext(actor: "test:clerk", occurredAt: Scenario.at(day))
    }

    /// Two writers record independent meetings on the shared `network` stream: the second one's
    /// append meets a moved stream, is checked again against the new state, and goes in. On main
    /// before this pipeline it failed with "concurrency conflict … expected version 1, actual 2".
    @Test func anEventThatOnlyRacedOnAStreamVersionIsRetriedAndGoesIn() async throws {
        let base = InMemoryEventStore(clock: .fixed(Self.now))
        let meeting = NetworkMeetingHeld(attendees: 12, agendas: [])
        _ = try await Office(store: base, clock: .fixed(Self.now)).record(meeting, context: Self.context("2018-01-10"))
        let store = IntrudedStore(base) { base in
            _ = try await Office(store: base, clock: .fixed(Self.now))
                .record(NetworkMeetingHeld(attendees: 14, agendas: []), context: Self.context("2018-02-10"))
        }
        let recorded = try await Office(store: store, clock: .fixed(Self.now))
            .record(NetworkMeetingHeld(attendees: 16, agendas: []), context: Self.context("2018-03-10"))
        #expect(recorded.position == 3)
        #expect(recorded.streamVersion == 3)
        #expect(try await base.readStream("network").map(\.position) == [1, 2, 3])
    }

    /// The same petition answered by two clerks at once: exactly one wins; the loser's retry is
    /// refused by the rules, naming the rule, and stores nothing.
    @Test func aTrueRuleRaceHasExactlyOneWinner() async throws {
        let base = InMemoryEventStore(clock: .fixed(Self.now))
        let keys = InMemorySubjectKeyStore()
        _ = try await Office(store: base, clock: .fixed(Self.now), keys: keys)
            .record(PetitionReceived.example, context: Self.context("2018-03-02"))
        let answer = PetitionOutcomeRecorded(petitionID: "2018-0042", outcome: .completed)
        let store = IntrudedStore(base) { base in
            _ = try await Office(store: base, clock: .fixed(Self.now)).record(answer, context: Self.context("2018-03-05"))
        }
        do {
            _ = try await Office(store: store, clock: .fixed(Self.now)).record(answer, context: Self.context("2018-03-06"))
            Issue.record("the petition was answered twice")
        } catch let error as DomainError {
            #expect(error.rule == "petition.outcome-twice")
        }
        let outcomes = try await base.readStream(PetitionID("2018-0042").stream).filter {
            $0.type == PetitionOutcomeRecorded.eventType
        }
        #expect(outcomes.count == 1)
    }

    /// A write that is refused saves none of the keys it made for the events before the refusal.
    /// On main before this pipeline, the petitioner's key was kept although nothing was appended.
    @Test func aRefusedWriteSavesNoKey() async throws {
        let store = InMemoryEventStore(clock: .fixed(Self.now))
        let keys = InMemorySubjectKeyStore()
        let bad = AcademySessionHeld(title: "", participants: 10, departmentsAttending: [])
        do {
            _ = try await Office(store: store, clock: .fixed(Self.now), keys: keys).record([
                (PetitionReceived.example, Self.context("2018-03-02")), (bad, Self.context("2018-03-03")),
            ])
            Issue.record("a batch with a refused event was recorded")
        } catch is DomainError {}
        #expect(await keys.subjects == [])
        #expect(await store.head() == .empty)
        // Accepted, the same write saves the key and appends both.
        _ = try await Office(store: store, clock: .fixed(Self.now), keys: keys)
            .record(PetitionReceived.example, context: Self.context("2018-03-02"))
        #expect(await keys.subjects == ["subject-2018-0042"])
    }

    /// A write reads each stream the rules consult once, however many of its events use it, and the
    /// state the rules read after each accepted event equals a fold of the whole stream.
    @Test func eachStreamIsReadOnceAndItsFoldAdvancesWithTheWrite() async throws {
        let base = InMemoryEventStore(clock: .fixed(Self.now))
        let store = IntrudedStore(base) { _ in }
        var session = WriteSession(view: store, clock: .fixed(Self.now), keys: nil)
        for (index, attendees) in (10..<70).enumerated() {
            let day = try LocalDate("2018-01-01").adding(days: index)
            _ = try await session.write(NetworkMeetingHeld(attendees: attendees, agendas: []),
                                        context: RecordContext(actor: "test:clerk", occurredAt: day.at(hour: 10, minute: 0)))
        }
        #expect(store.streamReads.filter { $0 == "network" }.count == 1)
        let results = try await session.commit(to: store)
        #expect(results.flatMap(\.events).count == 60)
        let entries = try await base.readStream("network").map(OfficeCatalog.decode)
        var history = History()
        history.load(Array(entries.prefix(30)), for: "network")
        _ = history.fold(NetworkState.self, of: "network")
        for entry in entries.dropFirst(30) { history.append(entry, to: "network") }
        #expect(history.fold(NetworkState.self, of: "network") == NetworkState(entries: entries))
    }

    /// A history copied before an append keeps its own folds (value semantics over the shared cache).
    @Test func aCopiedHistoryKeepsItsOwnFolds() async throws {
        let base = InMemoryEventStore(clock: .fixed(Self.now))
        let office = Office(store: base, clock: .fixed(Self.now))
        try await office.record(NetworkMeetingHeld(attendees: 12, agendas: []), context: Self.context("2018-01-10"))
        try await office.record(NetworkMeetingHeld(attendees: 13, agendas: []), context: Self.context("2018-01-11"))
        let entries = try await base.readStream("network").map(OfficeCatalog.decode)
        var history = History()
        history.load([entries[0]], for: "network")
        let before = history.fold(NetworkState.self, of: "network")
        let copy = history
        history.append(entries[1], to: "network")
        #expect(copy.fold(NetworkState.self, of: "network") == before)
        #expect(history.fold(NetworkState.self, of: "network") == NetworkState(entries: entries))
    }
}
