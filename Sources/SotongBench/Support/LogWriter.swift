import SotongCore
import SotongSQLite

/// Writes the national log into a store in chunks (a few thousand events per append), so that
/// memory stays bounded however many events are asked for.
struct LogWriter {
    let seed: UInt64
    let perYear: Int
    var chunk = 5_000

    /// What a write measured: the total time, the time spent in `append` alone, and the append
    /// rate over consecutive windows of the log (for how append cost grows with log size).
    struct Outcome {
        var total = Stopwatch()
        var appending = Stopwatch()
        var windows: [(start: Int, events: Int, seconds: Double)] = []
    }

    /// The generator positioned after the first `existing` events.
    func log(after existing: Int) -> NationalLog {
        var log = NationalLog(seed: seed, perYear: perYear)
        log.skip(existing)
        return log
    }

    /// Appends events `existing + 1 … existing + count` of the national log.
    func write(_ count: Int, after existing: Int = 0, to store: SQLiteEventStore, window: Int = 1_000_000)
        async throws -> Outcome
    {
        var log = self.log(after: existing)
        let materialiser = Materialiser(seed: seed)
        var outcome = Outcome()
        var windowClock = Stopwatch()
        var written = 0
        var windowEvents = 0
        outcome.total.start()
        while written < count {
            var batches: [StreamBatch] = []
            let size = min(chunk, count - written)
            for _ in 0..<size {
                guard let planned = log.next() else { throw BenchError("the generator ended") }
                let (stream, data) = try materialiser.event(planned)
                if batches.last?.stream == stream {
                    batches[batches.count - 1].events.append(data)
                } else {
                    batches.append(StreamBatch(stream: stream, events: [data], expected: .any))
                }
            }
            windowClock.start()
            try await outcome.appending.measure { _ = try await store.append(batches) }
            windowClock.stop()
            let before = existing + written
            written += size
            windowEvents += size
            if (existing + written) / window != before / window || written == count {
                outcome.windows.append((start: before / window * window, events: windowEvents, seconds: windowClock.seconds))
                windowClock = Stopwatch()
                windowEvents = 0
            }
        }
        outcome.total.stop()
        return outcome
    }
}
