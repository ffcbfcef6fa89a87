public import SotongCore

/// Where a conflict's events live, and the rules several conflict events share.
///
/// ```swift
/// let history = try await office.history(of: ConflictStreams.stream(of: "C-2018-003"))
/// ```
public enum ConflictStreams {
    /// The stream of one conflict case: `conflict-<conflictID>`.
    public static func stream(of conflict: ConflictID) -> StreamID { StreamID("conflict-\(conflict.rawValue)") }

    /// Refuses an event about a conflict that was never registered.
    static func requireRegistered(_ conflict: ConflictID, in history: History) throws {
        if history.events(ConflictRegistered.self, in: stream(of: conflict)).isEmpty {
            throw DomainError(rule: "conflict.not-registered", korean: "미등록 갈등과제",
                              detail: "conflict \(conflict) is not registered", field: "conflict")
        }
    }

    /// Refuses experts who are not registered in the pool now (never registered, or withdrawn).
    static func requirePooled(_ experts: [ExpertID], field: String, in history: History) throws {
        if let missing = ExpertPoolState(history).firstUnregistered(experts) {
            throw DomainError(rule: "conflict.expert-not-in-pool", korean: "인력풀 미등록 전문가",
                              detail: "expert \(missing) is not registered in the expert pool or has withdrawn",
                              field: field)
        }
    }
}
