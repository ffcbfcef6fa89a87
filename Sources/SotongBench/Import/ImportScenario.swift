import Foundation
import SotongCore
import SotongDomain
import SotongSQLite

/// `sotong-bench import`: the first N events of the national log, exported as JSON Lines and
/// imported through the office's full rule pipeline (``Importer``, as `sotong import` runs it)
/// into a fresh store, read line by line from the file. Prints the import's line, the checking
/// rate of its first and last 100,000 lines (or tenth), and an `append-batch` line of the same run.
struct ImportScenario {
    let workspace: BenchWorkspace
    var command: BenchCommand { workspace.command }

    func run(_ count: Int) async throws {
        let log = try await workspace.nationalLog(events: count)
        let file = workspace.directory.appendingPathComponent("national-\(count).jsonl").path
        _ = FileManager.default.createFile(atPath: file, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try await Exporter(store: log).write(through: Int64(count)) { output.write($0) }
        try output.close()
        defer { try? FileManager.default.removeItem(atPath: file) }

        let target = try SQLiteEventStore(path: try workspace.freshPath("import"), options: workspace.options)
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { throw BenchError("cannot read \(file)") }
        defer { close(descriptor) }
        var reader = LineReader(fileDescriptor: descriptor)
        let window = min(100_000, max(count / 10, 1_000))
        let marks = Marks()
        PeakMemory.reset()
        var clock = Stopwatch()
        let report = try await clock.measure {
            try await Importer(store: target, keys: InMemorySubjectKeyStore())
                .run(reading: &reader, progress: { lines in marks.record(lines) })
        }
        guard report.problems.isEmpty, report.appended == count else {
            throw BenchError("the import refused \(report.problems.count) line(s): \(report.problems.prefix(3))")
        }
        BenchResult(mode: "import", events: count, seconds: clock.seconds, peakRSSMegabytes: PeakMemory.megabytes()).print()
        if let first = marks.seconds(from: 0, to: window), let last = marks.seconds(from: count - window, to: count) {
            BenchResult(mode: "import-check-first-\(window)", events: window, seconds: first).print()
            BenchResult(mode: "import-check-last-\(window)", events: window, seconds: last).print()
        }
        try await AppendScenarios(workspace: workspace).appendBatch(min(count, 100_000))
    }

    /// When each thousandth line was checked.
    final class Marks: @unchecked Sendable {
        // @unchecked: `times` is read and written only under `lock`.
        private let lock = NSLock()
        private var times: [Int: ContinuousClock.Instant] = [0: .now]

        func record(_ lines: Int) { lock.withLock { times[lines] = .now } }

        func seconds(from start: Int, to end: Int) -> Double? {
            lock.withLock {
                guard let begin = times[start], let finish = times[end] else { return nil }
                let elapsed = finish - begin
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
        }
    }
}
