public import Foundation
public import SotongCore

/// The office's front door: records events after checking the rules that guard them.
///
/// ```swift
/// let office = Office(store: InMemoryEventStore(), keys: InMemorySubjectKeyStore())
/// try await office.record(NetworkMemberJoined(…), context: RecordContext(actor: "clerk:kim", occurredAt: .now))
/// ```
///
/// Personal fields (a petitioner's name, phone, address) are sealed with the data subject's key
/// before the append; without a key store, events that carry them are refused.
public struct Office: Sendable {
    /// The log it records to.
    public let store: any EventStore
    /// "Now" for the rules (an occurred-at may not lie more than ``futureTolerance`` after it).
    public let clock: StoreClock
    /// The data subjects' keys; needed only to record events that carry personal data.
    public let keys: (any SubjectKeyStore)?
    /// How far ahead of the clock an occurred-at may lie (clock skew between machines).
    public static let futureTolerance: TimeInterval = 24 * 3600

    /// An office on a store; `keys` are needed only for events that carry personal data.
    public init(store: any EventStore, clock: StoreClock = .system, keys: (any SubjectKeyStore)? = nil) {
        self.store = store
        self.clock = clock
        self.keys = keys
    }

    /// Checks the event's rules against the current history and appends it. When another writer
    /// changes what the rules saw before the append (a shared stream moved on), the rules are checked
    /// again against the new state and the append retried, a bounded number of times
    /// (``WriteRetry``); an event whose id is already stored with the same content is returned as stored.
    ///
    /// - Throws: ``DomainError`` when a rule refuses (also after a retry: of two writers racing on one
    ///   petition, exactly one wins); ``ConcurrencyError`` when the races outlast the retries.
    @discardableResult
    public func record<Event: OfficeEvent>(_ event: Event, context: RecordContext) async throws -> RecordedEvent {
        try await record([(event, context)])[0]
    }

    /// Checks and appends several events in one transaction: all of them or none. Each event's
    /// rules see the events before it in the list. Returns each event as stored, in the given order.
    public func record(_ items: [(any OfficeEvent, RecordContext)]) async throws -> [RecordedEvent] {
        try await WriteRetry.run { _ in
            var session = WriteSession(view: store, clock: clock, keys: keys)
            var stored: [RecordedEvent?] = []
            for (event, context) in items {
                switch try await session.write(event, context: context) {
                case .accepted: stored.append(nil)
                case .alreadyStored(let recorded): stored.append(recorded)
                }
            }
            var appended = try await session.commit(to: store).flatMap(\.events).makeIterator()
            return stored.compactMap { $0 ?? appended.next() }
        }
    }

    /// The decoded history of one stream.
    public func history(of stream: StreamID) async throws -> [History.Entry] {
        try await store.readStream(stream).map(OfficeCatalog.decode)
    }
}
