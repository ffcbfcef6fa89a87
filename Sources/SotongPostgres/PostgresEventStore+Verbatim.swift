import Foundation
import PostgresNIO
public import SotongCore

extension PostgresEventStore: VerbatimCopyTarget {
    /// Stores events copied from another store unchanged, after checking that they continue this
    /// log's chain (see ``VerbatimCopyTarget``). One transaction, holding the head's lock.
    ///
    /// ```swift
    /// let target = try PostgresEventStore(url: "postgres://sotong@db.local/sotong")
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

    /// The head of the log an unfinished copy into this schema was copying, from `store_info`; `nil`
    /// when no copy is unfinished.
    ///
    /// - Throws: ``EventStoreError`` `corrupt` when the mark is damaged.
    public func unfinishedCopy() async throws -> ChainHead? {
        let text = try await session("reading the copy mark") { [self] connection in
            try await connection.query(
                "SELECT value FROM \(unescaped: table("store_info")) WHERE key = \(VerbatimRules.unfinishedCopyKey)",
                logger: logger
            ).collect().first?.decode(String.self)
        }
        return try text.map(VerbatimRules.sourceHead(fromMark:))
    }

    private func appendVerbatim(_ events: [RecordedEvent], mark sourceHead: ChainHead?) async throws {
        guard !options.readOnly else {
            throw EventStoreError(code: .readOnly, message: "\(location) is open read-only; nothing was copied")
        }
        guard !events.isEmpty || sourceHead != nil else { return }
        try await transaction("copying events") { [self] connection in
            let head = try await lockedHead(connection)
            let lastRecordedAt = try await recordedAt(of: head.position, connection)
            let streams = Array(Set(events.map(\.stream.rawValue)))
            let versions = try await connection.query(PostgresQuery(
                unsafeSQL: "SELECT stream_id, max(stream_version) FROM \(table("events")) WHERE stream_id = ANY($1) GROUP BY stream_id",
                binds: bindings(streams)), logger: logger
            ).collect().map { row in try row.decode((String, Int64).self) }
            try VerbatimRules.check(events, after: head, lastRecordedAt: lastRecordedAt,
                                    storedVersions: Dictionary(versions.map { (StreamID($0.0), $0.1) }) { $1 })
            let ids = events.map { $0.id.uuidString.lowercased() }
            let stored = try await connection.query(PostgresQuery(
                unsafeSQL: "SELECT event_id, position FROM \(table("events")) WHERE event_id = ANY($1) LIMIT 1",
                binds: bindings(ids)), logger: logger
            ).collect().first.map { row in try row.decode((String, Int64).self) }
            if let (id, position) = stored, let uuid = UUID(uuidString: id) {
                throw EventStoreError.duplicateEventID(uuid, position: position)
            }
            for insert in try PostgresEventRow.inserts(events, into: table("events")) {
                try await connection.query(insert, logger: logger)
            }
            if let last = events.last {
                try await record(ChainHead(position: last.position, hash: last.hash), connection)
            }
            if let sourceHead {
                let key = VerbatimRules.unfinishedCopyKey
                if VerbatimRules.finishes(events, after: head, copying: sourceHead) {
                    try await connection.query("DELETE FROM \(unescaped: table("store_info")) WHERE key = \(key)",
                                               logger: logger)
                } else {
                    let value = VerbatimRules.markText(sourceHead)
                    try await connection.query("""
                        INSERT INTO \(unescaped: table("store_info")) (key, value) VALUES (\(key), \(value))
                        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
                        """, logger: logger)
                }
            }
        }
    }
}
