import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// A fresh in-memory office for the civic projection tests (advisory, experts, network,
/// mediation, equity): events are recorded through ``Office`` with their rules checked, and
/// projections are run by a runner whose clock stands at `now`.
struct CivicHarness {
    let store: InMemoryEventStore
    let office: Office
    let runner: ProjectionRunner

    init(now: String = "2018-12-31T18:00:00+09:00") {
        let instant = RFC3339.date(from: now)!
        store = InMemoryEventStore(clock: .fixed(instant))
        office = Office(store: store, clock: .fixed(instant), keys: InMemorySubjectKeyStore())
        runner = ProjectionRunner(store: store, clock: .fixed(instant))
    }

    /// A date: `date("2018-03-02")`.
    static func date(_ day: String) -> LocalDate { try! LocalDate(day) }

    /// Records one event that the rules must accept, at `hour` office time on `day`.
    @discardableResult
    func record(_ event: some OfficeEvent, on day: String, hour: Int = 10) async throws -> RecordedEvent {
        try await office.record(event, context: RecordContext(actor: "test:clerk",
                                                              occurredAt: Self.date(day).at(hour: hour)))
    }

    /// Records several events in one transaction, each on its own day.
    @discardableResult
    func recordAll(_ items: [(any OfficeEvent, String)]) async throws -> [RecordedEvent] {
        try await office.record(items.map {
            ($0.0, RecordContext(actor: "test:clerk", occurredAt: Self.date($0.1).at(hour: 10)))
        })
    }

    /// The projection's view at a cutoff.
    func result<P: Projection>(_ projection: P, cutoff: Cutoff = .head) async throws -> ProjectionResult {
        try await runner.result(projection, cutoff: cutoff)
    }

    /// The recorded events of one type, in position order.
    func events(_ type: String) async throws -> [RecordedEvent] {
        try await store.readAll(types: [type]).collect()
    }

    /// The head position.
    func head() async -> Int64 { await store.head().position }

    /// Takes a checkpoint now, saves it as JSON and loads it back, records `more`, catches up from
    /// the loaded checkpoint and expects the same state and the same view (digest) as a rebuild.
    func expectCatchUpMatchesRebuild<P: Projection>(
        _ projection: P, more: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws where P.State: Codable & Equatable {
        let midway = try await runner.catchUp(projection, from: nil)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(P.name).json")
        try ProjectionRunner.save(midway, to: file)
        let loaded = try #require(ProjectionRunner.load(P.State.self, from: file), sourceLocation: sourceLocation)
        #expect(loaded.state == midway.state, "the checkpoint does not load back", sourceLocation: sourceLocation)
        #expect(loaded.position == midway.position, sourceLocation: sourceLocation)

        try await more()
        let caughtUp = try await runner.catchUp(projection, from: loaded)
        let rebuilt = try await runner.catchUp(projection, from: nil)
        #expect(caughtUp.position > midway.position, "no events were added", sourceLocation: sourceLocation)
        #expect(caughtUp.position == rebuilt.position, sourceLocation: sourceLocation)
        #expect(caughtUp.state == rebuilt.state, sourceLocation: sourceLocation)

        let full = try await runner.result(projection)
        let moment = ProjectionMoment(asOf: runner.asOfDate(.head), position: caughtUp.position)
        let incremental = ProjectionResult(projection: P.name, moment: moment,
                                           tables: projection.view(of: caughtUp.state, at: moment))
        #expect(incremental.tables == full.tables, sourceLocation: sourceLocation)
        #expect(incremental.digest == full.digest, sourceLocation: sourceLocation)
        #expect(incremental.tables != projection.view(of: midway.state, at: moment),
                "the later events changed nothing", sourceLocation: sourceLocation)
    }
}

extension ProjectionResult {
    /// The cells of one row, in the given column order (`nil` for a missing cell).
    func cells(_ table: String, row: String, _ columns: [String]) -> [Cell?] {
        columns.map { self.table(table)?.cell(row: row, column: $0) }
    }

    /// The row keys of a table, in order.
    func rowKeys(_ table: String) -> [String] { self.table(table)?.rows.map(\.key) ?? [] }
}

/// The district column keys in the plan's order (중구 … 옹진군).
let civicDistrictKeys = District.allCases.map(\.rawValue)

/// Plan-style cells from numbers: 0 becomes `-`, as the plan prints it.
func planCells(_ counts: [Int]) -> [Cell?] {
    counts.map { $0 == 0 ? .notApplicable : .integer($0) }
}
