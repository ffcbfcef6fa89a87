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
    /// - Throws: ``DomainError`` when the basis or the actor is missing (nothing is erased).
    public func erase(subject: SubjectID, basis: String, actor: String) async throws -> Outcome {
        let history = try await Office(store: store, clock: clock).history(of: subject.privacyStream)
        if history.contains(where: { $0.event is SubjectErased }) {
            try await keys.destroyKey(of: subject)
            return .alreadyErased
        }
        let recorded = try await Office(store: store, clock: clock).record(
            SubjectErased(subject: subject, basis: basis),
            context: RecordContext(actor: actor, occurredAt: clock.now(), reason: basis))
        try await keys.destroyKey(of: subject)
        return .erased(position: recorded.position)
    }
}
