import Foundation
import GRDB
import SotongCore
import SotongSQLite
import SotongTesting

/// A 100,000-event SQLite log for the tampering suite, built once with big batches, and its
/// older copy at 90,000 events. Each mutation works on a fresh copy of the file.
struct BigLog {
    static let count: Int64 = 100_000
    static let olderCount: Int64 = 90_000

    let folder: TemporaryDirectory
    let path: String
    let olderPath: String
    /// The head as the full log records it (what an auditor would have written down).
    let head: ChainHead
    /// The hash of every event, by position (index 0 is position 1).
    let hashes: [ChainHash]

    /// The actor of the event at `position`: unique in the file, so a bit in it can be found.
    static func actor(_ position: Int64) -> String { "clerk-" + String(format: "%06d", position) }

    /// The payload of the event at `position`: unique in the file.
    static func payload(_ position: Int64) -> Data { Data(#"{"number":\#(position),"text":"tamper"}"#.utf8) }

    static func build() async throws -> BigLog {
        let folder = try TemporaryDirectory(prefix: "sotong-tamper")
        let path = folder.path("big.sqlite")
        let olderPath = folder.path("older.sqlite")
        let store = try SQLiteEventStore(path: path, options: .init(synchronous: .normal))
        var hashes: [ChainHash] = []
        var position: Int64 = 0
        while position < count {
            // 10,000 events per transaction, in 100 batches over 7 streams.
            var batches: [StreamBatch] = []
            for batch in 0..<100 {
                let events = (1...100).map { offset -> EventData in
                    let number = position + Int64(batch * 100 + offset)
                    return EventData(type: "sample.noted", payload: payload(number),
                                     occurredAt: SampleEvents.baseTime.addingTimeInterval(Double(number)),
                                     metadata: EventMetadata(actor: actor(number)))
                }
                batches.append(StreamBatch(stream: StreamID("stream-\(batch % 7)"), events: events, expected: .any))
            }
            hashes += try await store.append(batches).flatMap { $0.events.map(\.hash) }
            position += 10_000
            if position == olderCount {
                try await store.checkpointWAL()
                try FileManager.default.copyItem(atPath: path, toPath: olderPath)
            }
        }
        try await store.checkpointWAL()
        return BigLog(folder: folder, path: path, olderPath: olderPath, head: try await store.head(), hashes: hashes)
    }

    /// A fresh copy of the full log.
    func copy(_ name: String) throws -> String {
        let target = folder.path(name)
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: path, toPath: target)
        return target
    }
}
