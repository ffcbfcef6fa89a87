import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import SotongSQLite

/// The scenarios over the national log: raw scan, verify, rebuild, catch-up, as-of and scale.
/// The log holds `events` plus `--new-events` more: rebuilds stop at `events` (cutoff by position),
/// and catch-up applies the rest to the rebuilt states.
struct LogScenarios {
    let workspace: BenchWorkspace
    var command: BenchCommand { workspace.command }

    private func log(_ events: Int) async throws -> SQLiteEventStore {
        try await workspace.nationalLog(events: events, extra: command.newEvents)
    }

    /// The bare full scan of the log (the ceiling of reading it).
    func rawScan(_ events: Int) async throws {
        let store = try await log(events)
        let sqlite = try RawSQLite(path: store.path, synchronous: command.durability.synchronous.rawValue)
        var clock = Stopwatch()
        let rows = try await clock.measure { try sqlite.scan() }
        BenchResult(mode: "raw-scan", events: rows, seconds: clock.seconds).print()
    }

    /// Chain verification of the whole log.
    func verify(_ events: Int) async throws {
        let store = try await log(events)
        PeakMemory.reset()
        var clock = Stopwatch()
        let report = try await clock.measure { try await store.verify() }
        guard report.isIntact else { throw BenchError("the chain is broken: \(report.failure!)") }
        BenchResult(mode: "verify", events: Int(report.eventsChecked), seconds: clock.seconds,
                    peakRSSMegabytes: PeakMemory.megabytes()).print()
    }

    /// Every projection of the catalog rebuilt from the first `events` events, each by its own pass
    /// (`rebuild-<name>`, `rebuild`), then all of them in one shared pass of the runner
    /// (`rebuild-shared`: each event read and decoded once, every state held at once).
    func rebuild(_ events: Int) async throws {
        let store = try await log(events)
        try await rebuildAll(store, events: events, catchUp: false)
        // Every state at once: at national scale that is more memory than a machine may have.
        guard events <= 2_000_000 else { return note("rebuild-shared is skipped above 2,000,000 events") }
        try await rebuildShared(store, events: events)
    }

    /// Every projection of the catalog folded by ``ProjectionRunner/results(_:cutoff:)`` in one read
    /// of the log, tables included.
    func rebuildShared(_ store: SQLiteEventStore, events: Int) async throws {
        let runner = try await Self.runner(store)
        let projections = try selectedProjections().map(\.projection)
        PeakMemory.reset()
        var clock = Stopwatch()
        let results = try await clock.measure { try await runner.results(projections, cutoff: .position(Int64(events))) }
        guard results.count == projections.count else { throw BenchError("the shared pass lost a projection") }
        BenchResult(mode: "rebuild-shared", events: events, seconds: clock.seconds,
                    peakRSSMegabytes: PeakMemory.megabytes()).print()
    }

    /// `--new-events` events applied to projections rebuilt over the first `events` events.
    func catchUp(_ events: Int) async throws {
        try await rebuildAll(try await log(events), events: events, catchUp: true)
    }

    /// One projection (petitions: it reads most of the log) as of the office date of the log's middle event.
    func asOf(_ events: Int) async throws {
        let store = try await log(events)
        guard let middle = try await store.readPage(after: Int64(events / 2), limit: 1, types: nil).first,
              let entry = ProjectionCatalog.entries.first(where: { $0.name == "petitions" })
        else { throw BenchError("the log is empty") }
        let date = LocalDate(middle.occurredAt)
        let runner = try await Self.runner(store)
        let projection = try entry.make(ProjectionParameters())
        note("as-of: \(entry.name) as of \(date)")
        PeakMemory.reset()
        var clock = Stopwatch()
        _ = try await clock.measure { try await runner.result(of: projection, cutoff: .date(date)) }
        let total = Int(try await store.head().position)
        BenchResult(mode: "as-of", events: total, seconds: clock.seconds, peakRSSMegabytes: PeakMemory.megabytes()).print()
    }

