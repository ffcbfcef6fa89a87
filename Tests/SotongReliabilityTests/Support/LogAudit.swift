import Foundation
import SotongCore
import SotongSQLite

/// Everything a reliability test asserts about a store after the fact, each check returning the
/// problems it found (empty when the property holds), so a failure names what is wrong.
struct LogAudit {
    let events: [RecordedEvent]
    let integrity: [String]
    let verification: ChainVerification
    let head: ChainHead

    /// Opens the store at `path` as a restarted program would, and reads all of it.
    static func open(_ path: String) async throws -> LogAudit {
        let store = try SQLiteEventStore(path: path)
        return LogAudit(events: try await store.readAll().collect(), integrity: try await store.integrityCheck(),
                        verification: try await store.verify(), head: try await store.head())
    }

    /// Positions run 1, 2, 3, … up to the head, with no gap and no repeat.
    var positionProblems: [String] {
        let positions = events.map(\.position)
        guard positions != Array(stride(from: Int64(1), through: Int64(events.count), by: 1)) else { return [] }
        let firstBad = zip(positions, 1...).first { $0 != Int64($1) }
        return ["positions are not gap-free: first bad \(String(describing: firstBad)) of \(events.count)"]
    }

    /// Each stream's versions run 1, 2, 3, … in position order: no duplicate (stream, version).
    var versionProblems: [String] {
        var versions: [StreamID: Int64] = [:]
        var problems: [String] = []
        for event in events {
            let expected = (versions[event.stream] ?? 0) + 1
            if event.streamVersion != expected {
                problems.append("\(event.stream) has version \(event.streamVersion) at position \(event.position), expected \(expected)")
            }
            versions[event.stream] = event.streamVersion
        }
        return problems
    }

    /// Every batch is whole: all of its events present, in order, at consecutive positions, on one stream.
    func partialBatches() throws -> [String] {
        var batches: [String: [(BatchMark, RecordedEvent)]] = [:]
        let decoder = JSONDecoder()
        for event in events {
            let mark = try decoder.decode(BatchMark.self, from: event.payload)
            batches[mark.key, default: []].append((mark, event))
        }
        var problems: [String] = []
        for (key, members) in batches.sorted(by: { $0.key < $1.key }) {
            let size = members[0].0.size
            let whole = members.count == size && members.map(\.0.index) == Array(0..<size)
                && members.allSatisfy { $0.0.size == size && $0.1.stream == members[0].1.stream }
                && members.map(\.1.position) == Array(members[0].1.position..<(members[0].1.position + Int64(size)))
            if !whole { problems.append("batch \(key): \(members.count) of \(size) events, positions \(members.map(\.1.position))") }
        }
        return problems
    }

    /// Every acknowledged batch is stored exactly where the writer was told: same ids, positions,
    /// stream and version.
    func missingAcknowledged(_ acks: [WriterReport.Ack]) -> [String] {
        acks.compactMap { ack in
            let range = Int(ack.first - 1)..<Int(ack.last)
            guard ack.first >= 1, ack.last <= Int64(events.count), ack.last >= ack.first else {
                return "acknowledged positions \(ack.first)-\(ack.last) are not in a log of \(events.count)"
            }
            let stored = events[range]
            guard stored.map(\.id) == ack.ids, stored.allSatisfy({ $0.stream.rawValue == ack.stream }),
                  stored.last?.streamVersion == ack.version
            else { return "acknowledged batch \(ack.task)/\(ack.batch) at \(ack.first)-\(ack.last) is not stored as acknowledged" }
            return nil
        }
    }

    /// The chain, the integrity check and the recorded head all agree with what was read.
    var chainProblems: [String] {
        var problems: [String] = []
        if integrity != ["ok"] { problems.append("integrity_check: \(integrity.prefix(3))") }
        if let failure = verification.failure { problems.append("verify: \(failure)") }
        if verification.eventsChecked != Int64(events.count) {
            problems.append("verify checked \(verification.eventsChecked) of \(events.count) events")
        }
        if head.position != Int64(events.count) || head.hash != (events.last?.hash ?? ChainHead.empty.hash) {
            problems.append("recorded head \(head.position) does not match the last event")
        }
        return problems
    }
}
