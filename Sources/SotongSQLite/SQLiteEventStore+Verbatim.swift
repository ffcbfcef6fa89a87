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
        try await appendVerbatim(events, mark: nil)
    }

    /// ``appendVerbatim(_:)`` for one batch of a longer copy: in the same transaction, the row
    /// `unfinished_copy` of `store_info` is set to `sourceHead` — or deleted by the batch that reaches
    /// it (see ``VerbatimCopyTarget/appendVerbatim(_:copying:)``).
    ///
    /// ```swift
    /// try await target.appendVerbatim(try await source.readPage(after: 0, limit: 500, types: nil),
    ///                                 copying: try await source.head())
    /// ```
    public func appendVerbatim(_ events: [RecordedEvent], copying sourceHead: ChainHead) async throws {
        try await appendVerbatim(events, mark: sourceHead)
    }

    /// The head of the log an unfinished copy into this file was copying, from `store_info`; `nil`
    /// when no copy is unfinished.
    ///
    /// - Throws: ``EventStoreError`` `corrupt` when the mark is damaged.
    public func unfinishedCopy() async throws -> ChainHead? {
        let text = try await reading { db in
            try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = ?", arguments: [VerbatimRules.unfinishedCopyKey])
        }
        return try text.map(VerbatimRules.sourceHead(fromMark:))
    }

    private func appendVerbatim(_ events: [RecordedEvent], mark sourceHead: ChainHead?) async throws {
        guard !options.readOnly else {
            throw EventStoreError(code: .readOnly, message: "\(path) is open read-only; nothing was copied")
        }
        guard !events.isEmpty || sourceHead != nil else { return }
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
                    if let last = events.last {
                        try db.cachedStatement(sql: Self.updateHeadSQL).execute(arguments: [last.position, last.hash.bytes])
                    }
                    if let sourceHead {
                        if VerbatimRules.finishes(events, after: head, copying: sourceHead) {
                            try db.execute(sql: "DELETE FROM store_info WHERE key = ?",
                                           arguments: [VerbatimRules.unfinishedCopyKey])
                        } else {
                            try db.execute(sql: "INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)",
                                           arguments: [VerbatimRules.unfinishedCopyKey, VerbatimRules.markText(sourceHead)])
                        }
                    }
                    return .commit
                }
            }
        } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }
}
