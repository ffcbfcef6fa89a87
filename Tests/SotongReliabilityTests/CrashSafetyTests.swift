import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// A writer process appending batches is killed with SIGKILL at random moments; after every kill
    /// the store opens, passes SQLite's integrity check, its chain verifies, every batch the writer
    /// was told was stored is stored as told, and no batch is half there.
    @Suite("Crash safety") struct CrashSafety {
        /// Runs per store file before a fresh one (keeps each verification short).
        static let runsPerStore = 20

        @Test func everyAcknowledgedBatchSurvivesSIGKILLAndNoBatchIsHalfWritten() async throws {
            let writer = try #require(TestProducts.executable("SotongTestWriter"), "SotongTestWriter was not built")
            let runs = Settings.crashRuns
            var random = SeededRandom(seed: Settings.seed)
            var folder = try TemporaryDirectory(prefix: "sotong-crash")
            var acks: [WriterReport.Ack] = []
            var totals = (kills: 0, acknowledged: 0, events: 0, beforeReady: 0, midBatch: 0)
            for run in 0..<runs {
                if run.isMultiple(of: Self.runsPerStore) {
                    folder = try TemporaryDirectory(prefix: "sotong-crash")
                    acks = []
                }
                let path = folder.path("crash.sqlite")
                let before = try await eventCount(path)
                // Two tasks in one process: one on its own stream, one spreading over three streams.
                let process = try LiveProcess(writer, [
                    "--db", path, "--task", "own", "--task", "shared:3", "--count", "0", "--batch-range", "1-20",
                    "--retry", "--writer", "r\(run)", "--seed", "\(random.next() % 1_000_000)",
                ])
                // One kill in ten lands while the writer opens (or creates) the store; the rest while
                // it appends.
                if Int.random(in: 0..<10, using: &random) == 0 {
                    totals.beforeReady += 1
                    try await Task.sleep(for: .milliseconds(Int.random(in: 0...40, using: &random)))
                } else {
                    #expect(await process.ready(), "run \(run): the writer did not start")
                    try await Task.sleep(for: .microseconds(Int.random(in: 0...40_000, using: &random)))
                }
                process.kill(SIGKILL)
                let finished = await process.finished()
                // Counted only when observed: the child's termination status says SIGKILL ended it.
                let diedOfSIGKILL = finished.killedBySignal && finished.status == SIGKILL
                #expect(diedOfSIGKILL, "run \(run): the writer did not die of SIGKILL (signalled: \(finished.killedBySignal), status \(finished.status)): \(finished.stderr)")
                if diedOfSIGKILL { totals.kills += 1 }
                let report = WriterReport(finished.lines)
                #expect(report.malformed.isEmpty, "run \(run): \(report.malformed)")
                acks += report.acks

                let audit = try await LogAudit.open(path)
                let context = "run \(run) (seed \(Settings.seed))"
                #expect(audit.chainProblems == [], "\(context)")
                #expect(audit.positionProblems == [], "\(context)")
                #expect(audit.versionProblems == [], "\(context)")
                #expect(try audit.partialBatches() == [], "\(context)")
                #expect(audit.missingAcknowledged(acks) == [], "\(context)")
                // Batches stored but not acknowledged: the kill fell between the commit and the `ack` line.
                let acknowledgedNow = report.acks.reduce(0) { $0 + $1.ids.count }
                if audit.events.count - before > acknowledgedNow { totals.midBatch += 1 }
                totals.acknowledged += report.acks.count
                totals.events += audit.events.count - before
            }
            Settings.report("crash: \(totals.kills) SIGKILLs survived (\(totals.beforeReady) while opening); "
                + "\(totals.acknowledged) acknowledged batches all present; \(totals.events) events written; "
                + "\(totals.midBatch) kills between a commit and its acknowledgement; 0 partial batches")
            #expect(totals.kills == runs, "\(runs - totals.kills) of \(runs) writers did not die of SIGKILL")
        }

        private func eventCount(_ path: String) async throws -> Int {
            guard FileManager.default.fileExists(atPath: path) else { return 0 }
            return Int(try await SQLiteEventStore(path: path).head().position)
        }
    }
}
