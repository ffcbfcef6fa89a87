import Crypto
public import Foundation

/// Computes an event's link in the hash chain. The byte layout is specified in Docs/StoredFormat.md
/// so that an auditor can recompute it in any language from the stored columns alone.
///
/// hash = SHA-256( "sotong/event/v1" 0x00
///                 ‖ u64be(position) ‖ previous hash (32 bytes)
///                 ‖ field(event_id) ‖ field(stream_id) ‖ field(u64be(stream_version))
///                 ‖ field(event_type) ‖ field(u64be(schema_version))
///                 ‖ field(i64be(occurred_at_ms)) ‖ field(i64be(recorded_at_ms))
///                 ‖ field(actor) ‖ opt(correlation_id) ‖ opt(causation_id) ‖ opt(reason)
///                 ‖ field(payload) )
/// where field(b) = u32be(len(b)) ‖ b, and opt(nil) = 0xFFFFFFFF.
///
/// ```swift
/// let hash = ChainHasher.hash(of: recorded, previous: recorded.previousHash)
/// hash == recorded.hash   // true while nobody edited the row
/// ```
public enum ChainHasher {
    /// Separates Sotong's event hashes from every other use of SHA-256.
    public static let domainSeparator = Data("sotong/event/v1".utf8) + Data([0])

    /// The stored columns of one event, in the representation the hash covers.
    public struct Fields: Sendable {
        /// The event's global position.
        public var position: Int64
        /// The event id, lowercase with hyphens as stored.
        public var eventID: String
        /// The stream's name.
        public var streamID: String
        /// The event's version within its stream.
        public var streamVersion: Int64
        /// The stable type string.
        public var eventType: String
        /// The payload's schema version.
        public var schemaVersion: Int64
        /// Business time in milliseconds since the Unix epoch.
        public var occurredAtMilliseconds: Int64
        /// Recording time in milliseconds since the Unix epoch.
        public var recordedAtMilliseconds: Int64
        /// Who recorded the event.
        public var actor: String
        /// The correlation id, if any (lowercase UUID text).
        public var correlationID: String?
        /// The causation id, if any (lowercase UUID text).
        public var causationID: String?
        /// The reason or legal basis, if any.
        public var reason: String?
        /// The canonical JSON payload bytes.
        public var payload: Data

        /// The stored columns, given one by one (an independent verifier reads them straight from the file).
        public init(
            position: Int64, eventID: String, streamID: String, streamVersion: Int64, eventType: String,
            schemaVersion: Int64, occurredAtMilliseconds: Int64, recordedAtMilliseconds: Int64,
            actor: String, correlationID: String?, causationID: String?, reason: String?, payload: Data
        ) {
            self.position = position
            self.eventID = eventID
            self.streamID = streamID
            self.streamVersion = streamVersion
            self.eventType = eventType
            self.schemaVersion = schemaVersion
            self.occurredAtMilliseconds = occurredAtMilliseconds
            self.recordedAtMilliseconds = recordedAtMilliseconds
            self.actor = actor
            self.correlationID = correlationID
            self.causationID = causationID
            self.reason = reason
            self.payload = payload
        }
    }

    /// The exact bytes that are hashed (exposed for the documentation's test vectors).
    public static func preimage(of fields: Fields, previous: ChainHash) -> Data {
        var out = Data()
        out.reserveCapacity(domainSeparator.count + 200 + fields.payload.count)
        out.append(domainSeparator)
        appendInteger(UInt64(bitPattern: fields.position), to: &out)
        out.append(previous.bytes)
        appendField(Data(fields.eventID.utf8), to: &out)
        appendField(Data(fields.streamID.utf8), to: &out)
        appendIntegerField(fields.streamVersion, to: &out)
        appendField(Data(fields.eventType.utf8), to: &out)
        appendIntegerField(fields.schemaVersion, to: &out)
        appendIntegerField(fields.occurredAtMilliseconds, to: &out)
        appendIntegerField(fields.recordedAtMilliseconds, to: &out)
        appendField(Data(fields.actor.utf8), to: &out)
        appendOptional(fields.correlationID, to: &out)
        appendOptional(fields.causationID, to: &out)
        appendOptional(fields.reason, to: &out)
        appendField(fields.payload, to: &out)
        return out
    }

    /// The chain hash of an event given its stored fields and the previous event's hash.
    public static func hash(of fields: Fields, previous: ChainHash) -> ChainHash {
        ChainHash(unchecked: Data(SHA256.hash(data: preimage(of: fields, previous: previous))))
    }

    /// The chain hash of a recorded event, from its fields.
    public static func hash(of event: RecordedEvent, previous: ChainHash) -> ChainHash {
        hash(of: Fields(event), previous: previous)
    }

    private static func appendInteger(_ value: UInt64, to out: inout Data) {
        withUnsafeBytes(of: value.bigEndian) { out.append(contentsOf: $0) }
    }

    private static func appendIntegerField(_ value: Int64, to out: inout Data) {
        appendInteger32(8, to: &out)
        appendInteger(UInt64(bitPattern: value), to: &out)
    }

    private static func appendInteger32(_ value: UInt32, to out: inout Data) {
        withUnsafeBytes(of: value.bigEndian) { out.append(contentsOf: $0) }
    }

    private static func appendField(_ bytes: Data, to out: inout Data) {
        appendInteger32(UInt32(bytes.count), to: &out)
        out.append(bytes)
    }

    private static func appendOptional(_ text: String?, to out: inout Data) {
        if let text { appendField(Data(text.utf8), to: &out) } else { appendInteger32(0xFFFF_FFFF, to: &out) }
    }
}

extension ChainHasher.Fields {
    /// The stored representation of a recorded event's fields.
    public init(_ event: RecordedEvent) {
        self.init(
            position: event.position, eventID: event.id.uuidString.lowercased(), streamID: event.stream.rawValue,
            streamVersion: event.streamVersion, eventType: event.type, schemaVersion: Int64(event.schemaVersion),
            occurredAtMilliseconds: Timestamp.milliseconds(event.occurredAt),
            recordedAtMilliseconds: Timestamp.milliseconds(event.recordedAt),
            actor: event.metadata.actor, correlationID: event.metadata.correlationID?.uuidString.lowercased(),
            causationID: event.metadata.causationID?.uuidString.lowercased(), reason: event.metadata.reason,
            payload: event.payload)
    }
}
