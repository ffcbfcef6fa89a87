public import Foundation

/// An event as the log holds it: what the caller supplied plus what the store assigned.
///
/// ```swift
/// for try await event in store.readAll() { print(event.position, event.type) }
/// ```
public struct RecordedEvent: Hashable, Sendable, Identifiable {
    /// The event id (unique in the log; the idempotency key of its append).
    public var id: UUID
    /// The stream it belongs to.
    public var stream: StreamID
    /// 1-based, gap-free within the stream.
    public var streamVersion: Int64
    /// 1-based, gap-free across the log, in commit order.
    public var position: Int64
    /// The stable type string, such as `petition.received`.
    public var type: String
    /// The payload's schema version as written.
    public var schemaVersion: Int
    /// Business time, supplied by the caller.
    public var occurredAt: Date
    /// Assigned by the store; never decreases with position.
    public var recordedAt: Date
    /// Who recorded it, and why.
    public var metadata: EventMetadata
    /// Canonical JSON bytes, exactly as hashed.
    public var payload: Data
    /// The hash of the event before this one (32 zero bytes for the first).
    public var previousHash: ChainHash
    /// SHA-256 over this event's fields and ``previousHash``; see Docs/StoredFormat.md.
    public var hash: ChainHash

    /// A recorded event (stores build them; tests may too).
    public init(
        id: UUID, stream: StreamID, streamVersion: Int64, position: Int64, type: String,
        schemaVersion: Int, occurredAt: Date, recordedAt: Date, metadata: EventMetadata,
        payload: Data, previousHash: ChainHash, hash: ChainHash
    ) {
        self.id = id
        self.stream = stream
        self.streamVersion = streamVersion
        self.position = position
        self.type = type
        self.schemaVersion = schemaVersion
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.metadata = metadata
        self.payload = payload
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The hash this event's stored fields should have, recomputed.
    public func computedHash() -> ChainHash {
        ChainHasher.hash(of: self, previous: previousHash)
    }
}
