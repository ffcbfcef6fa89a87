import Foundation
import GRDB
import GRDBSQLite
public import SotongCore

extension SQLiteEventStore {
    /// Moves the recorded head (appends and verbatim copies alike).
    static let updateHeadSQL = "UPDATE chain_head SET position = ?, hash = ? WHERE id = 1"

    /// Appends batches in one `BEGIN IMMEDIATE` transaction (see ``EventStore/append(_:)``).
    public func append(_ batches: [StreamBatch]) async throws -> [AppendResult] {
        guard !options.readOnly else {
            throw EventStoreError(code: .readOnly, message: "\(path) is open read-only; nothing was appended")
        }
        guard !batches.isEmpty else {
            throw EventStoreError(code: .invalidBatch, message: "the batch is empty")
        }
        for batch in batches { try AppendRules.validate(batch.events, stream: batch.stream) }
        let clock = self.clock
        do {
            // First optimistically: no event of the call is stored yet (the usual case), so the unique
            // index on event_id is the only duplicate check and no row is read back per event. If that
            // index refuses an insert, or a stream is not at the expected version (which may be an
            // idempotent retry), the whole transaction is rolled back and redone with the lookups.
            do {
                return try await write(batches, clock: clock, lookUp: false)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                return try await write(batches, clock: clock, lookUp: true)
            } catch is ConcurrencyError {
                return try await write(batches, clock: clock, lookUp: true)
            }
        } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }

    private func write(_ batches: [StreamBatch], clock: StoreClock, lookUp: Bool) async throws -> [AppendResult] {
        try await pool.writeWithoutTransaction { db in
            var results: [AppendResult] = []
            // BEGIN IMMEDIATE takes the write lock up front, so the version checks and the
            // head read below cannot be overtaken by another process.
            try db.inTransaction(.immediate) {
                var head = try Self.recordedHead(db)
                var lastRecordedAt = try Int64.fetchOne(
                    db.cachedStatement(sql: "SELECT recorded_at FROM events WHERE position = ?"),
                    arguments: [head.position]).map(Timestamp.date(milliseconds:))
                let statements = try Statements(db)
                for batch in batches {
                    let result = try Self.appendOne(batch, db: db, statements: statements, head: head,
                                                    lastRecordedAt: lastRecordedAt, clock: clock, lookUp: lookUp)
                    if !result.wasAlreadyStored, let last = result.events.last {
                        head = ChainHead(position: last.position, hash: last.hash)
                        lastRecordedAt = last.recordedAt
                    }
                    results.append(result)
                }
                try db.cachedStatement(sql: Self.updateHeadSQL)
                    .execute(arguments: [head.position, head.hash.bytes])
                return .commit
            }
            return results
        }
    }

    private static func appendOne(
        _ batch: StreamBatch, db: Database, statements: Statements, head: ChainHead, lastRecordedAt: Date?,
        clock: StoreClock, lookUp: Bool
    ) throws -> AppendResult {
        if lookUp {
            let lookup = try db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM events WHERE event_id = ?")
            let existing = try batch.events.map { event in
                try EventRow.fetchAll(lookup, arguments: [UUIDText.string(event.id)], limit: 1, db: db).first
            }
            if let stored = try AppendRules.resolveDuplicates(batch.events, stream: batch.stream, existing: existing) {
                return AppendResult(events: stored, wasAlreadyStored: true)
            }
        }
        let actual = try statements.version(of: batch.stream, db: db)
        guard batch.expected.isSatisfied(byActual: actual) else {
            throw ConcurrencyError(stream: batch.stream, expected: batch.expected, actual: actual)
        }
        let recordedAt = AppendRules.recordedAt(clock: clock, last: lastRecordedAt)
        let recorded = AppendRules.record(batch.events, stream: batch.stream, after: actual, head: head,
                                          recordedAt: recordedAt)
        for event in recorded { try EventRow.insert(event, with: statements.insert, db: db) }
        return AppendResult(events: recorded, wasAlreadyStored: false)
    }

    /// The statements every batch of a transaction uses, looked up once per transaction.
    struct Statements {
        let streamVersion: Statement
        let insert: Statement

        init(_ db: Database) throws {
            streamVersion = try db.cachedStatement(sql: Self.streamVersionSQL)
            insert = try db.cachedStatement(sql: EventRow.insertSQL)
        }

        static let streamVersionSQL = "SELECT max(stream_version) FROM events WHERE stream_id = ?"

        /// The stream's last version (0 when it has no event), bound and read through SQLite's C API.
        func version(of stream: StreamID, db: Database) throws -> Int64 {
            let statement = streamVersion.sqliteStatement
            sqlite3_reset(statement)
            SQLiteValues.bind(stream.rawValue, statement, 1)
            return try SQLiteValues.integer(statement, db: db, sql: Self.streamVersionSQL) ?? 0
        }
    }
}

extension SQLiteEventStore: WriteLockProbing {
    /// Takes the write lock (`BEGIN IMMEDIATE`, within the busy timeout) and releases it at once,
    /// writing nothing.
    package func probeWriteLock() async throws {
        guard !options.readOnly else {
            throw EventStoreError(code: .readOnly, message: "\(path) is open read-only; nothing was appended")
        }
        do {
            try await pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) { .rollback }
            }
        } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }
}
