public import Foundation
public import SotongCore

/// One line of the interchange format (JSON Lines): one event, as other city tools write it and
/// as `sotong export` writes it. Docs/Interchange.md is the contract.
///
/// ```json
/// {"id":"…","stream":"network","type":"network.meeting-held","schemaVersion":1,
///  "occurredAt":"2018-03-02T01:00:00.000Z","metadata":{"actor":"clerk:kim"},"payload":{…}}
/// ```
public struct InterchangeLine: Codable, Hashable, Sendable {
    /// Who recorded the event, and why.
    public struct Metadata: Codable, Hashable, Sendable {
        /// Who recorded the event.
        public var actor: String
        /// The correlation id, if any.
        public var correlationId: UUID?
        /// The id of the event that caused this one, if any.
        public var causationId: UUID?
        /// A reason or legal basis, if any.
        public var reason: String?

        /// Metadata; only the actor is required.
        public init(actor: String, correlationId: UUID? = nil, causationId: UUID? = nil, reason: String? = nil) {
            self.actor = actor
            self.correlationId = correlationId
            self.causationId = causationId
            self.reason = reason
        }

        enum CodingKeys: String, CodingKey { case actor, correlationId, causationId, reason }

        /// UUIDs are written in lowercase, as the store keeps them.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(actor, forKey: .actor)
            try container.encodeIfPresent(correlationId?.uuidString.lowercased(), forKey: .correlationId)
            try container.encodeIfPresent(causationId?.uuidString.lowercased(), forKey: .causationId)
            try container.encodeIfPresent(reason, forKey: .reason)
        }
    }

    /// What the store assigned; written by export for auditors, ignored by import.
    public struct Recorded: Codable, Hashable, Sendable {
        /// The global position.
        public var position: Int64
        /// The version within the stream.
        public var streamVersion: Int64
        /// When the store recorded it.
        public var recordedAt: Date
        /// The event's chain hash.
        public var hash: ChainHash

        /// What a store assigned.
        public init(position: Int64, streamVersion: Int64, recordedAt: Date, hash: ChainHash) {
            self.position = position
            self.streamVersion = streamVersion
            self.recordedAt = recordedAt
            self.hash = hash
        }
    }

    /// The event id (the idempotency key: importing a line twice stores it once).
    public var id: UUID
    /// The event's stream; optional on import (each event type knows its stream), checked when given.
    public var stream: StreamID?
    /// The stable type string.
    public var type: String
    /// The payload's schema version.
    public var schemaVersion: Int
    /// Business time.
    public var occurredAt: Date
    /// Who recorded it, and why.
    public var metadata: Metadata
    /// The event's payload.
    public var payload: JSONValue
    /// What the store assigned, in an export; absent in lines written by other tools.
    public var recorded: Recorded?

    /// A line.
    public init(
        id: UUID, stream: StreamID?, type: String, schemaVersion: Int, occurredAt: Date, metadata: Metadata,
        payload: JSONValue, recorded: Recorded? = nil
    ) {
        self.id = id
        self.stream = stream
        self.type = type
        self.schemaVersion = schemaVersion
        self.occurredAt = occurredAt
        self.metadata = metadata
        self.payload = payload
        self.recorded = recorded
    }

    enum CodingKeys: String, CodingKey { case id, stream, type, schemaVersion, occurredAt, metadata, payload, recorded }

    /// The event id is written in lowercase, as the store keeps it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encodeIfPresent(stream, forKey: .stream)
        try container.encode(type, forKey: .type)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(occurredAt, forKey: .occurredAt)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(payload, forKey: .payload)
        try container.encodeIfPresent(recorded, forKey: .recorded)
    }

    /// The line for a stored event.
    public init(_ event: RecordedEvent) throws {
        self.init(
            id: event.id, stream: event.stream, type: event.type, schemaVersion: event.schemaVersion,
            occurredAt: event.occurredAt,
            metadata: Metadata(actor: event.metadata.actor, correlationId: event.metadata.correlationID,
                               causationId: event.metadata.causationID, reason: event.metadata.reason),
            payload: try CanonicalJSON.decode(JSONValue.self, from: event.payload),
            recorded: Recorded(position: event.position, streamVersion: event.streamVersion,
                               recordedAt: event.recordedAt, hash: event.hash))
    }

    /// The line as one line of canonical JSON, without the trailing newline.
    public func encoded() throws -> Data {
        try CanonicalJSON.encode(self)
    }

    /// The context a command needs to record this line's event.
    public var context: RecordContext {
        RecordContext(actor: metadata.actor, occurredAt: occurredAt, eventID: id, correlationID: metadata.correlationId,
                      causationID: metadata.causationId, reason: metadata.reason)
    }
}
