import Foundation
import SotongCore

/// What SotongTestWriter printed: the batches it was told were stored, and its conflicts.
struct WriterReport {
    struct Ack: Equatable {
        let first: Int64
        let last: Int64
        let stream: String
        let version: Int64
        let task: Int
        let batch: Int
        let ids: [UUID]
    }

    struct Conflict: Equatable {
        let stream: String
        let expected: String
        let actual: Int64
    }

    var acks: [Ack] = []
    var conflicts: [Conflict] = []
    /// The `conflicts C` total, when the writer got to the end.
    var conflictTotal: Int?
    var ready = false
    var malformed: [String] = []

    init(_ lines: [Substring]) {
        for line in lines {
            let parts = line.split(separator: " ").map(String.init)
            switch parts.first {
            case "ready": ready = true
            case "ack" where parts.count == 8:
                if let first = Int64(parts[1]), let last = Int64(parts[2]), let version = Int64(parts[4]),
                   let task = Int(parts[5]), let batch = Int(parts[6]) {
                    let ids = parts[7].split(separator: ",").compactMap { UUID(uuidString: String($0)) }
                    acks.append(Ack(first: first, last: last, stream: parts[3], version: version, task: task,
                                    batch: batch, ids: ids))
                } else { malformed.append(String(line)) }
            case "conflict" where parts.count >= 4:
                conflicts.append(Conflict(stream: parts[1], expected: parts[2...(parts.count - 3)].joined(separator: " "),
                                          actual: Int64(parts[parts.count - 2]) ?? -1))
            case "conflicts" where parts.count == 2: conflictTotal = Int(parts[1])
            default: malformed.append(String(line))
            }
        }
    }
}

/// The payload SotongTestWriter gives each event: which batch it belongs to.
struct BatchMark: Decodable, Hashable {
    let writer: String
    let task: Int
    let batch: Int
    let index: Int
    let size: Int

    var key: String { "\(writer)/\(task)/\(batch)" }
}
