import Foundation
import GRDBSQLite
import SotongCore
import SotongSQLite

/// Bare SQLite through its C API: one connection, prepared statements, no library logic. The
/// ceilings the store is compared with: the same rows, the same schema (made by the store itself),
/// the same journal (WAL) and synchronous mode.
final class RawSQLite {
    /// One row of `events`, every value ready to bind (built before the clock starts).
    struct Row {
        var position: Int64
        var eventID: String
        var stream: String
        var streamVersion: Int64
        var type: String
        var schemaVersion: Int64
        var occurredAt: Int64
        var recordedAt: Int64
        var actor: String
        var correlationID: String?
        var causationID: String?
        var reason: String?
        var payload: Data
        var previousHash: Data
        var hash: Data

        init(_ event: RecordedEvent) {
            position = event.position
            eventID = event.id.uuidString.lowercased()
            stream = event.stream.rawValue
            streamVersion = event.streamVersion
            type = event.type
            schemaVersion = Int64(event.schemaVersion)
            occurredAt = Timestamp.milliseconds(event.occurredAt)
            recordedAt = Timestamp.milliseconds(event.recordedAt)
            actor = event.metadata.actor
            correlationID = event.metadata.correlationID?.uuidString.lowercased()
            causationID = event.metadata.causationID?.uuidString.lowercased()
            reason = event.metadata.reason
            payload = event.payload
            previousHash = event.previousHash.bytes
            hash = event.hash.bytes
        }
    }

    static let columns = """
        position, event_id, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, \
        actor, correlation_id, causation_id, reason, payload, previous_hash, hash
        """
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private var connection: OpaquePointer?
    private var insert: OpaquePointer?

    init(path: String, synchronous: String) throws {
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            throw BenchError("cannot open \(path)")
        }
        // The store's settings: WAL, the same synchronous mode, its writer cache and checkpoint interval.
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA synchronous = \(synchronous)")
        try execute("PRAGMA cache_size = -\(SQLiteEventStore.writerCacheKibibytes)")
        try execute("PRAGMA wal_autocheckpoint = \(SQLiteEventStore.walAutocheckpointPages)")
        insert = try prepare("INSERT INTO events (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    }

    deinit {
        sqlite3_finalize(insert)
        sqlite3_close_v2(connection)
    }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK else {
            throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(connection))) in \(sql)")
        }
    }

    func prepare(_ sql: String) throws -> OpaquePointer? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK else {
            throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(connection))) in \(sql)")
        }
        return statement
    }

    /// Inserts rows in one `BEGIN IMMEDIATE` transaction.
    func insert(_ rows: [Row]) throws {
        try execute("BEGIN IMMEDIATE")
        for row in rows { try insert(row) }
        try execute("COMMIT")
    }

    private func insert(_ row: Row) throws {
        let statement = insert
        sqlite3_reset(statement)
        sqlite3_bind_int64(statement, 1, row.position)
        bind(row.eventID, 2)
        bind(row.stream, 3)
        sqlite3_bind_int64(statement, 4, row.streamVersion)
        bind(row.type, 5)
        sqlite3_bind_int64(statement, 6, row.schemaVersion)
        sqlite3_bind_int64(statement, 7, row.occurredAt)
        sqlite3_bind_int64(statement, 8, row.recordedAt)
        bind(row.actor, 9)
        bind(row.correlationID, 10)
        bind(row.causationID, 11)
        bind(row.reason, 12)
        bind(row.payload, 13)
        bind(row.previousHash, 14)
        bind(row.hash, 15)
        guard sqlite3_step(statement) == SQLITE_DONE else {
            throw BenchError("SQLite insert: \(String(cString: sqlite3_errmsg(connection)))")
        }
    }

    private func bind(_ text: String?, _ index: Int32) {
        guard let text else { sqlite3_bind_null(insert, index); return }
        sqlite3_bind_text(insert, index, text, -1, Self.transient)
    }

    private func bind(_ data: Data, _ index: Int32) {
        data.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(insert, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
    }

    /// Pages through the log with `sql`, whose parameters `bind` sets for the position after which a
    /// page starts (pages of `limit`); returns the rows read. For comparing page queries.
    func pages(_ sql: String, limit: Int32, bind: (OpaquePointer?, Int64) -> Void) throws -> Int {
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        var after: Int64 = 0, rows = 0
        while true {
            sqlite3_reset(statement)
            bind(statement, after)
            var count: Int32 = 0
            while sqlite3_step(statement) == SQLITE_ROW {
                after = sqlite3_column_int64(statement, 0)
                _ = sqlite3_column_blob(statement, 12)
                count += 1
            }
            rows += Int(count)
            if count < limit { return rows }
        }
    }

    /// Binds text that outlives the statement's use (SQLite copies it).
    static func bind(_ statement: OpaquePointer?, _ index: Int32, _ text: String) {
        sqlite3_bind_text(statement, index, text, -1, transient)
    }

    /// Reads every column of every event in position order, touching each value, as a projection
    /// rebuild or a verification must: the ceiling for reading the log. Returns the rows read.
    func scan() throws -> Int {
        let statement = try prepare("SELECT \(Self.columns) FROM events ORDER BY position")
        defer { sqlite3_finalize(statement) }
        var rows = 0
        var checksum: UInt64 = 0
        while sqlite3_step(statement) == SQLITE_ROW {
            for column in Int32(0)..<15 {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER:
                    checksum &+= UInt64(bitPattern: sqlite3_column_int64(statement, column))
                case SQLITE_TEXT, SQLITE_BLOB:
                    let pointer = sqlite3_column_blob(statement, column)
                    let count = Int(sqlite3_column_bytes(statement, column))
                    if let pointer, count > 0 {
                        checksum &+= UInt64(pointer.load(fromByteOffset: count - 1, as: UInt8.self)) &+ UInt64(count)
                    }
                default:
                    break
                }
            }
            rows += 1
        }
        if checksum == 42 { note("checksum \(checksum)") }   // keeps the reads observable
        return rows
    }
}
