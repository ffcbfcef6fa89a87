import Foundation
import PostgresNIO
import SotongCore

/// Converts between stored rows and events, column by column as Docs/StoredFormat.md lists them
/// (the same columns, names and meanings as the SQLite file).
enum PostgresEventRow {
    static let columns = """
        position, event_id, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, \
        actor, correlation_id, causation_id, reason, payload, previous_hash, hash
        """

    /// The most rows one INSERT carries (15 parameters each, under the protocol's 65,535).
    static let rowsPerInsert = 1_000

    /// One multi-row INSERT per `rowsPerInsert` events.
    static func inserts(_ events: [RecordedEvent], into table: String) throws -> [PostgresQuery] {
        var queries: [PostgresQuery] = []
        var start = 0
        while start < events.count {
            let chunk = events[start..<min(events.count, start + rowsPerInsert)]
            var bindings = PostgresBindings(capacity: chunk.count * 15)
            var rows: [String] = []
            rows.reserveCapacity(chunk.count)
            for event in chunk {
                let first = bindings.count + 1
                rows.append("(" + (first..<(first + 15)).map { "$\($0)" }.joined(separator: ", ") + ")")
                try append(event, to: &bindings)
            }
            queries.append(PostgresQuery(
                unsafeSQL: "INSERT INTO \(table) (\(columns)) VALUES \(rows.joined(separator: ", "))", binds: bindings))
            start += rowsPerInsert
        }
        return queries
    }

    private static func append(_ event: RecordedEvent, to bindings: inout PostgresBindings) throws {
        bindings.append(event.position)
        bindings.append(UUIDText.string(event.id))
        bindings.append(event.stream.rawValue)
        bindings.append(event.streamVersion)
        bindings.append(event.type)
        bindings.append(Int64(event.schemaVersion))
        bindings.append(Timestamp.milliseconds(event.occurredAt))
        bindings.append(Timestamp.milliseconds(event.recordedAt))
        bindings.append(event.metadata.actor)
        bindings.append(event.metadata.correlationID.map(UUIDText.string))
        bindings.append(event.metadata.causationID.map(UUIDText.string))
        bindings.append(event.metadata.reason)
        try bindings.append(event.payload)
        try bindings.append(event.previousHash.bytes)
        try bindings.append(event.hash.bytes)
    }

    /// Reads one row. A value that no append could have written (an edited row) is reported as
    /// corrupt with its position, so that verification names it instead of failing.
    static func decode(_ row: PostgresRow) throws -> RecordedEvent {
        let cells = row.makeRandomAccess()
        guard let position = try? cells[0].decode(Int64.self) else {
            throw EventStoreError(code: .corrupt, message: "a stored event has an unreadable position", field: "position")
        }
        func unreadable(_ column: String) -> EventStoreError {
            EventStoreError(code: .corrupt, message: "the stored event at position \(position) has an unreadable \(column)",
                            field: column, position: position)
        }
        func value<T: PostgresDecodable>(_ index: Int, _ type: T.Type) throws -> T {
            do { return try cells[index].decode(T.self) } catch { throw unreadable(cells[index].columnName) }
        }
        func uuid(_ index: Int) throws -> UUID? {
            guard let text = try value(index, String?.self) else { return nil }
            // Only the canonical lowercase form is ever written: any other spelling is an edit.
            guard let id = UUID(uuidString: text), id.uuidString.lowercased() == text else {
                throw unreadable(cells[index].columnName)
            }
            return id
        }
        guard let id = try uuid(1) else { throw unreadable("event_id") }
        guard let previous = ChainHash(bytes: try value(13, Data.self)), let hash = ChainHash(bytes: try value(14, Data.self)),
              let schemaVersion = Int(exactly: try value(5, Int64.self))
        else { throw unreadable("hash") }
        return RecordedEvent(
            id: id, stream: StreamID(try value(2, String.self)), streamVersion: try value(3, Int64.self),
            position: position, type: try value(4, String.self), schemaVersion: schemaVersion,
            occurredAt: Timestamp.date(milliseconds: try value(6, Int64.self)),
            recordedAt: Timestamp.date(milliseconds: try value(7, Int64.self)),
            metadata: EventMetadata(
                actor: try value(8, String.self), correlationID: try uuid(9), causationID: try uuid(10),
                reason: try value(11, String?.self)),
            payload: try value(12, Data.self), previousHash: previous, hash: hash)
    }
}
