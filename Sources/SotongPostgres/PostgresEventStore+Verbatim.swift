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
        guard !options.readOnly else {
            throw EventStoreError(code: .readOnly, message: "\(location) is open read-only; nothing was copied")
        }
        guard let last = events.last else { return }
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
            try await record(ChainHead(position: last.position, hash: last.hash), connection)
        }
    }
}
