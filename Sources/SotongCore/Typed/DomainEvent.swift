public import Foundation

/// A typed event: a small Codable value with a stable type string and a schema version.
///
/// ```swift
/// struct NoteWritten: DomainEvent {
///     static let eventType = "note.written"
///     var text: String
/// }
/// let data = try EventData(NoteWritten(text: "hi"), occurredAt: Date(), metadata: .init(actor: "kim"))
/// ```
public protocol DomainEvent: Codable, Sendable, Equatable {
    /// The stable name stored in the log; never change it once events are written.
    static var eventType: String { get }
    /// The current schema version of the payload; older payloads are upcast when read.
    static var schemaVersion: Int { get }
}

extension DomainEvent {
    /// Version 1 unless a type says otherwise.
    public static var schemaVersion: Int { 1 }
}

extension EventData {
    /// Encodes a typed event as canonical JSON.
    public init<Event: DomainEvent>(
        _ event: Event, id: UUID = TimeOrderedID.next(), occurredAt: Date, metadata: EventMetadata
    ) throws {
        self.init(id: id, type: Event.eventType, schemaVersion: Event.schemaVersion,
                  payload: try CanonicalJSON.encode(event), occurredAt: occurredAt, metadata: metadata)
    }
}
