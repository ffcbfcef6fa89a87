import Foundation
import GRDB
import GRDBSQLite
import SotongCore

/// Converts between stored rows and events, column by column as Docs/StoredFormat.md lists them.
/// Values are bound to and read from SQLite's own buffers through its C API on GRDB's prepared
/// statements: no `StatementArguments`, `DatabaseValue` or `Row` per event (together a third of an
/// append's and most of a verification's cost beyond SQLite itself; Docs/Performance.md).
enum EventRow {
    static let columns = """
        position, event_id, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, \
        actor, correlation_id, causation_id, reason, payload, previous_hash, hash
        """

    static let insertSQL = "INSERT INTO events (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    /// Inserts `event` with `insert` (a statement of ``insertSQL``). Failures are GRDB's
    /// `DatabaseError` with SQLite's extended code, as GRDB's own execution reports them.
    static func insert(_ event: RecordedEvent, with insert: Statement, db: Database) throws {
        let statement = insert.sqliteStatement
        sqlite3_reset(statement)
        sqlite3_bind_int64(statement, 1, event.position)
        SQLiteValues.bind(event.id, statement, 2)
        SQLiteValues.bind(event.stream.rawValue, statement, 3)
        sqlite3_bind_int64(statement, 4, event.streamVersion)
        SQLiteValues.bind(event.type, statement, 5)
        sqlite3_bind_int64(statement, 6, Int64(event.schemaVersion))
        sqlite3_bind_int64(statement, 7, Timestamp.milliseconds(event.occurredAt))
        sqlite3_bind_int64(statement, 8, Timestamp.milliseconds(event.recordedAt))
        SQLiteValues.bind(event.metadata.actor, statement, 9)
        SQLiteValues.bind(event.metadata.correlationID, statement, 10)
        SQLiteValues.bind(event.metadata.causationID, statement, 11)
        SQLiteValues.bind(event.metadata.reason, statement, 12)
        SQLiteValues.bind(event.payload, statement, 13)
        SQLiteValues.bind(event.previousHash.bytes, statement, 14)
        SQLiteValues.bind(event.hash.bytes, statement, 15)
        try SQLiteValues.stepToEnd(statement, db: db, sql: insertSQL)
    }

    /// The events of every row of `statement` (which selects ``columns``) with `arguments`.
    static func fetchAll(_ statement: Statement, arguments: StatementArguments, limit: Int, db: Database) throws
        -> [RecordedEvent]
    {
        try statement.setArguments(arguments)
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        var events: [RecordedEvent] = []
        events.reserveCapacity(Swift.min(limit, 2_000))
        while try SQLiteValues.step(sqlite, db: db, sql: statement.sql) { events.append(try decode(sqlite)) }
        return events
    }

    /// Reads the current row of `statement`. A value that no append could have written (an edited
    /// file) is reported as corrupt with its position, so that verification names it instead of failing.
    static func decode(_ statement: SQLiteStatement) throws -> RecordedEvent {
        let position = sqlite3_column_int64(statement, 0)
        func unreadable(_ column: String) -> EventStoreError {
            EventStoreError(code: .corrupt, message: "the stored event at position \(position) has an unreadable \(column)",
                            field: column, position: position)
        }
        func present(_ index: Int32) -> Bool { sqlite3_column_type(statement, index) != SQLITE_NULL }
        func text(_ index: Int32, _ column: String) throws -> String {
            guard present(index) else { throw unreadable(column) }
            return SQLiteValues.text(statement, index)
        }
        func blob(_ index: Int32, _ column: String) throws -> Data {
            guard present(index) else { throw unreadable(column) }
            return SQLiteValues.blob(statement, index)
        }
        func integer(_ index: Int32, _ column: String) throws -> Int64 {
            guard sqlite3_column_type(statement, index) == SQLITE_INTEGER else { throw unreadable(column) }
            return sqlite3_column_int64(statement, index)
        }
        func uuid(_ index: Int32, _ column: String) throws -> UUID? {
            guard present(index) else { return nil }
            // Only the canonical lowercase form is ever written: any other spelling is an edit.
            guard let id = SQLiteValues.withText(statement, index, UUIDText.parse) else { throw unreadable(column) }
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
                causationID: try uuid(10, "causation_id"),
                reason: present(11) ? SQLiteValues.text(statement, 11) : nil),
            payload: try blob(12, "payload"), previousHash: previous, hash: hash)
    }
}
