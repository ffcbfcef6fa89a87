import Foundation
import PostgresNIO
public import SotongCore

extension PostgresEventStore {
    /// Appends in one transaction that first locks the `chain_head` row, so that positions and hashes
    /// are assigned by one writer at a time, in commit order, across every process and machine.
    public func append(_ batches: [StreamBatch]) async throws -> [AppendResult] {
        guard !options.readOnly else {
            throw EventStoreError(code: .readOnly, message: "\(location) is open read-only; nothing was appended")
        }
        guard !batches.isEmpty else {
            throw EventStoreError(code: .invalidBatch, message: "the batch is empty")
        }
        for batch in batches { try AppendRules.validate(batch.events, stream: batch.stream) }
        return try await transaction("appending") { [self] connection in
            // The lock every writer queues on: held until COMMIT, so no one else reads this head meanwhile.
            var head = try await lockedHead(connection)
            var lastRecordedAt = try await recordedAt(of: head.position, connection)
            var results: [AppendResult] = []
            for batch in batches {
                let result = try await appendOne(batch, connection, head: head, lastRecordedAt: lastRecordedAt)
                if !result.wasAlreadyStored, let last = result.events.last {
                    head = ChainHead(position: last.position, hash: last.hash)
                    lastRecordedAt = last.recordedAt
                }
                results.append(result)
            }
            if results.contains(where: { !$0.wasAlreadyStored }) { try await record(head, connection) }
            return results
        }
    }

    private func appendOne(
        _ batch: StreamBatch, _ connection: PostgresConnection, head: ChainHead, lastRecordedAt: Date?
    ) async throws -> AppendResult {
        let ids = batch.events.map { $0.id.uuidString.lowercased() }
        let found = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT \(PostgresEventRow.columns) FROM \(table("events")) WHERE event_id = ANY($1)",
                          binds: bindings(ids)), logger: logger
        ).collect().map(PostgresEventRow.decode)
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let stored = try AppendRules.resolveDuplicates(batch.events, stream: batch.stream,
                                                          existing: batch.events.map { byID[$0.id] }) {
            return AppendResult(events: stored, wasAlreadyStored: true)
        }
        let actual = try await connection.query(
            "SELECT coalesce(max(stream_version), 0) FROM \(unescaped: table("events")) WHERE stream_id = \(batch.stream.rawValue)",
            logger: logger
        ).collect().first?.decode(Int64.self) ?? 0
        guard batch.expected.isSatisfied(byActual: actual) else {
            throw ConcurrencyError(stream: batch.stream, expected: batch.expected, actual: actual)
        }
        let recordedAt = AppendRules.recordedAt(clock: clock, last: lastRecordedAt)
        let recorded = AppendRules.record(batch.events, stream: batch.stream, after: actual, head: head,
                                          recordedAt: recordedAt)
        for insert in try PostgresEventRow.inserts(recorded, into: table("events")) {
            try await connection.query(insert, logger: logger)
        }
        return AppendResult(events: recorded, wasAlreadyStored: false)
    }

    /// Reads the recorded head, locking its row until the transaction ends.
    func lockedHead(_ connection: PostgresConnection) async throws -> ChainHead {
        try await head(connection, sql: "SELECT position, hash FROM \(table("chain_head")) WHERE id = 1 FOR UPDATE")
    }

    func head(_ connection: PostgresConnection, sql: String) async throws -> ChainHead {
        let row = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect().first
        guard let row, let (position, bytes) = try? row.decode((Int64, Data).self), let hash = ChainHash(bytes: bytes) else {
            throw EventStoreError(code: .corrupt, message: "the store's recorded head is missing or damaged")
        }
        return ChainHead(position: position, hash: hash)
    }

    /// Moves the recorded head, in the transaction that appended up to it.
    func record(_ head: ChainHead, _ connection: PostgresConnection) async throws {
        try await connection.query(
            "UPDATE \(unescaped: table("chain_head")) SET position = \(head.position), hash = \(head.hash.bytes) WHERE id = 1",
            logger: logger)
    }

    /// The recorded-at time of the event at `position` (none for position 0).
    func recordedAt(of position: Int64, _ connection: PostgresConnection) async throws -> Date? {
        try await connection.query(
            "SELECT recorded_at FROM \(unescaped: table("events")) WHERE position = \(position)", logger: logger
        ).collect().first.map { Timestamp.date(milliseconds: try $0.decode(Int64.self)) }
    }

    /// One text-array parameter.
    func bindings(_ values: [String]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(values)
        return bindings
    }
}
