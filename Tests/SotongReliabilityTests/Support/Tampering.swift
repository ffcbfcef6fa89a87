import Foundation
import GRDB
import SotongCore

/// What an insider (or a failing disk) could do to the log file, and where verification must
/// then report the first break.
enum Tampering: CustomStringConvertible, Sendable {
    /// One bit of the file flipped inside the payload of the event at a position.
    case payloadBit(Int64, bit: Int)
    /// One bit flipped inside the actor (metadata) of the event.
    case actorBit(Int64, bit: Int)
    /// One bit flipped inside the stored hash of the event.
    case hashBit(Int64, bit: Int)
    /// Rows deleted, swapped or cut off with SQL (the append-only triggers dropped first).
    case deleteRow(Int64)
    case swapRows(Int64, Int64)
    case truncateTail(Int64)

    var description: String {
        switch self {
        case .payloadBit(let p, let bit): "bit \(bit) of the payload of \(p) flipped"
        case .actorBit(let p, let bit): "bit \(bit) of the actor of \(p) flipped"
        case .hashBit(let p, let bit): "bit \(bit) of the stored hash of \(p) flipped"
        case .deleteRow(let p): "row \(p) deleted"
        case .swapRows(let a, let b): "rows \(a) and \(b) swapped"
        case .truncateTail(let n): "last \(n) rows cut off"
        }
    }

    /// The first bad position and the reason `verify` must give, in a log of `count` events.
    func expectedFailure(count: Int64) -> ChainVerification.Failure {
        switch self {
        case .payloadBit(let p, _), .actorBit(let p, _), .hashBit(let p, _): .init(position: p, reason: .hashMismatch)
        case .deleteRow(let p): .init(position: p, reason: p == count ? .truncated : .missingEvent)
        case .swapRows(let a, let b): .init(position: min(a, b), reason: .previousHashMismatch)
        case .truncateTail(let n): .init(position: count - n + 1, reason: .truncated)
        }
    }

    /// Applies the change to the file at `path` (of `log`).
    func apply(to path: String, log: BigLog) throws {
        switch self {
        case .payloadBit(let p, let bit):
            try flip(in: path, find: BigLog.payload(p), offset: bit / 8 % BigLog.payload(p).count, bit: bit % 8)
        case .actorBit(let p, let bit):
            let actor = Data(BigLog.actor(p).utf8)
            try flip(in: path, find: actor, offset: bit / 8 % actor.count, bit: bit % 8)
        case .hashBit(let p, let bit):
            // The stored hash follows the previous hash in the row: the pair is unique in the file.
            let previous = p == 1 ? ChainHash.genesis.bytes : log.hashes[Int(p) - 2].bytes
            let pair = previous + log.hashes[Int(p) - 1].bytes
            try flip(in: path, find: pair, offset: 32 + bit / 8 % 32, bit: bit % 8)
        case .deleteRow(let p):
            try sql(path, "DELETE FROM events WHERE position = ?", [p])
        case .swapRows(let a, let b):
            try sql(path, "UPDATE events SET position = -1 WHERE position = ?", [a])
            try sql(path, "UPDATE events SET position = ? WHERE position = ?", [a, b])
            try sql(path, "UPDATE events SET position = ? WHERE position = -1", [b])
        case .truncateTail(let n):
            try sql(path, "DELETE FROM events WHERE position > ?", [BigLog.count - n])
        }
    }

    /// Flips one bit of the only occurrence of `bytes` in the file.
    private func flip(in path: String, find bytes: Data, offset: Int, bit: Int) throws {
        let url = URL(fileURLWithPath: path)
        var file = try Data(contentsOf: url)
        guard let found = file.range(of: bytes) else { throw TamperingError("\(self): bytes not found in the file") }
        guard file.range(of: bytes, in: found.upperBound..<file.endIndex) == nil else {
            throw TamperingError("\(self): the bytes occur more than once")
        }
        file[found.lowerBound + offset] ^= UInt8(1 << bit)
        try file.write(to: url)
    }

    private func sql(_ path: String, _ statement: String, _ arguments: StatementArguments) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS events_append_only_update")
            try db.execute(sql: "DROP TRIGGER IF EXISTS events_append_only_delete")
            try db.execute(sql: statement, arguments: arguments)
        }
        try queue.close()
    }
}

struct TamperingError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
