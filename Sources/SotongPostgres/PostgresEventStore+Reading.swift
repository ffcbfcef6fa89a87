public import Foundation
import PostgresNIO
public import SotongCore

extension PostgresEventStore {
    /// Reads one stream from `version` (inclusive) in `direction`, at most `limit` events.
    public func readStream(_ stream: StreamID, from version: Int64, direction: ReadDirection, limit: Int) async throws
        -> [RecordedEvent]
    {
        guard limit > 0 else { return [] }
        let (comparison, order) = direction == .forwards ? (">=", "ASC") : ("<=", "DESC")
        let sql = """
            SELECT \(PostgresEventRow.columns) FROM \(table("events"))
            WHERE stream_id = $1 AND stream_version \(comparison) $2 ORDER BY stream_version \(order) LIMIT $3
            """
        var binds = PostgresBindings(capacity: 3)
        binds.append(stream.rawValue)
        binds.append(version)
        binds.append(Int64(limit))
        return try await events(PostgresQuery(unsafeSQL: sql, binds: binds), "reading a stream")
    }

    /// Up to `limit` events after `position`, in position order, optionally only of `types`.
    public func readPage(after position: Int64, limit: Int, types: Set<String>?) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        var binds = PostgresBindings(capacity: 3)
        binds.append(position)
        binds.append(Int64(limit))
        var filter = ""
        if let types {
            guard !types.isEmpty else { return [] }
            binds.append(types.sorted())
            filter = "AND event_type = ANY($3)"
        }
        let sql = """
            SELECT \(PostgresEventRow.columns) FROM \(table("events"))
            WHERE position > $1 \(filter) ORDER BY position LIMIT $2
            """
        return try await events(PostgresQuery(unsafeSQL: sql, binds: binds), "reading the log")
    }

    /// The recorded head: the last position and its hash, from the `chain_head` row.
    public func head() async throws -> ChainHead {
        try await session("reading the head") { [self] connection in
            try await head(connection, sql: "SELECT position, hash FROM \(table("chain_head")) WHERE id = 1")
        }
    }

    /// The stored event with this id, if any.
    public func event(id: UUID) async throws -> RecordedEvent? {
        var binds = PostgresBindings(capacity: 1)
        binds.append(id.uuidString.lowercased())
        let sql = "SELECT \(PostgresEventRow.columns) FROM \(table("events")) WHERE event_id = $1"
        return try await events(PostgresQuery(unsafeSQL: sql, binds: binds), "reading an event").first
    }

    /// The events a query selects, decoded.
    private func events(_ query: PostgresQuery, _ operation: String) async throws -> [RecordedEvent] {
        try await session(operation) { [self] connection in
            try await connection.query(query, logger: logger).collect().map(PostgresEventRow.decode)
        }
    }
}
