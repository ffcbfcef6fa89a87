// A second (third, …) process on one store, for the tests that need real processes:
//
//   SotongTestWriter --db PATH --stream NAME --count N [--batch B] [--retry]
//
// Appends N `sample.noted` events in batches of B to NAME. With --retry it appends with the exact
// expected version and, on a concurrency conflict, reloads and retries (counting conflicts).
// Prints one line per acknowledged batch: `ack FIRST LAST`, then `conflicts C`.
import Foundation
import SotongCore
import SotongSQLite
import SotongTesting

func argument(_ name: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else {
        return nil
    }
    return CommandLine.arguments[index + 1]
}

guard let path = argument("--db"), let stream = argument("--stream"), let count = argument("--count").flatMap(Int.init)
else {
    FileHandle.standardError.write(Data("usage: SotongTestWriter --db PATH --stream NAME --count N [--batch B] [--retry]\n".utf8))
    exit(64)
}
let batchSize = argument("--batch").flatMap(Int.init) ?? 1
let retry = CommandLine.arguments.contains("--retry")

do {
    let store = try openStore(path)
    var conflicts = 0
    var written = 0
    while written < count {
        let size = min(batchSize, count - written)
        let events = SampleEvents.batch(size, from: written + 1)
        var expected = ExpectedVersion.any
        if retry { expected = .exact(try await store.streamVersion(StreamID(stream))) }
        do {
            let result = try await store.append(events, to: StreamID(stream), expecting: expected == .exact(0) ? .noStream : expected)
            FileHandle.standardOutput.write(Data("ack \(result.firstPosition) \(result.lastPosition)\n".utf8))
            written += size
        } catch is ConcurrencyError where retry {
            conflicts += 1
        }
    }
    FileHandle.standardOutput.write(Data("conflicts \(conflicts)\n".utf8))
} catch {
    FileHandle.standardError.write(Data("SotongTestWriter: \(error)\n".utf8))
    exit(1)
}
