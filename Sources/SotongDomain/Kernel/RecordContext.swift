public import Foundation
public import SotongCore

/// Who records an event, when it happened, and why: the caller's part of every command.
///
/// ```swift
/// let context = RecordContext(actor: "clerk:kim", occurredAt: try LocalDate("2018-03-02").at(hour: 10))
/// ```
public struct RecordContext: Sendable {
    /// Who records the event (required).
    public var actor: String
    /// When it happened (business time).
    public var occurredAt: Date
    /// The event id; supply one to make a retry idempotent. Generated time-ordered (UUID version 7
    /// layout) when not supplied.
    public var eventID: UUID
    /// Groups events of one business transaction, when given.
    public var correlationID: UUID?
    /// The event that caused this one, when there is one.
    public var causationID: UUID?
    /// A reason or legal basis, when there is one.
    public var reason: String?

    /// A context; only the actor and the occurred-at are required.
    public init(
        actor: String, occurredAt: Date, eventID: UUID = TimeOrderedID.next(), correlationID: UUID? = nil,
        causationID: UUID? = nil, reason: String? = nil
    ) {
        self.actor = actor
        self.occurredAt = occurredAt
        self.eventID = eventID
        self.correlationID = correlationID
        self.causationID = causationID
        self.reason = reason
    }
}
