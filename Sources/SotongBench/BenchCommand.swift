import ArgumentParser
import Foundation
import SotongSQLite

/// `swift run -c release sotong-bench <scenario> [options]`: Sotong's benchmarks (not timed tests).
/// Each result is one line on standard output, `mode=<name> events=<n> seconds=<s> rate=<events/s>`,
/// with ` peak_rss_mb=<m>` where memory is measured. Docs/Performance.md explains every scenario.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sotong-bench",
        abstract: "Measure Sotong's append, rebuild, verify and catch-up speed against bare SQLite.",
        discussion: """
            Scenarios: \(Scenario.allCases.map(\.rawValue).joined(separator: ", ")).
            Build with -c release: debug figures mean nothing.
            """)

    /// What to measure.
    enum Scenario: String, CaseIterable, ExpressibleByArgument {
        case appendBatch = "append-batch"
        case appendSingle = "append-single"
        case rawSQLite = "raw-sqlite"
        case rebuild
        case verify
        case catchUp = "catch-up"
        case asOf = "as-of"
        case growth
        case scale
        /// The national log exported and imported through the office's rules (`sotong import`).
        case `import`
        /// Each code-level optimisation, the replaced code against the current, in one run.
        case micro
        /// Every scenario but scale and growth, in one process, so that ratios come from one run;
        /// the append workloads and their bare-SQLite ceilings run interleaved.
        case all
    }

    @Argument(help: "The scenario: \(Scenario.allCases.map(\.rawValue).joined(separator: ", ")).")
    var scenario: Scenario

    @Option(help: "Events: appended (append-batch 100000, append-single 5000, growth 1100000) or in the log (rebuild, verify, catch-up, as-of, import, micro 1000000; scale 10000000).")
    var events: Int?

    @Option(help: "Streams the append workloads spread their events over.")
    var streams = 10_000

    @Option(help: "Events per append call in append-batch, growth and raw-sqlite.")
    var batch = 1_000

    @Option(help: "The store file. Log scenarios reuse a store already there (and extend it when it is shorter); append scenarios need a new path. Default: a temporary directory.")
    var db: String?

    @Flag(help: "Keep the store files (default: delete the files the bench created).")
    var keep = false

    @Option(help: "synchronous mode of every store and of bare SQLite: full (the default, durable) or normal.")
    var durability: Durability = .full

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @Option(help: "The national log's rate, in events a year.")
    var perYear = 10_000_000

    @Flag(help: "For comparison: the append workloads use random event ids (version 4) instead of the library's default time-ordered ones (UUID version 7 layout).")
    var randomIds = false

    @Option(help: "New events applied by catch-up.")
    var newEvents = 1_000

    @Option(help: "Rebuild and catch up only these projections (names, comma-separated; default: every projection of the catalog that needs no parameter).")
    var projections: String?

    enum Durability: String, ExpressibleByArgument {
        case full, normal
        var synchronous: SQLiteStoreOptions.Synchronous { self == .full ? .full : .normal }
    }

    func validate() throws {
        if let events, events < 1 { throw ValidationError("--events must be 1 or more") }
        if streams < 1 || batch < 1 || newEvents < 1 { throw ValidationError("--streams, --batch and --new-events must be 1 or more") }
        if perYear < 1_000 { throw ValidationError("--per-year must be 1000 or more") }
    }

    func run() async throws {
        let workspace = try BenchWorkspace(command: self)
        defer { workspace.cleanUp() }
        let appends = AppendScenarios(workspace: workspace)
        let logs = LogScenarios(workspace: workspace)
        note("sotong-bench \(scenario.rawValue): durability \(durability.rawValue), seed \(seed), files in \(workspace.directory.path)")
        switch scenario {
        case .appendBatch: try await appends.appendBatch(events ?? 100_000)
        case .appendSingle: try await appends.appendSingle(events ?? 5_000)
        case .rawSQLite:
            // The shapes of append-batch and append-single (--events sets both, single at most 5,000),
            // and the bare scan of the national log of 1,000,000 events (or --events).
            try await appends.rawBatch(events ?? 100_000)
            try await appends.rawSingle(min(events ?? 5_000, 5_000))
            try await logs.rawScan(events ?? 1_000_000)
        case .rebuild: try await logs.rebuild(events ?? 1_000_000)
        case .verify: try await logs.verify(events ?? 1_000_000)
        case .catchUp: try await logs.catchUp(events ?? 1_000_000)
        case .asOf: try await logs.asOf(events ?? 1_000_000)
        case .growth: try await appends.growth(events ?? 1_100_000)
        case .scale: try await logs.scale(events ?? 10_000_000)
        case .import: try await ImportScenario(workspace: workspace).run(events ?? 1_000_000)
        case .micro: try await MicroScenarios(workspace: workspace).run(events ?? 1_000_000)
        case .all:
            // --events sets the log's size; the append workloads keep theirs unless it is smaller.
            let size = events ?? 1_000_000
            try await appends.batchPair(min(100_000, size))
            try await appends.singlePair(min(5_000, size))
            try await logs.rawScan(size)
            try await logs.verify(size)
            try await logs.rebuild(size)
            try await logs.catchUp(size)
            try await logs.asOf(size)
        }
    }
}
