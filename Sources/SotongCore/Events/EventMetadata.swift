public import Foundation

/// Who recorded an event, and why: stored beside every event and covered by the hash chain.
///
/// ```swift
/// let metadata = EventMetadata(actor: "clerk:kim", reason: "민원 처리에 관한 법률 제9조")
/// ```
public struct EventMetadata: Hashable, Codable, Sendable {
    /// Who recorded the event: a user, a tool or an import job. Required, never empty.
    public var actor: String
    /// Groups the events that one request or command produced.
    public var correlationID: UUID?
    /// The event (or command) that caused this one.
    public var causationID: UUID?
    /// An optional reason or legal basis, in the office's words.
    public var reason: String?

    /// Metadata; only the actor is required.
    public init(actor: String, correlationID: UUID? = nil, causationID: UUID? = nil, reason: String? = nil) {
        self.actor = actor
        self.correlationID = correlationID
        self.causationID = causationID
        self.reason = reason
    }
}
