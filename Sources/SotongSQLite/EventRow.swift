import Foundation
import GRDB
import SotongCore

/// Converts between stored rows and events, column by column as Docs/StoredFormat.md lists them.
enum EventRow {
    static let columns = """
        position, event_id, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, \
        actor, correlation_id, causation_id, reason, payload, previous_hash, hash
        """

    static let insertSQL = "INSERT INTO events (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    static func arguments(_ event: RecordedEvent) -> StatementArguments {
        [
            event.position, UUIDText.string(event.id), event.stream.rawValue, event.streamVersion, event.type,
            event.schemaVersion, Timestamp.milliseconds(event.occurredAt), Timestamp.milliseconds(event.recordedAt),
            event.metadata.actor, event.metadata.correlationID.map(UUIDText.string),
            event.metadata.causationID.map(UUIDText.string), event.metadata.reason, event.payload,
            event.previousHash.bytes, event.hash.bytes,
        ]
    }

    /// Reads one row. A value that no append could have written (an edited file) is reported as
    /// corrupt with its position, so that verification names it instead of failing.
    static func decode(_ row: Row) throws -> RecordedEvent {
        let position: Int64 = row[0]
        func unreadable(_ column: String) -> EventStoreError {
            EventStoreError(code: .corrupt, message: "the stored event at position \(position) has an unreadable \(column)",
                            field: column, position: position)
        }
        func text(_ index: Int, _ column: String) throws -> String {
            guard let value = row[index] as String? else { throw unreadable(column) }
            return value
        }
        func blob(_ index: Int, _ column: String) throws -> Data {
            guard let value = row[index] as Data? else { throw unreadable(column) }
            return value
        }
        func integer(_ index: Int, _ column: String) throws -> Int64 {
            guard case .int64(let value) = (row[index] as DatabaseValue).storage else { throw unreadable(column) }
            return value
        }
        func uuid(_ index: Int, _ column: String) throws -> UUID? {
            guard let value = row[index] as String? else { return nil }
            // Only the canonical lowercase form is ever written: any other spelling is an edit.
            guard let id = UUIDText.parse(value) else { throw unreadable(column) }
            return id
        }
        guard let id = try uuid(1, "event_id") else { throw unreadable("event_id") }
        let schemaVersion = try integer(5, "schema_version")
        guard let previous = ChainHash(bytes: try blob(13, "previous_hash")),
              let hash = ChainHash(bytes: try blob(14, "hash")),
              let version = Int(exactly: schemaVersion)
        else { throw unreadable("hash") }
        return RecordedEvent(
            id: id, stream: StreamID(try text(2, "stream_id")), streamVersion: try integer(3, "stream_version"),
            position: position, type: try text(4, "event_type"), schemaVersion: version,
            occurredAt: Timestamp.date(milliseconds: try integer(6, "occurred_at")),
            recordedAt: Timestamp.date(milliseconds: try integer(7, "recorded_at")),
            metadata: EventMetadata(
                actor: try text(8, "actor"), correlationID: try uuid(9, "correlation_id"),
                causationID: try uuid(10, "causation_id"), reason: row[11]),
            payload: try blob(12, "payload"), previousHash: previous, hash: hash)
    }
}
