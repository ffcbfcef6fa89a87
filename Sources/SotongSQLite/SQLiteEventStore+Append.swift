import Foundation
import GRDB
public import SotongCore

extension SQLiteEventStore {
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
            return try await pool.writeWithoutTransaction { db in
                var results: [AppendResult] = []
                // BEGIN IMMEDIATE takes the write lock up front, so the version checks and the
                // head read below cannot be overtaken by another process.
                try db.inTransaction(.immediate) {
                    var head = try Self.recordedHead(db)
                    var lastRecordedAt = try Int64.fetchOne(
                        db.cachedStatement(sql: "SELECT recorded_at FROM events WHERE position = ?"),
                        arguments: [head.position]).map(Timestamp.date(milliseconds:))
                    for batch in batches {
                        let result = try Self.appendOne(batch, db: db, head: head, lastRecordedAt: lastRecordedAt,
                                                        clock: clock)
                        if !result.wasAlreadyStored, let last = result.events.last {
                            head = ChainHead(position: last.position, hash: last.hash)
                            lastRecordedAt = last.recordedAt
                        }
                        results.append(result)
                    }
                    try db.execute(sql: "UPDATE chain_head SET position = ?, hash = ? WHERE id = 1",
                                   arguments: [head.position, head.hash.bytes])
                    return .commit
                }
                return results
            }
        } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }

    private static func appendOne(
        _ batch: StreamBatch, db: Database, head: ChainHead, lastRecordedAt: Date?, clock: StoreClock
    ) throws -> AppendResult {
        let lookup = try db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM events WHERE event_id = ?")
        let existing = try batch.events.map { event in
            try Row.fetchOne(lookup, arguments: [event.id.uuidString.lowercased()]).map(EventRow.decode)
        }
        if let stored = try AppendRules.resolveDuplicates(batch.events, stream: batch.stream, existing: existing) {
            return AppendResult(events: stored, wasAlreadyStored: true)
        }
        let actual = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT max(stream_version) FROM events WHERE stream_id = ?"),
            arguments: [batch.stream.rawValue]) ?? 0
        guard batch.expected.isSatisfied(byActual: actual) else {
            throw ConcurrencyError(stream: batch.stream, expected: batch.expected, actual: actual)
        }
        let recordedAt = AppendRules.recordedAt(clock: clock, last: lastRecordedAt)
        let recorded = AppendRules.record(batch.events, stream: batch.stream, after: actual, head: head,
                                          recordedAt: recordedAt)
        let insert = try db.cachedStatement(sql: EventRow.insertSQL)
        for event in recorded {
            try insert.execute(arguments: EventRow.arguments(event))
        }
        return AppendResult(events: recorded, wasAlreadyStored: false)
    }
}
