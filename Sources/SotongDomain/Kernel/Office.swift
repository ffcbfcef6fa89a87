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

    /// Checks the event's rules against the current history and appends it. The event's stream
    /// must still be at the version the rules saw: a concurrent change makes this throw
    /// ``ConcurrencyError`` and nothing is appended.
    ///
    /// - Throws: ``DomainError`` when a rule refuses; ``ConcurrencyError`` on a stale state.
    @discardableResult
    public func record<Event: OfficeEvent>(_ event: Event, context: RecordContext) async throws -> RecordedEvent {
        try await record([(event, context)])[0]
    }

    /// Checks and appends several events in one transaction: all of them or none. Each event's
    /// rules see the events before it in the list.
    public func record(_ items: [(any OfficeEvent, RecordContext)]) async throws -> [RecordedEvent] {
        var checker = RuleChecker(store: store, clock: clock, keys: keys)
        var batches: [StreamBatch] = []
        for (event, context) in items {
            let data = try await checker.check(event, context: context)
            if let last = batches.last, last.stream == event.stream {
                batches[batches.count - 1].events.append(data)
            } else {
                batches.append(StreamBatch(stream: event.stream, events: [data],
                                           expected: checker.expectedVersion(of: event.stream, batches: batches)))
            }
        }
        return try await store.append(batches).flatMap(\.events)
    }

    /// The decoded history of one stream.
    public func history(of stream: StreamID) async throws -> [History.Entry] {
        try await store.readStream(stream).map(OfficeCatalog.decode)
    }
}

/// Loads the history the rules need, checks events one after another, and remembers what it
/// accepted so later events (in one command, or later lines of one import) see it. Once the rules
/// pass (on plaintext), personal fields are sealed with the subject's key from `keys`.
package struct RuleChecker: Sendable {
    let store: any EventStore
    let clock: StoreClock
    let keys: (any SubjectKeyStore)?
    private var history = History()
    private var loadedVersions: [StreamID: Int64] = [:]

    package init(store: any EventStore, clock: StoreClock = .system, keys: (any SubjectKeyStore)? = nil) {
        self.store = store
        self.clock = clock
        self.keys = keys
    }

    /// Checks one event and returns it ready to append, personal fields sealed; the history then includes it.
    package mutating func check<Event: OfficeEvent>(_ event: Event, context: RecordContext) async throws -> EventData {
        let now = clock.now()
        if context.occurredAt.timeIntervalSince(now) > Office.futureTolerance {
            throw DomainError(rule: "event.occurred-in-future", korean: "발생일시 오류",
                              detail: "occurred-at lies more than a day after the time of recording", field: "occurredAt")
        }
        if context.actor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(rule: "event.actor-required", korean: "기록자 누락",
                              detail: "every event needs an actor who records it", field: "metadata.actor")
        }
        let subject = PersonalFields.paths(of: Event.self).isEmpty ? nil
            : (event as? any PersonalDataCarrier)?.dataSubject
        let privacyStreams = subject.map { [$0.privacyStream] } ?? []
        for stream in [event.stream] + event.consultedStreams + privacyStreams where !history.hasLoaded(stream) {
            let recorded = try await store.readStream(stream)
            history.load(try recorded.map(OfficeCatalog.decode), for: stream)
            loadedVersions[stream] = recorded.last?.streamVersion ?? 0
        }
        if let subject, PrivacyGuard.isErased(subject, in: history) {
            throw DomainError(rule: "privacy.subject-erased", korean: "파기된 정보주체",
                              detail: "subject \(subject) was erased; its personal data cannot be recorded again")
        }
        try event.check(history, at: RuleContext(occurredAt: context.occurredAt, now: now))
        history.append(History.Entry(event: event, occurredAt: context.occurredAt, position: 0, id: context.eventID),
                       to: event.stream)
        var data = try EventData(event, id: context.eventID, occurredAt: context.occurredAt, metadata: EventMetadata(
            actor: context.actor, correlationID: context.correlationID, causationID: context.causationID,
            reason: context.reason))
        try await PersonalFields.seal(&data, of: event, keys: keys)
        return data
    }

    /// The version a new batch for `stream` must expect: what the rules saw, plus what earlier
    /// batches of the same transaction add.
    package func expectedVersion(of stream: StreamID, batches: [StreamBatch]) -> ExpectedVersion {
        let loaded = loadedVersions[stream] ?? 0
        let pending = batches.filter { $0.stream == stream }.reduce(0) { $0 + $1.events.count }
        let version = loaded + Int64(pending)
        return version == 0 ? .noStream : .exact(version)
    }
}
