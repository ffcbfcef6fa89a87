import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// A full disk, a read-only file system, a store locked by another process: each is one clear
    /// error — an EventStoreError code from the library, one line and exit code 3 from the CLI —
    /// and the store holds what it held before, nothing half-written.
    @Suite("Environment faults") struct EnvironmentFaults {
        /// Runs the writer (the library) and `sotong import` (the CLI) against a copy of the store in a
        /// small tmpfs that the 600 kB import cannot fit in.
        @Test(.enabled(if: Sandbox.canMount, "needs a private mount namespace (root, or user namespaces) for a tmpfs"))
        func aFullDiskIsAClearErrorAndNothingIsHalfWritten() async throws {
            let scene = try await FaultScene()
            let output = try #require(try Sandbox.run(#"""
                mount -t tmpfs -o size=256k tmpfs "$MNT" || exit 90
                cp "$SEED" "$MNT/store.sqlite" || exit 91
                "$WRITER" --db "$MNT/store.sqlite" --task own --count 3000 --batch 1000 --payload-bytes 300 --retry \
                    > "$OUT/writer.out" 2> "$OUT/writer.err"; echo $? > "$OUT/writer.status"
                "$SOTONG" import --db "$MNT/store.sqlite" "$BIG" > "$OUT/cli.out" 2> "$OUT/cli.err"; echo $? > "$OUT/cli.status"
                df -k "$MNT" | tail -1 > "$OUT/df"
                cp "$MNT"/store.sqlite* "$OUT/"
                """#, try variables(scene, mount: "full")))
            #expect(output.status == 0, "\(output.stderr)")
            let store = "\(scene.folder.path("full"))/store.sqlite"
            #expect(scene.read("writer.status") == "3\n")
            #expect(scene.read("writer.out") == "ready\nerror storage\n")
            #expect(scene.read("writer.err") == "SotongTestWriter: storage: the disk holding \(store) is full; nothing was written\n")
            #expect(scene.read("cli.status") == "3\n")
            #expect(scene.read("cli.out") == "")
            #expect(scene.read("cli.err") == "sotong: the disk holding \(store) is full; nothing was written\n")
            #expect(scene.read("df").contains(" 100% "), "the tmpfs was not full: \(scene.read("df"))")
            #expect(try await scene.holdsTheSeededOfficeOnly(scene.folder.path("store.sqlite")) == [])
        }

        /// Not one byte free when the command starts: SQLite cannot even grow its -shm file, and reports
        /// the system's ENOSPC as an I/O error; Sotong still says the disk is full.
        @Test(.enabled(if: Sandbox.canMount, "needs a private mount namespace (root, or user namespaces) for a tmpfs"))
        func aDiskWithNoByteFreeIsAClearErrorAndNothingIsWritten() async throws {
            let scene = try await FaultScene()
            let output = try #require(try Sandbox.run(#"""
                mount -t tmpfs -o size=256k tmpfs "$MNT" || exit 90
                cp "$SEED" "$MNT/store.sqlite" || exit 91
                cat /dev/zero > "$MNT/filler" 2> /dev/null
                df -k "$MNT" | tail -1 > "$OUT/df"
                head -3 "$BIG" > "$OUT/small.jsonl"
                "$SOTONG" import --db "$MNT/store.sqlite" "$OUT/small.jsonl" > "$OUT/cli.out" 2> "$OUT/cli.err"
                echo $? > "$OUT/cli.status"
                "$WRITER" --db "$MNT/store.sqlite" --task own --count 3 --retry > "$OUT/writer.out" 2> "$OUT/writer.err"
                echo $? > "$OUT/writer.status"
                cp "$MNT/store.sqlite" "$OUT/store.sqlite"
                """#, try variables(scene, mount: "nothing-free")))
            #expect(output.status == 0, "\(output.stderr)")
            let store = "\(scene.folder.path("nothing-free"))/store.sqlite"
            #expect(scene.read("df").contains(" 100% "), "the tmpfs was not full: \(scene.read("df"))")
            #expect(scene.read("cli.status") == "3\n")
            #expect(scene.read("cli.out") == "")
            #expect(scene.read("cli.err") == "sotong: the disk holding \(store) is full; nothing was written\n")
            #expect(scene.read("writer.status") == "3\n")
            #expect(scene.read("writer.err") == "SotongTestWriter: storage: the disk holding \(store) is full; nothing was written\n")
            #expect(try await scene.holdsTheSeededOfficeOnly(scene.folder.path("store.sqlite")) == [])
        }

        /// Where no tmpfs can be mounted, a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) refuses
        /// writes the same way; SQLite reports it as an I/O error.
        @Test func aFileSizeLimitIsAClearErrorAndNothingIsHalfWritten() async throws {
            let scene = try await FaultScene()
            let path = try scene.copy("limited.sqlite")
            let limit = try Data(contentsOf: URL(fileURLWithPath: path)).count + 16_384
            let library = try ProcessRunner.run(scene.writer, [
                "--db", path, "--limit-file-size", "\(limit)", "--task", "own", "--count", "3000", "--batch", "1000",
                "--payload-bytes", "300", "--retry",
            ])
            #expect(library.status == 3)
            #expect(library.stdout == "ready\nerror storage\n")
            #expect(library.stderr == "SotongTestWriter: storage: input/output error on \(path); nothing was written\n")
            let cli = try ProcessRunner.run(scene.writer, ["--limit-file-size", "\(limit)", "--exec", scene.sotong.path,
                                                           "import", "--db", path, scene.big])
            #expect(cli.status == 3)
            #expect(cli.stdout == "")
            #expect(cli.stderr == "sotong: input/output error on \(path); nothing was written\n")
            #expect(try await scene.holdsTheSeededOfficeOnly(path) == [])
        }

        /// The store on a file system remounted read-only: the writer, `sotong import` and even
        /// `sotong verify` refuse it with a clear line (SQLite must create its -wal and -shm files).
        @Test(.enabled(if: Sandbox.canMount, "needs a private mount namespace (root, or user namespaces) for a tmpfs"))
        func aReadOnlyFileSystemIsAClearErrorAndTheFileIsUntouched() async throws {
            let scene = try await FaultScene()
            let output = try #require(try Sandbox.run(#"""
                mount -t tmpfs -o size=1m tmpfs "$MNT" || exit 90
                cp "$SEED" "$MNT/store.sqlite" || exit 91
                mount -o remount,ro "$MNT" || exit 92
                "$WRITER" --db "$MNT/store.sqlite" --task own --count 3 --retry > "$OUT/writer.out" 2> "$OUT/writer.err"
                echo $? > "$OUT/writer.status"
                head -3 "$BIG" > "$OUT/small.jsonl"
                "$SOTONG" import --db "$MNT/store.sqlite" "$OUT/small.jsonl" > "$OUT/cli.out" 2> "$OUT/cli.err"
                echo $? > "$OUT/cli.status"
                "$SOTONG" verify --db "$MNT/store.sqlite" > "$OUT/verify.out" 2> "$OUT/verify.err"; echo $? > "$OUT/verify.status"
                ls "$MNT" > "$OUT/files"
                cp "$MNT/store.sqlite" "$OUT/store.sqlite"
                """#, try variables(scene, mount: "readonly")))
            #expect(output.status == 0, "\(output.stderr)")
            let store = "\(scene.folder.path("readonly"))/store.sqlite"
            let message = "\(store) cannot be opened: its folder is read-only (a read-only file system, or no permission) "
                + "and SQLite needs its -wal and -shm files there; nothing was written"
            #expect(scene.read("writer.status") == "3\n")
            #expect(scene.read("writer.err") == "SotongTestWriter: storage: \(message)\n")
            #expect(scene.read("cli.status") == "3\n")
            #expect(scene.read("cli.err") == "sotong: \(message)\n")
            #expect(scene.read("verify.status") == "3\n")
            #expect(scene.read("verify.err") == "sotong: \(message)\n")
            #expect(scene.read("files") == "store.sqlite\n")
            #expect(try Data(contentsOf: URL(fileURLWithPath: scene.folder.path("store.sqlite")))
                    == Data(contentsOf: URL(fileURLWithPath: scene.seed)))
        }

        /// Another process holds the write lock (BEGIN EXCLUSIVE): appends wait for the busy timeout,
        /// then fail with `locked`; the CLI says so in one line (after its 10-second timeout).
        @Test func aStoreLockedByAnotherProcessIsAClearErrorAndNothingIsHalfWritten() async throws {
            let scene = try await FaultScene()
            let path = try scene.copy("locked.sqlite")
            let opened = try SQLiteEventStore(path: path, options: .init(busyTimeout: .milliseconds(300)))
            let holder = try LiveProcess(scene.writer, ["--db", path, "--hold-lock", "120"])
            #expect(await holder.ready("locked"))
            await #expect(throws: EventStoreError(code: .locked, message: "\(path) is locked by another process; try again later")) {
                try await opened.append(SampleEvents.noted(1), to: "a", expecting: .any)
            }
            #expect(throws: EventStoreError(code: .locked, message: "\(path) is locked by another process; try again later")) {
                _ = try SQLiteEventStore(path: path, options: .init(busyTimeout: .milliseconds(300)))
            }
            let small = scene.folder.path("small.jsonl")
            try Data(try String(contentsOfFile: scene.big, encoding: .utf8).split(separator: "\n").prefix(3)
                .joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: small))
            let cli = try ProcessRunner.run(scene.sotong, ["import", "--db", path, small])
            #expect(cli.status == 3)
            #expect(cli.stderr == "sotong: \(path) is locked by another process; try again later\n")
            holder.kill(SIGKILL)
            _ = await holder.finished()
            #expect(try await scene.holdsTheSeededOfficeOnly(path) == [])
            // The lock gone, the same append goes through.
            #expect(try await opened.append(SampleEvents.noted(1), to: "a", expecting: .any).lastPosition == 29)
        }

        private func variables(_ scene: FaultScene, mount: String) throws -> [String: String] {
            let mountPoint = scene.folder.path(mount)
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            return ["MNT": mountPoint, "OUT": scene.folder.url.path, "SEED": scene.seed, "BIG": scene.big,
                    "WRITER": scene.writer.path, "SOTONG": scene.sotong.path]
        }
    }
}
