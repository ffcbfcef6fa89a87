import Foundation
import GRDB
public import SotongCore

extension SQLiteEventStore: VerbatimCopyTarget {
    /// Stores events copied from another store unchanged, after checking that they continue this
    /// file's chain (see ``VerbatimCopyTarget``). One `BEGIN IMMEDIATE` transaction.
    ///
    /// ```swift
    /// let target = try SQLiteEventStore(path: "copy.sqlite")
    /// try await target.appendVerbatim(try await source.readPage(after: 0, limit: 500, types: nil))
    /// ```
    public func appendVerbatim(_ events: [RecordedEvent]) async throws {
        guard !options.readOnly else {
            throw EventStoreError(code: .readOnly, message: "\(path) is open read-only; nothing was copied")
        }
        guard let last = events.last else { return }
        do {
            try await pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let head = try Self.recordedHead(db)
                    let lastRecordedAt = try Int64.fetchOne(
                        db.cachedStatement(sql: "SELECT recorded_at FROM events WHERE position = ?"),
                        arguments: [head.position]).map(Timestamp.date(milliseconds:))
                    var versions: [StreamID: Int64] = [:]
                    let version = try db.cachedStatement(sql: Statements.streamVersionSQL)
                    for stream in Set(events.map(\.stream)) {
                        versions[stream] = try Int64.fetchOne(version, arguments: [stream.rawValue]) ?? 0
                    }
                    try VerbatimRules.check(events, after: head, lastRecordedAt: lastRecordedAt, storedVersions: versions)
                    let lookup = try db.cachedStatement(sql: "SELECT position FROM events WHERE event_id = ?")
                    let insert = try db.cachedStatement(sql: EventRow.insertSQL)
                    for event in events {
                        if let stored = try Int64.fetchOne(lookup, arguments: [UUIDText.string(event.id)]) {
                            throw EventStoreError.duplicateEventID(event.id, position: stored)
                        }
                        try EventRow.insert(event, with: insert, db: db)
                    }
                    try db.cachedStatement(sql: Self.updateHeadSQL).execute(arguments: [last.position, last.hash.bytes])
                    return .commit
                }
            }
        } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }
}
