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
        withPreimage(of: fields, previous: previous) { Data($0) }
    }

    /// The chain hash of an event given its stored fields and the previous event's hash.
    public static func hash(of fields: Fields, previous: ChainHash) -> ChainHash {
        withPreimage(of: fields, previous: previous, digest)
    }

    /// The chain hash of a recorded event, from its fields. Writes the preimage straight from the
    /// event (ids as lowercase text, without building the intermediate strings of ``Fields``) into
    /// one buffer on the stack: no allocation per event for ordinary sizes.
    public static func hash(of event: RecordedEvent, previous: ChainHash) -> ChainHash {
        let metadata = event.metadata
        let capacity = Preimage.fixedCapacity + event.stream.rawValue.utf8.count + event.type.utf8.count
            + metadata.actor.utf8.count + (metadata.reason?.utf8.count ?? 0) + event.payload.count
        return withUnsafeTemporaryAllocation(byteCount: capacity, alignment: 1) { buffer in
            var out = Preimage(buffer)
            out.start(position: event.position, previous: previous)
            out.field(event.id)
            out.field(event.stream.rawValue)
            out.integerField(event.streamVersion)
            out.field(event.type)
            out.integerField(Int64(event.schemaVersion))
            out.integerField(Timestamp.milliseconds(event.occurredAt))
            out.integerField(Timestamp.milliseconds(event.recordedAt))
            out.field(metadata.actor)
            out.optional(metadata.correlationID)
            out.optional(metadata.causationID)
            out.optional(metadata.reason)
            out.field(event.payload)
            return digest(out.written)
        }
    }

    private static func withPreimage<T>(of fields: Fields, previous: ChainHash, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let capacity = Preimage.fixedCapacity + fields.eventID.utf8.count + fields.streamID.utf8.count
            + fields.eventType.utf8.count + fields.actor.utf8.count + (fields.correlationID?.utf8.count ?? 0)
            + (fields.causationID?.utf8.count ?? 0) + (fields.reason?.utf8.count ?? 0) + fields.payload.count
        return withUnsafeTemporaryAllocation(byteCount: capacity, alignment: 1) { buffer in
            var out = Preimage(buffer)
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
            return body(out.written)
        }
    }

    private static func digest(_ bytes: UnsafeRawBufferPointer) -> ChainHash {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        return ChainHash(unchecked: Data(hasher.finalize()))
    }

    /// Writes the preimage into a buffer sized beforehand (appending to `Data` piece by piece, and
    /// then to a growing array, were a large part of an append's cost).
    private struct Preimage {
        /// Every byte but the variable-length fields' contents: the separator, the position and the
        /// previous hash, a length before each of the 12 fields, three ids of 36 bytes and four integers.
        static let fixedCapacity = 16 + 8 + 32 + 12 * 4 + 3 * 36 + 4 * 8

        private let buffer: UnsafeMutableRawBufferPointer
        private var count = 0

        init(_ buffer: UnsafeMutableRawBufferPointer) { self.buffer = buffer }

        /// The bytes written so far.
        var written: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[0..<count]) }

        mutating func append(_ bytes: UnsafeRawBufferPointer) {
            precondition(count + bytes.count <= buffer.count, "the preimage outgrew its computed size")
            guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
            (buffer.baseAddress! + count).copyMemory(from: source, byteCount: bytes.count)
            count += bytes.count
        }

        mutating func start(position: Int64, previous: ChainHash) {
            ChainHasher.domainSeparator.withUnsafeBytes { append($0) }
            integer(UInt64(bitPattern: position))
            previous.bytes.withUnsafeBytes { append($0) }
        }

        mutating func integer(_ value: UInt64) {
            withUnsafeBytes(of: value.bigEndian) { append($0) }
        }

        mutating func length(_ value: Int) {
            withUnsafeBytes(of: UInt32(value).bigEndian) { append($0) }
        }

        mutating func integerField(_ value: Int64) {
            length(8)
            integer(UInt64(bitPattern: value))
        }

        mutating func field(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                length(utf8.count)
                append(UnsafeRawBufferPointer(utf8))
            }
        }

        mutating func field(_ id: UUID) {
            length(36)
            UUIDText.withText(of: id) { append($0) }
        }

        mutating func field(_ data: Data) {
            length(data.count)
            data.withUnsafeBytes { append($0) }
        }

        mutating func optional(_ text: String?) {
            if let text { field(text) } else { length(0xFFFF_FFFF) }
        }

        mutating func optional(_ id: UUID?) {
            if let id { field(id) } else { length(0xFFFF_FFFF) }
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
