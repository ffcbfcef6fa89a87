public import Foundation
import GRDB
public import SotongCore

extension SQLiteEventStore {
    /// Reads one stream (see ``EventStore/readStream(_:from:direction:limit:)``).
    public func readStream(_ stream: StreamID, from version: Int64, direction: ReadDirection, limit: Int) async throws
        -> [RecordedEvent]
    {
        guard limit > 0 else { return [] }
        let sql = direction == .forwards
            ? "SELECT \(EventRow.columns) FROM events WHERE stream_id = ? AND stream_version >= ? ORDER BY stream_version LIMIT ?"
            : "SELECT \(EventRow.columns) FROM events WHERE stream_id = ? AND stream_version <= ? ORDER BY stream_version DESC LIMIT ?"
        return try await reading { db in
            try EventRow.fetchAll(db.cachedStatement(sql: sql), arguments: [stream.rawValue, version, limit], limit: limit, db: db)
        }
    }

    /// A page of the log after a position (see ``EventStore/readPage(after:limit:types:)``).
    public func readPage(after position: Int64, limit: Int, types: Set<String>?) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        return try await reading { db in
            if let types {
                guard !types.isEmpty else { return [] }
                // One index range per type, each read in position order and cut at the limit, then the
                // rows of the first `limit` positions. (`event_type IN (…) ORDER BY position` made SQLite
                // collect and sort every later match on each page: a full rebuild grew with the
                // square of the log; Docs/Performance.md.)
                let perType = "SELECT * FROM (SELECT position FROM events WHERE event_type = ? AND position > ? "
                    + "ORDER BY position LIMIT ?)"
                let positions = Array(repeating: perType, count: types.count).joined(separator: " UNION ALL ")
                let sql = "SELECT \(EventRow.columns) FROM events WHERE position IN (\(positions)) ORDER BY position LIMIT ?"
                var arguments = StatementArguments()
                for type in types.sorted() { arguments += [type, position, limit] }
                arguments += [limit]
                return try EventRow.fetchAll(db.cachedStatement(sql: sql), arguments: arguments, limit: limit, db: db)
            }
            let sql = "SELECT \(EventRow.columns) FROM events WHERE position > ? ORDER BY position LIMIT ?"
            return try EventRow.fetchAll(db.cachedStatement(sql: sql), arguments: [position, limit], limit: limit, db: db)
        }
    }

    /// The head recorded in the file.
    public func head() async throws -> ChainHead {
        try await reading { db in try Self.recordedHead(db) }
    }

    /// The event with this id, if stored.
    public func event(id: UUID) async throws -> RecordedEvent? {
        try await reading { db in
            try EventRow.fetchAll(db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM events WHERE event_id = ?"),
                                  arguments: [UUIDText.string(id)], limit: 1, db: db).first
        }
    }

    static func recordedHead(_ db: Database) throws -> ChainHead {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT position, hash FROM chain_head WHERE id = 1")),
              let hash = ChainHash(bytes: row["hash"])
        else {
            throw EventStoreError(code: .corrupt, message: "the store's recorded head is missing or damaged")
        }
        return ChainHead(position: row["position"], hash: hash)
    }
}
