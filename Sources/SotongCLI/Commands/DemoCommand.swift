import ArgumentParser
import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import SotongSQLite

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the seed fixtures into a fresh store and print the office's tables.",
        discussion: """
            Creates a new SQLite store (--db, default ./sotong-demo.sqlite, replaced if it exists) and its key \
            file (<db>.keys, which seals the petitioners' invented personal data), imports \
            Fixtures/incheon-2018/plan-2017.jsonl and year-2018.jsonl through the office's rules, prints the \
            2018 work plan's tables rebuilt from the log (as the plan shows them, as of December 2017), then \
            2018 as the log tells it, and verifies the hash chain.

            Example:
              swift run sotong demo
            """)

    @Option(help: "Where to create the demo store.") var db: String = "sotong-demo.sqlite"
    @Option(help: "The fixture folder.") var fixtures: String = "Fixtures/incheon-2018"

    /// The tables printed, in order: (projection, parameters, as-of date).
    static let views: [(String, ProjectionParameters, String)] = [
        ("roster", .init(), "2017-12-31"),
        ("budget", .init(year: 2018), "2017-12-31"),
        ("network", .init(), "2017-12-31"),
        ("advisory", .init(), "2017-12-31"),
        ("experts", .init(), "2017-12-31"),
        ("petitions", .init(), "2017-11-30"),
        ("indicators", .init(), "2017-12-31"),
        ("indicators", .init(), "2018-12-31"),
        ("scores", .init(year: 2018, half: 2), "2018-12-31"),
        ("overdue", .init(), "2018-12-31"),
        ("equity", .init(year: 2018), "2018-12-31"),
    ]

    func run() async throws {
        try await Failure.guarding {
            let files = ["plan-2017.jsonl", "year-2018.jsonl"].map { (fixtures as NSString).appendingPathComponent($0) }
            for file in files where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("cannot find \(file): run from the repository root, or pass --fixtures")
            }
            for file in [db, db + ".keys"] {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
            }
            let store = try SQLiteEventStore(path: db)
            let keys = SQLiteSubjectKeys(file: try SQLiteKeyFile(path: db + ".keys"))
            for file in files {
                let report = try await Importer(store: store, keys: keys).run(lines: try Data(contentsOf: URL(fileURLWithPath: file)))
                if let problem = report.problems.first { throw ValidationError("\(file): \(problem)") }
                print("imported \(report.appended) events from \(file)")
            }
            print("")
            let runner = ProjectionRunner(store: store)
            for (name, parameters, date) in Self.views {
                let projection = try ProjectionCatalog.make(name, parameters)
                let result = try await runner.result(of: projection, cutoff: .date(try LocalDate(date)))
                print(TableRenderer.text(result))
            }
            let report = try await store.verify()
            guard report.isIntact else {
                print("verify: BROKEN \(report.failure!)")
                throw ExitCode(1)
            }
            print("verify: OK \(report.head.position) events, head \(report.head.hash.hex)")
            print("store: \(db) — try `sotong show petitions --db \(db) --as-of 2018-06-30`")
        }
    }
}
