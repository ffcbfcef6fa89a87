import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// Four processes with four tasks each append 10,000 events; half the tasks contend on two
    /// shared streams with exact expected versions, the other half write streams of their own.
    /// A subscriber in this process follows the log while they write.
    @Suite("Concurrent writers") struct ConcurrentWriters {
        static let processes = 4
        static let eventsPerTask = 625  // 4 processes × 4 tasks × 625 = 10,000
        static let tasks = ["shared:2", "shared:2", "own", "own"]

        @Test func tenThousandEventsFromFourProcessesNoDuplicateNoLossNoGap() async throws {
            let writer = try #require(TestProducts.executable("SotongTestWriter"), "SotongTestWriter was not built")
            let folder = try TemporaryDirectory(prefix: "sotong-concurrent")
            let path = folder.path("concurrent.sqlite")
            let total = Self.processes * Self.tasks.count * Self.eventsPerTask
            let store = try SQLiteEventStore(path: path)
            let subscriber = Task { try await Self.follow(store, until: total) }

            let started = ContinuousClock.now
            let writers = try (0..<Self.processes).map { index in
                try LiveProcess(writer, ["--db", path, "--count", "\(Self.eventsPerTask)", "--batch-range", "1-5",
                                         "--retry", "--writer", "p\(index)", "--seed", "\(Settings.seed &+ UInt64(index))"]
                                + Self.tasks.flatMap { ["--task", $0] })
            }
            var finished: [LiveProcess.Finished] = []
            for process in writers { finished.append(await process.finished()) }
            let elapsed = ContinuousClock.now - started
            for (index, output) in finished.enumerated() {
                #expect(output.status == 0 && !output.killedBySignal, "writer \(index): \(output.stderr)")
                #expect(output.stderr.isEmpty, "writer \(index): every conflict must be a ConcurrencyError, retried")
            }
            let reports = finished.map { WriterReport($0.lines) }

            // Every conflict was a ConcurrencyError on a shared stream, and the totals agree.
            let conflicts = reports.flatMap(\.conflicts)
            #expect(reports.map(\.malformed) == Array(repeating: [], count: Self.processes))
            #expect(reports.map { $0.conflictTotal } == reports.map { $0.conflicts.count })
            #expect(conflicts.allSatisfy { $0.stream.hasPrefix("shared-") && $0.expected != "\($0.actual)" })
            #expect(!conflicts.isEmpty, "eight tasks on two streams met no conflict: the test did not contend")

            // Nothing lost, nothing doubled, no gap.
            let audit = try await LogAudit.open(path)
            #expect(audit.events.count == total)
            #expect(audit.chainProblems == [])
            #expect(audit.positionProblems == [])
            #expect(audit.versionProblems == [])
            #expect(try audit.partialBatches() == [])
            let acks = reports.flatMap(\.acks)
            #expect(audit.missingAcknowledged(acks) == [])
            #expect(acks.reduce(0) { $0 + $1.ids.count } == total)
            #expect(Set(audit.events.map(\.id)).count == total)
            let byStream = Dictionary(grouping: audit.events, by: \.stream.rawValue).mapValues(\.count)
            #expect(byStream.filter { $0.key.hasPrefix("own-") }.values.sorted()
                    == Array(repeating: Self.eventsPerTask, count: Self.processes * 2))
            #expect(byStream.filter { $0.key.hasPrefix("shared-") }.values.reduce(0, +) == total / 2)

            // The subscriber saw every event exactly once, in order, as stored.
            let seen = try await Self.awaitSubscriber(subscriber)
            #expect(seen.map(\.position) == audit.events.map(\.position))
            #expect(seen.map(\.id) == audit.events.map(\.id))
            Settings.report("concurrency: \(Self.processes) processes × \(Self.tasks.count) tasks appended \(total) events "
                + "in \(acks.count) batches in \(elapsed); \(conflicts.count) conflicts, all ConcurrencyError and retried; "
                + "subscriber saw \(seen.count) events once each, in order")
        }

        /// Collects what a subscription delivers until `count` events have arrived.
        static func follow(_ store: SQLiteEventStore, until count: Int) async throws -> [RecordedEvent] {
            var seen: [RecordedEvent] = []
            for try await message in store.subscribe(pollInterval: .milliseconds(5)) {
                if case .event(let event) = message { seen.append(event) }
                if seen.count >= count { break }
            }
            return seen
        }

        /// Waits for the subscriber for up to a minute after the writers are done, then stops it.
        static func awaitSubscriber(_ task: Task<[RecordedEvent], any Error>) async throws -> [RecordedEvent] {
            let watchdog = Task {
                try await Task.sleep(for: .seconds(60))
                task.cancel()
            }
            defer { watchdog.cancel() }
            return try await task.value
        }
    }
}
