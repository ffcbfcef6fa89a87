import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

extension Reliability.BadInputCorpus {
    /// Hostile commands (not import lines) through the `sotong` binary against the seeded office:
    /// each is refused with one line on stderr and exit code 2, and "refused means untouched" — not a
    /// byte of the store, its write-ahead log or the key file changes, and no file is created.
    @Test func refusedCommandsGiveOneLineExitCode2AndLeaveEveryFileUntouched() async throws {
        let sotong = try #require(TestProducts.executable("sotong"), "sotong was not built")
        let folder = try TemporaryDirectory(prefix: "sotong-refused")
        let path = folder.path("office.sqlite")
        let seed = folder.path("seed.jsonl")
        try Corpus.file("seed.jsonl").write(to: URL(fileURLWithPath: seed))
        // The seeded office with its key file (two subjects' keys), made by the CLI as a user would.
        let seeded = try ProcessRunner.run(sotong, ["import", "--db", path, seed])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        try FileManager.default.removeItem(atPath: seed)
        // Another log, closed (no -wal or -shm left): the source of a refused copy is only read.
        let other = folder.path("other.sqlite")
        _ = try await { try await SQLiteEventStore(path: other).append(SampleEvents.batch(3), to: "notes", expecting: .noStream) }()

        let calendar = "is outside the years Sotong's calendar covers (1900 to 2999); nothing was written"
        var cases: [(arguments: [String], stderr: String)] = [1899, 1, 999, 0, 3000, 9999, 10000].map { year in
            (["report", "--db", path, "--year", "\(year)", "--out", folder.path("report.html")],
             "sotong: --year \(year) \(calendar)\n")
        }
        cases += [
            (["erase", "--db", path, "--subject", "nobody-at-all", "--basis", "보유기간 경과", "--actor", "privacy:officer"],
             "sotong: 알 수 없는 정보주체 — subject nobody-at-all is unknown: it has no key in the key file and no event "
                + "names it; nothing was erased (field: subject)\n"),
            (["copy", "--from", other, "--to", path],
             "sotong: the target already holds 28 events; copy only into an empty store\n"),
        ]
        let before = try FolderFiles(folder.url)
        var wrong: [String] = []
        for (arguments, stderr) in cases {
            let output = try ProcessRunner.run(sotong, arguments)
            if output.status != 2 || !output.stdout.isEmpty || output.stderr != stderr {
                wrong.append("\(arguments.prefix(4)): status \(output.status), stdout \(output.stdout.prefix(200)), "
                    + "stderr \(output.stderr.prefix(300))")
            }
            let changes = try FolderFiles(folder.url).changes(since: before)
            if !changes.isEmpty { wrong.append("\(arguments.prefix(4)): \(changes)") }
        }
        #expect(wrong == [])
        // Still the seeded office, and the known subjects can still be erased.
        let verified = try ProcessRunner.run(sotong, ["verify", "--db", path])
        #expect(verified.status == 0 && verified.stdout.hasPrefix("OK 28 "), "\(verified.stdout)\(verified.stderr)")
        Settings.report("refused commands through the CLI: \(cases.count) cases, exit code 2 and one line each; no file changed or created")
    }
}
