import Foundation
import GRDB
@_spi(Testing) import SotongCore
@_spi(Testing) import SotongPostgres
import SotongSQLite
import SotongTesting
import Testing

/// The stores the contract suite runs against. A new store adds a case here, and every contract
/// test runs against it unchanged.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory
    case sqlite
    case postgres

    /// The stores this run can reach: PostgreSQL only when `SOTONG_TEST_POSTGRES_URL` names a server
    /// (`PostgresAvailabilityTests` says so when it does not).
    static var allCases: [StoreKind] {
        PostgresScratch.serverURL == nil ? [.memory, .sqlite] : [.memory, .sqlite, .postgres]
    }

    var testDescription: String { rawValue }

    /// Whether other processes can open the same store.
    var isShared: Bool { self != .memory }

    func make(clock: StoreClock = .system) throws -> StoreHarness {
        let folder = try TemporaryDirectory()
        switch self {
        case .memory:
            return StoreHarness(kind: self, store: InMemoryEventStore(clock: clock), folder: folder, path: nil)
        case .sqlite:
            let path = folder.path("contract.sqlite")
            return StoreHarness(kind: self, store: try SQLiteEventStore(path: path, clock: clock), folder: folder, path: path)
        case .postgres:
            // A schema of its own on the test server, dropped when the harness goes away.
            let scratch = try PostgresScratch.forContractTest(clock: clock)
            return StoreHarness(kind: self, store: scratch.store, folder: folder, path: scratch.url, scratch: scratch)
        }
    }
}

/// Ways an insider could alter a stored log behind the store's back.
enum Mutation: Sendable, CustomTestStringConvertible {
    case editPayload(Int64)
    case editMetadata(Int64)
    case editHash(Int64)
    case deleteRow(Int64)
    case swapRows(Int64, Int64)
    case truncateTail(Int)

    var testDescription: String {
        switch self {
        case .editPayload(let position): "edited payload at \(position)"
        case .editMetadata(let position): "edited actor at \(position)"
        case .editHash(let position): "edited hash at \(position)"
        case .deleteRow(let position): "deleted row \(position)"
        case .swapRows(let a, let b): "swapped rows \(a) and \(b)"
        case .truncateTail(let count): "truncated \(count) rows"
        }
    }
}

/// One store under test, with the means to tamper with it directly.
struct StoreHarness: Sendable {
    let kind: StoreKind
    let store: any EventStore
    let folder: TemporaryDirectory
    /// A SQLite file's path, or a PostgreSQL URL naming the test's schema: what other processes open.
    let path: String?
    var scratch: PostgresScratch? = nil

    func tamper(_ mutation: Mutation) async throws {
        switch kind {
        case .memory:
            let memory = store as! InMemoryEventStore
            await memory.tamper { events in
                switch mutation {
                case .editPayload(let p): events[Int(p) - 1].payload = Data(#"{"number":999,"text":""}"#.utf8)
                case .editMetadata(let p): events[Int(p) - 1].metadata.actor = "intruder"
                case .editHash(let p):
                    var bytes = events[Int(p) - 1].hash.bytes
                    bytes[bytes.startIndex] ^= 0x01
                    events[Int(p) - 1].hash = ChainHash(bytes: bytes)!
                case .deleteRow(let p): events.remove(at: Int(p) - 1)
                case .swapRows(let a, let b):
                    let first = events[Int(a) - 1]
                    events[Int(a) - 1] = events[Int(b) - 1]
                    events[Int(a) - 1].position = a
                    events[Int(b) - 1] = first
                    events[Int(b) - 1].position = b
                case .truncateTail(let count): events.removeLast(count)
                }
            }
        case .postgres:
            try await tamperPostgres(mutation)
        case .sqlite:
            // An insider with the file: drop the append-only triggers, then edit rows with SQL.
            let queue = try DatabaseQueue(path: path!)
            try await queue.write { db in
                try db.execute(sql: "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete")
                switch mutation {
                case .editPayload(let p):
                    try db.execute(sql: "UPDATE events SET payload = ? WHERE position = ?",
                                   arguments: [Data(#"{"number":999,"text":""}"#.utf8), p])
                case .editMetadata(let p):
                    try db.execute(sql: "UPDATE events SET actor = 'intruder' WHERE position = ?", arguments: [p])
                case .editHash(let p):
                    // Flip one bit of the stored hash.
                    let hash = try Data.fetchOne(db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [p])!
                    var bytes = hash
                    bytes[bytes.startIndex] ^= 0x01
                    try db.execute(sql: "UPDATE events SET hash = ? WHERE position = ?", arguments: [bytes, p])
                case .deleteRow(let p):
                    try db.execute(sql: "DELETE FROM events WHERE position = ?", arguments: [p])
                case .swapRows(let a, let b):
                    try db.execute(sql: "UPDATE events SET position = -1 WHERE position = ?", arguments: [a])
                    try db.execute(sql: "UPDATE events SET position = ? WHERE position = ?", arguments: [a, b])
                    try db.execute(sql: "UPDATE events SET position = ? WHERE position = -1", arguments: [b])
                case .truncateTail(let count):
                    try db.execute(sql: "DELETE FROM events WHERE position > (SELECT max(position) FROM events) - ?",
                                   arguments: [count])
                }
            }
        }
    }

    /// Fills the store with `count` events spread over `streams` streams, in batches.
    @discardableResult
    func fill(_ count: Int, streams: Int = 3, batch: Int = 4) async throws -> [RecordedEvent] {
        var recorded: [RecordedEvent] = []
        var number = 1
        while number <= count {
            let size = min(batch, count - number + 1)
            let stream = StreamID("stream-\(number % streams)")
            recorded += try await store.append(SampleEvents.batch(size, from: number), to: stream, expecting: .any).events
            number += size
        }
        return recorded
    }
}
