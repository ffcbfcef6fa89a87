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
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [stream.rawValue, version, limit])
                .map(EventRow.decode)
        }
    }

    /// A page of the log after a position (see ``EventStore/readPage(after:limit:types:)``).
    public func readPage(after position: Int64, limit: Int, types: Set<String>?) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        return try await reading { db in
            if let types {
                guard !types.isEmpty else { return [] }
                let marks = Array(repeating: "?", count: types.count).joined(separator: ", ")
                let sql = "SELECT \(EventRow.columns) FROM events WHERE position > ? AND event_type IN (\(marks)) ORDER BY position LIMIT ?"
                let arguments = StatementArguments([position] as [any DatabaseValueConvertible])
                    + StatementArguments(types.sorted()) + StatementArguments([limit])
                return try Row.fetchAll(db, sql: sql, arguments: arguments).map(EventRow.decode)
            }
            let sql = "SELECT \(EventRow.columns) FROM events WHERE position > ? ORDER BY position LIMIT ?"
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [position, limit]).map(EventRow.decode)
        }
    }

    /// The head recorded in the file.
    public func head() async throws -> ChainHead {
        try await reading { db in try Self.recordedHead(db) }
    }

    /// The event with this id, if stored.
    public func event(id: UUID) async throws -> RecordedEvent? {
        try await reading { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM events WHERE event_id = ?"),
                             arguments: [id.uuidString.lowercased()]).map(EventRow.decode)
        }
    }

    static func recordedHead(_ db: Database) throws -> ChainHead {
        guard let row = try Row.fetchOne(db, sql: "SELECT position, hash FROM chain_head WHERE id = 1"),
              let hash = ChainHash(bytes: row["hash"])
        else {
            throw EventStoreError(code: .corrupt, message: "the store's recorded head is missing or damaged")
        }
        return ChainHead(position: row["position"], hash: hash)
    }
}
