import Foundation
public import SotongCore

/// Erases a data subject: records ``SubjectErased`` with its legal basis, then destroys the subject's
/// key. The order matters: the log says why before the data goes. Running it again after an
/// interruption finishes the job (the key is destroyed even when the erasure is already recorded).
///
/// ```swift
/// let outcome = try await SubjectEraser(store: store, keys: keys)
///     .erase(subject: "subject-2008-0042", basis: "보유기간 경과", actor: "privacy:officer")
/// ```
public struct SubjectEraser: Sendable {
    /// What an erasure did.
    public enum Outcome: Hashable, Sendable {
        /// The erasure was recorded at this position and the key destroyed.
        case erased(position: Int64)
        /// The erasure was already recorded; the key is destroyed (again).
        case alreadyErased
    }

    /// The log the erasure is recorded in.
    public let store: any EventStore
    /// The key store whose key is destroyed.
    public let keys: any SubjectKeyStore
    /// The time of the erasure record.
    public let clock: StoreClock

    /// An eraser.
    public init(store: any EventStore, keys: any SubjectKeyStore, clock: StoreClock = .system) {
        self.store = store
        self.keys = keys
        self.clock = clock
    }

    /// Records the erasure and destroys the key.
    ///
    /// - Throws: ``DomainError`` when the basis or the actor is missing, or `privacy.unknown-subject`
    ///   when the subject is unknown (see ``requireKnown(_:)``); nothing is recorded or erased then.
    public func erase(subject: SubjectID, basis: String, actor: String) async throws -> Outcome {
        let history = try await Office(store: store, clock: clock).history(of: subject.privacyStream)
        if history.contains(where: { $0.event is SubjectErased }) {
            try await keys.destroyKey(of: subject)
            return .alreadyErased
        }
        try await requireKnown(subject)
        let recorded = try await Office(store: store, clock: clock).record(
            SubjectErased(subject: subject, basis: basis),
            context: RecordContext(actor: actor, occurredAt: clock.now(), reason: basis))
        try await keys.destroyKey(of: subject)
        return .erased(position: recorded.position)
    }

    /// Refuses a subject Sotong knows nothing of: no key in the key store, and no event holding its
    /// personal data or recording its erasure. Erasing such a subject (a typing slip, say) would record
    /// a permanent erasure of nobody. Reads only: run it on a store opened read-only to refuse before
    /// anything is opened for writing.
    ///
    /// ```swift
    /// try await SubjectEraser(store: readOnlyStore, keys: keys).requireKnown("subject-2008-0042")
    /// ```
    ///
    /// - Throws: ``DomainError`` `privacy.unknown-subject` (field `subject`) when the subject is unknown.
    public func requireKnown(_ subject: SubjectID) async throws {
        if try await keys.key(for: subject, creating: false) != nil { return }
        if try await !store.readStream(subject.privacyStream).isEmpty { return }
        let types = Set(PersonalFields.carrierTypes.map { $0.eventType })
        for try await recorded in store.readAll(types: types) {
            let entry = try OfficeCatalog.decode(recorded)
            if let carrier = entry.event as? any PersonalDataCarrier, carrier.dataSubject == subject { return }
        }
        throw DomainError(rule: "privacy.unknown-subject", korean: "알 수 없는 정보주체",
                          detail: "subject \(subject) is unknown: it has no key in the key file and no event names it; nothing was erased",
                          field: "subject")
    }
}
