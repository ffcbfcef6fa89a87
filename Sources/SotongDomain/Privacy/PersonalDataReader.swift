public import Foundation
public import SotongCore

/// The only way to read a data subject's decrypted personal data: it needs the key store, an actor
/// and a stated purpose, and records a ``PersonalDataAccessed`` event (who, when, which subject, why,
/// which fields) before it returns any plaintext.
///
/// ```swift
/// let reader = PersonalDataReader(store: store, keys: keys)
/// let records = try await reader.read(subject: "subject-2018-0042", purpose: "결과 통지 발송", actor: "staff:S-6333")
/// records.first?.fields.first?.value   // "김예시", or nil once the subject is erased
/// ```
public struct PersonalDataReader: Sendable {
    /// One event that holds the subject's personal data, opened.
    public struct Record: Sendable, Hashable {
        /// The event's id.
        public let eventID: UUID
        /// Its position in the log.
        public let position: Int64
        /// Its stream.
        public let stream: StreamID
        /// Its type string.
        public let type: String
        /// Its business time.
        public let occurredAt: Date
        /// Each personal field present, in catalog order.
        public let fields: [Field]
    }

    /// One personal field: its dotted path and plaintext, or `nil` when the subject was erased.
    public struct Field: Sendable, Hashable {
        /// The dotted path, such as `petitioner.phone`.
        public let path: String
        /// The plaintext; `nil` once the subject is erased.
        public let value: String?
    }

    /// The log it reads and records the access in.
    public let store: any EventStore
    /// The data subjects' keys.
    public let keys: any SubjectKeyStore
    /// The time of the access record.
    public let clock: StoreClock

    /// A reader.
    public init(store: any EventStore, keys: any SubjectKeyStore, clock: StoreClock = .system) {
        self.store = store
        self.keys = keys
        self.clock = clock
    }

    /// Records the access, then opens the subject's personal fields in every event that holds them.
    ///
    /// - Throws: ``DomainError`` when the purpose or the actor is missing (nothing is read);
    ///   ``SealError`` when a stored value does not open with the subject's key (it was altered or moved).
    public func read(subject: SubjectID, purpose: String, actor: String) async throws -> [Record] {
        let found = try await entries(of: subject)
        var fields: [String] = []
        var streams: [StreamID] = []
        for found in found {
            for path in try PersonalFields.present(in: found.entry.event) where !fields.contains(path) {
                fields.append(path)
            }
            if !streams.contains(found.recorded.stream) { streams.append(found.recorded.stream) }
        }
        let access = PersonalDataAccessed(subject: subject, purpose: purpose, accessedBy: actor, fields: fields,
                                          concerning: streams)
        try await recordAccess(access, actor: actor)
        var records: [Record] = []
        for found in found {
            let opened = try await PersonalFields.open(found.entry.event, id: found.recorded.id, subject: subject,
                                                       keys: keys)
            let fields = opened.map { Field(path: $0.path, value: $0.value) }
            let recorded = found.recorded
            records.append(Record(eventID: recorded.id, position: recorded.position, stream: recorded.stream,
                                  type: recorded.type, occurredAt: recorded.occurredAt, fields: fields))
        }
        return records
    }

    private struct Found: Sendable {
        let recorded: RecordedEvent
        let entry: History.Entry
    }

    /// The stored events that carry the subject's personal data, in log order.
    private func entries(of subject: SubjectID) async throws -> [Found] {
        var found: [Found] = []
        let types = Set(PersonalFields.carrierTypes.map { $0.eventType })
        for try await recorded in store.readAll(types: types) {
            let entry = try OfficeCatalog.decode(recorded)
            guard let carrier = entry.event as? any PersonalDataCarrier, carrier.dataSubject == subject else { continue }
            found.append(Found(recorded: recorded, entry: entry))
        }
        return found
    }

    /// Appends the access event, retrying when another reader appended to `privacy-access` first.
    private func recordAccess(_ access: PersonalDataAccessed, actor: String) async throws {
        let office = Office(store: store, clock: clock)
        for attempt in 1...5 {
            do {
                try await office.record(access, context: RecordContext(actor: actor, occurredAt: clock.now(),
                                                                       reason: access.purpose))
                return
            } catch is ConcurrencyError where attempt < 5 {
                continue
            }
        }
    }
}
