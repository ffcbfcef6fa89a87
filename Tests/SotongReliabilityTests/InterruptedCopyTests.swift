import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// `sotong copy` killed (SIGKILL) between batches: the target says it is unfinished — `verify`
    /// prints INCOMPLETE and exits 1 — and the same copy run again resumes after the target's last
    /// event and ends with the source's head.
    @Suite("Interrupted copy") struct InterruptedCopy {
        static let events = 3_000

        /// A SQLite log of `count` events, written in batches of 100.
        static func source(_ path: String, count: Int = events, from first: Int = 1) async throws -> ChainHead {
            let store = try SQLiteEventStore(path: path)
            for start in stride(from: first, to: first + count, by: 100) {
                try await store.append(SampleEvents.batch(100, from: start), to: StreamID("notes-\(start % 3)"), expecting: .any)
            }
            return try await store.head()
        }

        /// The target's head, read as another process would; `nil` before it can be opened.
        static func head(of path: String) async -> Int64? {
            guard let store = try? SQLiteEventStore(path: path, options: SQLiteStoreOptions(readOnly: true)) else { return nil }
            return try? await store.head().position
        }

        @Test func aCopyKilledMidwayIsReportedIncompleteAndTheSameCopyResumesIt() async throws {
            let sotong = try #require(TestProducts.executable("sotong"), "sotong was not built")
            let folder = try TemporaryDirectory(prefix: "sotong-interrupted-copy")
            let source = folder.path("source.sqlite")
            let target = folder.path("target.sqlite")
            let sourceHead = try await Self.source(source)

            // One event per transaction (each synced), killed once a few dozen are stored.
            let copying = try LiveProcess(sotong, ["copy", "--from", source, "--to", target, "--batch", "1"])
            var stored: Int64 = 0
            let deadline = Date(timeIntervalSinceNow: 60)
            while stored < 40, Date() < deadline {
                try await Task.sleep(for: .milliseconds(5))
                stored = await Self.head(of: target) ?? 0
            }
            copying.kill(SIGKILL)
            let killed = await copying.finished()
            try #require(killed.killedBySignal, "the copy ended before it was killed: \(killed.stdout)\(killed.stderr)")
            let left = try #require(await Self.head(of: target))
            #expect(left > 0 && left < sourceHead.position)

            // The chain it holds is sound, but it is not the whole log, and verify says so.
            let verified = try ProcessRunner.run(sotong, ["verify", "--db", target])
            #expect(verified.status == 1)
            #expect(verified.stdout == "INCOMPLETE \(left) of \(sourceHead.position): an unfinished copy (sotong copy "
                + "stopped before its last batch); run the same sotong copy again to finish it\n")
            #expect(verified.stderr == "")

            // The same copy again resumes after the target's last event.
            let resumed = try ProcessRunner.run(sotong, ["copy", "--from", source, "--to", target])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stdout == "resumed an unfinished copy after position \(left)\n"
                + "copied \(sourceHead.position) events; head \(sourceHead.position) \(sourceHead.hash.hex)\n")
            let finished = try ProcessRunner.run(sotong, ["verify", "--db", target])
            #expect(finished.status == 0)
            #expect(finished.stdout == "OK \(sourceHead.position) \(sourceHead.hash.hex)\n")
            let copy = try SQLiteEventStore(path: target, options: SQLiteStoreOptions(readOnly: true))
            #expect(try await copy.readAll().collect() == SQLiteEventStore(path: source).readAll().collect())
            #expect(try await copy.unfinishedCopy() == nil)
            // A finished copy is an ordinary store again: another copy into it is refused.
            let again = try ProcessRunner.run(sotong, ["copy", "--from", source, "--to", target])
            #expect(again.status == 2)
            #expect(again.stderr == "sotong: the target already holds \(sourceHead.position) events; copy only into an empty store\n")
            Settings.report("interrupted copy: killed after \(left) of \(sourceHead.position) events; verify said INCOMPLETE; resumed to the source's head")
        }

        /// An unfinished copy of one log is not resumed from another: refused, the target untouched.
        @Test func anUnfinishedCopyOfAnotherLogIsRefusedAndLeftAlone() async throws {
            let sotong = try #require(TestProducts.executable("sotong"), "sotong was not built")
            let folder = try TemporaryDirectory(prefix: "sotong-interrupted-copy")
            let source = folder.path("source.sqlite")
            _ = try await Self.source(source, count: 300)
            let stranger = folder.path("stranger.sqlite")
            let strangerHead = try await Self.source(stranger, count: 300, from: 5_000)
            let targetFolder = try TemporaryDirectory(prefix: "sotong-interrupted-target")
            let target = targetFolder.path("target.sqlite")
            try await {
                let store = try SQLiteEventStore(path: target)
                let part = try await SQLiteEventStore(path: stranger).readPage(after: 0, limit: 100, types: nil)
                try await store.appendVerbatim(part, copying: strangerHead)
                try await store.checkpointWAL()
            }()
            let before = try FolderFiles(targetFolder.url)
            let refused = try ProcessRunner.run(sotong, ["copy", "--from", source, "--to", target])
            #expect(refused.status == 2)
            #expect(refused.stdout == "")
            #expect(refused.stderr == "sotong: the target holds an unfinished copy of another log (its 100 events are not "
                + "the start of \(source)); remove it (a SQLite file) or drop its schema (PostgreSQL), then copy again\n")
            #expect(try FolderFiles(targetFolder.url).changes(since: before) == [])
        }
    }
}
