import Foundation
import SotongTesting
import Testing

/// `import` and `record` through the one write pipeline (issue 14): a refused write changes no byte
/// of any file and creates none; concurrent writers of one file or one shared stream all succeed,
/// with true summaries and their own positions. Each test failed on main before the pipeline.
@Suite("sotong import and record: one write pipeline") struct WritePipelineCLITests {
    static let plan = DemoAndReportTests.fixtures + "/plan-2017.jsonl"

    /// The first `count` lines of the 2017 fixture (petitions with plaintext personal data from line 153).
    static func planLines(_ range: Range<Int>) throws -> [String] {
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        return Array(text.split(separator: "\n").map(String.init)[range])
    }

    /// Every file of the folder with its bytes, but the empty write-ahead log and the shared-memory
    /// index that SQLite leaves beside a store a read-only connection opened (they hold no data).
    static func snapshot(_ folder: TemporaryDirectory) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path(""))
        let transient = { (name: String) in
            name.hasSuffix("-shm") || (name.hasSuffix("-wal")
                && ((try? FileManager.default.attributesOfItem(atPath: folder.path(name))[.size] as? Int) ?? 1) == 0)
        }
        return try Dictionary(uniqueKeysWithValues: names.filter { !$0.hasSuffix(".jsonl") && !transient($0) }.map {
            ($0, try Data(contentsOf: URL(fileURLWithPath: folder.path($0))))
        })
    }

    /// A file whose lines are all good but one makes no change: the store, its key file and its
    /// write-ahead log keep every byte, and no file appears (on main the key file grew by a key
    /// per petitioner of the good lines).
    @Test func aRefusedImportChangesNoByteOfAnyFile() throws {
        let cli = try CLI()
        let first = try cli.write("first.jsonl", try Self.planLines(0..<160).joined(separator: "\n"))
        #expect(try cli.run(["import", first]).status == 0)
        let before = try Self.snapshot(cli.folder)
        #expect(before.keys.contains("cli.sqlite.keys"))
        var next = try Self.planLines(160..<200)
        next.append(#"{"id":"00000000-0000-4000-8000-000000000001","type":"academy.closed"}"#)
        let bad = try cli.write("bad.jsonl", next.joined(separator: "\n"))
        let output = try cli.run(["import", bad])
        #expect(output.status == 2)
        #expect(output.stderr.hasSuffix("sotong: 1 bad line(s); nothing was appended\n"))
        #expect(try Self.snapshot(cli.folder) == before)
    }

    /// A dry run, or a refused import, into a missing path creates nothing (on main: an empty
    /// store, and a 40 KB one for a refused import).
    @Test func aDryRunOrARefusedImportCreatesNoStore() throws {
        let cli = try CLI()
        let file = try cli.write("some.jsonl", try Self.planLines(0..<160).joined(separator: "\n"))
        let dry = try cli.run(["import", "--dry-run", file])
        #expect(dry.status == 0)
        #expect(dry.stdout == "would append 160, already stored 0, blank 0\n")
        #expect(try Self.snapshot(cli.folder) == [:])
    }

    /// Importing a file a second time appends nothing and changes no byte (on main it wrote).
    @Test func aNoOpImportChangesNoByte() throws {
        let cli = try CLI()
        let file = try cli.write("some.jsonl", try Self.planLines(0..<160).joined(separator: "\n"))
        #expect(try cli.run(["import", file]).stdout == "appended 160, already stored 0, blank 0\n")
        let before = try Self.snapshot(cli.folder)
        #expect(try cli.run(["import", file]).stdout == "appended 0, already stored 160, blank 0\n")
        #expect(try Self.snapshot(cli.folder) == before)
        #expect(try cli.run(["verify"]).stdout.hasPrefix("OK 160 "))
    }

    /// Runs the same `sotong` command in `count` processes at once.
    static func concurrently(_ cli: CLI, _ count: Int, _ arguments: @escaping @Sendable (Int) -> [String]) throws
        -> [ProcessOutput]
    {
        let executable = try CLI.executable
        var environment = ProcessInfo.processInfo.environment
        environment["SOTONG_DB"] = cli.db
        let lock = NSLock()
        nonisolated(unsafe) var outputs: [Int: ProcessOutput] = [:]
        nonisolated(unsafe) var failures: [any Error] = []
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let environment = environment
            Thread {
                defer { group.leave() }
                do {
                    let output = try ProcessRunner.run(executable, arguments(index), environment: environment)
                    lock.withLock { outputs[index] = output }
                } catch {
                    lock.withLock { failures.append(error) }
                }
            }.start()
        }
        group.wait()
        if let failure = failures.first { throw failure }
        return (0..<count).map { outputs[$0]! }
    }

    /// Eight processes import one file with petitioners at once: every one succeeds, none reports
    /// "already stored with different content", each summary counts every line, and the lines are
    /// stored once (on main: false duplicates, and summaries such as `appended 0, already stored 30`).
    @Test func eightImportersOfOneFileAllSucceedWithTrueSummaries() throws {
        let cli = try CLI()
        let lines = try Self.planLines(140..<340)
        let seed = try cli.write("seed.jsonl", try Self.planLines(0..<140).joined(separator: "\n"))
        #expect(try cli.run(["import", seed]).status == 0)
        let file = try cli.write("shared.jsonl", lines.joined(separator: "\n"))
        let outputs = try Self.concurrently(cli, 8) { _ in ["import", file] }
        var appended = 0
        for output in outputs {
            #expect(output.status == 0, "\(output.stderr)")
            let numbers = output.stdout.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            #expect(numbers.count == 3, "\(output.stdout)")
            if numbers.count == 3 {
                #expect(numbers[0] + numbers[1] == lines.count, "\(output.stdout)")
                appended += numbers[0]
            }
        }
        #expect(appended == lines.count)
        #expect(try cli.run(["verify"]).stdout.hasPrefix("OK 340 "))
    }

    /// Eight processes record meetings on the shared `network` stream at once, twice over: each
    /// succeeds (a race on the stream's version is retried), and each prints the position its own
    /// event got (on main: exit 3 "concurrency conflict", and positions of other events).
    @Test func parallelRecordsOnASharedStreamAllGoInAndNameTheirOwnPositions() throws {
        let cli = try CLI()
        var told: [Int: String] = [:]
        for round in 0..<2 {
            let outputs = try Self.concurrently(cli, 8) { index in
                ["record", "network.meeting-held", "--actor", "clerk:p\(index)r\(round)",
                 "--occurred-at", "2018-03-\(10 + round)T10:00:00+09:00",
                 "--json", #"{"attendees":\#(10 + index),"agendas":[]}"#]
            }
            for (index, output) in outputs.enumerated() {
                #expect(output.status == 0, "\(output.stderr)")
                let prefix = "recorded network.meeting-held at position "
                if output.stdout.hasPrefix(prefix),
                   let position = Int(output.stdout.dropFirst(prefix.count).trimmingCharacters(in: .newlines)) {
                    #expect(told[position] == nil, "two clerks were told position \(position)")
                    told[position] = "clerk:p\(index)r\(round)"
                } else {
                    Issue.record("unexpected output: \(output.stdout)")
                }
            }
        }
        #expect(told.keys.sorted() == Array(1...16))
        // Each position holds the meeting of the clerk who was told it.
        let log = try cli.run(["log"])
        #expect(log.status == 0, "\(log.stderr)")
        for line in log.stdout.split(separator: "\n") {
            let columns = line.split(separator: "\t").map(String.init)
            #expect(columns.count == 5)
            if columns.count == 5, let position = Int(columns[0]) {
                #expect(told[position] == columns[4], "position \(position) holds \(columns[4])")
            }
        }
    }
}
