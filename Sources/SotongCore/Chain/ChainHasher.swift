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
        Data(preimageBytes(of: fields, previous: previous))
    }

    /// The chain hash of an event given its stored fields and the previous event's hash.
    public static func hash(of fields: Fields, previous: ChainHash) -> ChainHash {
        digest(preimageBytes(of: fields, previous: previous))
    }

    /// The chain hash of a recorded event, from its fields. Writes the preimage straight from the
    /// event (ids as lowercase text, without building the intermediate strings of ``Fields``).
    public static func hash(of event: RecordedEvent, previous: ChainHash) -> ChainHash {
        var out = Preimage(capacity: 320 + event.payload.count)
        out.start(position: event.position, previous: previous)
        out.field(event.id)
        out.field(event.stream.rawValue)
        out.integerField(event.streamVersion)
        out.field(event.type)
        out.integerField(Int64(event.schemaVersion))
        out.integerField(Timestamp.milliseconds(event.occurredAt))
        out.integerField(Timestamp.milliseconds(event.recordedAt))
        out.field(event.metadata.actor)
        out.optional(event.metadata.correlationID)
        out.optional(event.metadata.causationID)
        out.optional(event.metadata.reason)
        out.field(event.payload)
        return digest(out.bytes)
    }

    private static func preimageBytes(of fields: Fields, previous: ChainHash) -> [UInt8] {
        var out = Preimage(capacity: 320 + fields.payload.count)
        out.start(position: fields.position, previous: previous)
        out.field(fields.eventID)
        out.field(fields.streamID)
        out.integerField(fields.streamVersion)
        out.field(fields.eventType)
        out.integerField(fields.schemaVersion)
        out.integerField(fields.occurredAtMilliseconds)
        out.integerField(fields.recordedAtMilliseconds)
        out.field(fields.actor)
        out.optional(fields.correlationID)
        out.optional(fields.causationID)
        out.optional(fields.reason)
        out.field(fields.payload)
        return out.bytes
    }

    private static func digest(_ bytes: [UInt8]) -> ChainHash {
        ChainHash(unchecked: Data(SHA256.hash(data: bytes)))
    }

    /// Builds the preimage in one growing byte array (appending to `Data` piece by piece was a
    /// large part of an append's cost).
    private struct Preimage {
        var bytes: [UInt8] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func start(position: Int64, previous: ChainHash) {
            ChainHasher.domainSeparator.withUnsafeBytes { bytes.append(contentsOf: $0) }
            integer(UInt64(bitPattern: position))
            previous.bytes.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }

        mutating func integer(_ value: UInt64) {
            withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func length(_ value: Int) {
            withUnsafeBytes(of: UInt32(value).bigEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func integerField(_ value: Int64) {
            length(8)
            integer(UInt64(bitPattern: value))
        }

        mutating func field(_ text: String) {
            length(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func field(_ id: UUID) {
            length(36)
            UUIDText.append(id, to: &bytes)
        }

        mutating func field(_ data: Data) {
            length(data.count)
            data.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }

        mutating func optional(_ text: String?) {
            if let text { field(text) } else { bytes.append(contentsOf: [0xFF, 0xFF, 0xFF, 0xFF]) }
        }

        mutating func optional(_ id: UUID?) {
            if let id { field(id) } else { bytes.append(contentsOf: [0xFF, 0xFF, 0xFF, 0xFF]) }
        }
    }
}

extension ChainHasher.Fields {
    /// The stored representation of a recorded event's fields.
    public init(_ event: RecordedEvent) {
        self.init(
            position: event.position, eventID: UUIDText.string(event.id), streamID: event.stream.rawValue,
            streamVersion: event.streamVersion, eventType: event.type, schemaVersion: Int64(event.schemaVersion),
            occurredAtMilliseconds: Timestamp.milliseconds(event.occurredAt),
            recordedAtMilliseconds: Timestamp.milliseconds(event.recordedAt),
            actor: event.metadata.actor, correlationID: event.metadata.correlationID.map(UUIDText.string),
            causationID: event.metadata.causationID.map(UUIDText.string), reason: event.metadata.reason,
            payload: event.payload)
    }
}
