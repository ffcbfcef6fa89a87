import Foundation
import SotongCore
import SotongSQLite

/// append-batch, append-single, growth and their bare-SQLite ceilings. Events are encoded before
/// the clock starts: only `append` (or the bare inserts) is timed.
struct AppendScenarios {
    let workspace: BenchWorkspace
    var command: BenchCommand { workspace.command }

    /// `count` events over `--streams` streams, `--batch` events per append, into a fresh store.
    func appendBatch(_ count: Int) async throws {
        let store = try SQLiteEventStore(path: try workspace.freshPath("append-batch"), options: workspace.options)
        var workload = AppendWorkload(streams: command.streams, seed: command.seed, randomIDs: command.randomIds)
        var clock = Stopwatch()
        var done = 0
        while done < count {
            let size = min(command.batch, count - done)
            let batches = try workload.next(size)
            try await clock.measure { _ = try await store.append(batches) }
            done += size
        }
        BenchResult(mode: "append-batch", events: count, seconds: clock.seconds).print()
    }

    /// `count` events, one append (one transaction) each.
    func appendSingle(_ count: Int) async throws {
        let store = try SQLiteEventStore(path: try workspace.freshPath("append-single"), options: workspace.options)
        var workload = AppendWorkload(streams: command.streams, seed: command.seed, randomIDs: command.randomIds)
        var clock = Stopwatch()
        for _ in 0..<count {
            let batches = try workload.next(1)
            try await clock.measure { _ = try await store.append(batches) }
        }
        BenchResult(mode: "append-single", events: count, seconds: clock.seconds).print()
    }

    /// The same rows as append-batch, inserted by bare prepared statements in transactions of `--batch`.
    func rawBatch(_ count: Int) async throws {
        try await raw(count, perTransaction: command.batch, mode: "raw-sqlite-batch", file: "raw-batch")
    }

    /// The same rows as append-single, one bare insert per transaction.
    func rawSingle(_ count: Int) async throws {
        try await raw(count, perTransaction: 1, mode: "raw-sqlite-single", file: "raw-single")
    }

    private func raw(_ count: Int, perTransaction: Int, mode: String, file: String) async throws {
        let path = try workspace.freshPath(file)
        // The store creates the file and its schema, then lets go of it.
        do { _ = try SQLiteEventStore(path: path, options: workspace.options) }
        let sqlite = try RawSQLite(path: path, synchronous: command.durability.synchronous.rawValue)
        var workload = AppendWorkload(streams: command.streams, seed: command.seed, randomIDs: command.randomIds)
        var versions: [StreamID: Int64] = [:]
        var head = ChainHead.empty
        var clock = Stopwatch()
        var done = 0
        while done < count {
            let size = min(perTransaction, count - done)
            // Rows with their positions, versions and chain hashes, built before the clock starts.
            var rows: [RawSQLite.Row] = []
            let recordedAt = Timestamp.truncate(Date())
            for batch in try workload.next(size) {
                let recorded = AppendRules.record(batch.events, stream: batch.stream, after: versions[batch.stream] ?? 0,
                                                  head: head, recordedAt: recordedAt)
                versions[batch.stream] = recorded.last!.streamVersion
                head = ChainHead(position: recorded.last!.position, hash: recorded.last!.hash)
                rows += recorded.map(RawSQLite.Row.init)
            }
            try await clock.measure { try sqlite.insert(rows) }
            done += size
        }
        BenchResult(mode: mode, events: count, seconds: clock.seconds).print()
    }

    /// append-batch and its ceiling in one run, interleaved call by call: each append of the store is
    /// followed by the bare insert of the very rows it recorded (same positions, versions, hashes,
    /// recorded-at), so that both see the same machine load on these shared cores.
    func batchPair(_ count: Int) async throws {
        try await pair(count, perCall: command.batch, modes: ("append-batch", "raw-sqlite-batch"))
    }

    /// append-single and its ceiling in one run, interleaved event by event.
    func singlePair(_ count: Int) async throws {
        try await pair(count, perCall: 1, modes: ("append-single", "raw-sqlite-single"))
    }

    private func pair(_ count: Int, perCall: Int, modes: (String, String)) async throws {
        let store = try SQLiteEventStore(path: try workspace.freshPath(modes.0), options: workspace.options)
        let rawPath = try workspace.freshPath(modes.1)
        do { _ = try SQLiteEventStore(path: rawPath, options: workspace.options) }
        let sqlite = try RawSQLite(path: rawPath, synchronous: command.durability.synchronous.rawValue)
        var workload = AppendWorkload(streams: command.streams, seed: command.seed, randomIDs: command.randomIds)
        var library = Stopwatch(), bare = Stopwatch()
        var done = 0
        while done < count {
            let size = min(perCall, count - done)
            let batches = try workload.next(size)
            let results = try await library.measure { try await store.append(batches) }
            let rows = results.flatMap(\.events).map(RawSQLite.Row.init)
            try await bare.measure { try sqlite.insert(rows) }
            done += size
        }
        BenchResult(mode: modes.0, events: count, seconds: library.seconds).print()
        BenchResult(mode: modes.1, events: count, seconds: bare.seconds).print()
    }

    /// Append speed as the log grows: `count` events of the append-batch shape into one fresh store,
    /// reporting every window of 100,000 (the first, and the 1,000,000th–1,100,000th, are the issue's).
    func growth(_ count: Int) async throws {
        let store = try SQLiteEventStore(path: try workspace.freshPath("growth"), options: workspace.options)
        var workload = AppendWorkload(streams: command.streams, seed: command.seed, randomIDs: command.randomIds)
        let window = min(100_000, count)
        var totalSeconds = 0.0, clock = Stopwatch()
        var done = 0, windowStart = 0
        while done < count {
            let size = min(command.batch, count - done, windowStart + window - done)
            let batches = try workload.next(size)
            try await clock.measure { _ = try await store.append(batches) }
            done += size
            if done - windowStart == window || done == count {
                BenchResult(mode: "growth-from-\(windowStart)", events: done - windowStart, seconds: clock.seconds).print()
                totalSeconds += clock.seconds
                clock = Stopwatch()
                windowStart = done
            }
        }
        BenchResult(mode: "growth", events: count, seconds: totalSeconds).print()
    }
}