    /// The national scale: generate `events` (10,000,000), then scan, verify, rebuild and catch up.
    func scale(_ events: Int) async throws {
        let store = try await log(events)
        try await rawScan(events)
        try await verify(events)
        try await rebuildAll(store, events: events, catchUp: true)
    }

    /// A runner whose "today" is the log's last day, so that views show the log's own year.
    static func runner(_ store: SQLiteEventStore) async throws -> ProjectionRunner {
        let last = try await store.lastOccurredAt()
        return ProjectionRunner(store: store, clock: .fixed(last))
    }

    /// The projections of the catalog that need no parameter (history needs a stream: skipped).
    static func projections() -> [(name: String, projection: any Projection)] {
        ProjectionCatalog.entries.compactMap { entry in
            do { return (entry.name, try entry.make(ProjectionParameters())) } catch {
                note("skipping \(entry.name): \(error)")
                return nil
            }
        }
    }

    /// The catalog's projections, or those `--projections` names (an unknown name is an error).
    func selectedProjections() throws -> [(name: String, projection: any Projection)] {
        let all = Self.projections()
        guard let list = command.projections else { return all }
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if let unknown = names.first(where: { name in !all.contains { $0.name == name } }) {
            throw BenchError("--projections: no projection named \(unknown) (known: \(all.map(\.name).joined(separator: ", ")))")
        }
        return all.filter { names.contains($0.name) }
    }

    private func rebuildAll(_ store: SQLiteEventStore, events: Int, catchUp: Bool) async throws {
        let runner = try await Self.runner(store)
        var rebuildSeconds = 0.0, catchUpSeconds = 0.0, peak = 0.0
        let newEvents = Int(try await store.head().position) - events
        for (name, projection) in try selectedProjections() {
            PeakMemory.reset()
            let times = try await Self.measure(projection, runner: runner, at: Int64(events), catchUp: catchUp)
            let memory = PeakMemory.megabytes()
            peak = max(peak, memory ?? 0)
            rebuildSeconds += times.rebuild
            BenchResult(mode: "rebuild-\(name)", events: events, seconds: times.rebuild, peakRSSMegabytes: memory).print()
            if let seconds = times.catchUp {
                catchUpSeconds += seconds
                BenchResult(mode: "catch-up-\(name)", events: newEvents, seconds: seconds).print()
            }
        }
        BenchResult(mode: "rebuild", events: events, seconds: rebuildSeconds, peakRSSMegabytes: peak).print()
        if catchUp { BenchResult(mode: "catch-up", events: newEvents, seconds: catchUpSeconds).print() }
    }

    /// Rebuilds one projection to `position` (fold and tables), then applies the events after it.
    private static func measure<P: Projection>(_ projection: P, runner: ProjectionRunner, at position: Int64,
                                               catchUp: Bool) async throws -> (rebuild: Double, catchUp: Double?) {
        var clock = Stopwatch()
        let folded = try await clock.measure {
            let folded = try await runner.fold(projection, cutoff: .position(position))
            _ = runner.view(projection, folded: folded, cutoff: .position(position))
            return folded
        }
        guard catchUp else { return (clock.seconds, nil) }
        // The rebuilt state is handed over (consumed), as a process that keeps its projections up to
        // date would: it is updated in place instead of being copied first.
        let rebuiltAt = folded.position
        var incremental = Stopwatch()
        incremental.start()
        let caughtUp = try await runner.fold(projection, cutoff: .head, from: consume folded)
        incremental.stop()
        guard caughtUp.position > rebuiltAt else { throw BenchError("catch-up read no new event") }
        return (clock.seconds, incremental.seconds)
    }
}

extension SQLiteEventStore {
    /// The occurred-at of the log's last event.
    func lastOccurredAt() async throws -> Date {
        let head = try await head().position
        return try await readPage(after: max(0, head - 1), limit: 1, types: nil).first?.occurredAt ?? Date()
    }
}
