public import Foundation

/// An event on its way into the log: everything the caller supplies.
///
/// The store adds the stream, the stream version, the global position, the recorded-at time
/// and the hash chain. Build one from a typed event with ``EventData/init(_:id:occurredAt:metadata:)``
/// or from raw canonical JSON bytes.
///
/// ```swift
/// let data = EventData(type: "note.written", payload: Data(#"{"text":"hi"}"#.utf8),
///                      occurredAt: Date(), metadata: EventMetadata(actor: "clerk:kim"))
/// ```
public struct EventData: Hashable, Sendable {
    /// The event id: idempotency key of the append. Generated when not supplied, time-ordered
    /// (UUID version 7 layout), so that the store's id index grows at its end.
    public var id: UUID
    /// A stable type string such as `petition.received`, never a Swift type name.
    public var type: String
    /// The version of the payload's schema for this type, starting at 1.
    public var schemaVersion: Int
    /// Business time: when the fact happened, as the caller says. Stored to the millisecond.
    public var occurredAt: Date
    /// Who recorded the event, and why.
    public var metadata: EventMetadata
    /// The payload as canonical JSON bytes, stored and hashed exactly as given.
    public var payload: Data

    /// An event from raw canonical JSON payload bytes.
    public init(
        id: UUID = TimeOrderedID.next(), type: String, schemaVersion: Int = 1, payload: Data,
        occurredAt: Date, metadata: EventMetadata
    ) {
        self.id = id
        self.type = type
        self.schemaVersion = schemaVersion
        self.occurredAt = Timestamp.truncate(occurredAt)
        self.metadata = metadata
        self.payload = payload
    }
}

extension EventData {
    /// The longest event type the stores accept, in UTF-8 bytes.
    public static let maximumTypeLength = 100

    /// Checks what every store checks before appending; throws ``EventStoreError`` naming the field.
    package func validate(index: Int) throws {
        func invalid(_ field: String, _ reason: String) -> EventStoreError {
            .invalidEvent(index: index, field: field, reason: reason)
        }
        if type.isEmpty { throw invalid("type", "is empty") }
        if type.utf8.count > Self.maximumTypeLength { throw invalid("type", "is longer than \(Self.maximumTypeLength) bytes") }
        // Byte by byte: among ASCII characters, exactly these are letters or have a numeric type.
        if !type.utf8.allSatisfy(Self.isTypeCharacter) {
            throw invalid("type", "may hold only ASCII letters, digits, '.', '_' and '-'")
        }
        if schemaVersion < 1 { throw invalid("schemaVersion", "must be 1 or more") }
        // Blank when every character is white space (stops at the first that is not).
        if metadata.actor.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            throw invalid("metadata.actor", "is required")
        }
        // SQLite text ends at a NUL: stored, the value would be cut short and no longer match its hash.
        for (field, text) in [("metadata.actor", metadata.actor), ("metadata.reason", metadata.reason ?? "")]
        where text.utf8.contains(0) {
            throw invalid(field, "contains a NUL character, which the stores cannot keep")
        }
        if payload.isEmpty { throw invalid("payload", "is empty") }
    }

    private static func isTypeCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// Whether a stored event holds exactly this content (the idempotency test).
    package func hasSameContent(as recorded: RecordedEvent, stream: StreamID) -> Bool {
        recorded.id == id && recorded.stream == stream && recorded.type == type
            && recorded.schemaVersion == schemaVersion
            && Timestamp.milliseconds(recorded.occurredAt) == Timestamp.milliseconds(occurredAt)
            && recorded.metadata == metadata && recorded.payload == payload
    }
}
