import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// A fresh in-memory log whose clock stands at `now`, recording through `Office` (rules checked),
/// and a runner on it. Shared by the roster, budget and indicators projection tests.
struct OfficeTablesLog {
    let store: InMemoryEventStore
    let office: Office
    let runner: ProjectionRunner

    init(now: String = "2018-12-31T18:00:00+09:00") {
        let clock = StoreClock.fixed(RFC3339.date(from: now)!)
        store = InMemoryEventStore(clock: clock)
        office = Office(store: store, clock: clock, keys: InMemorySubjectKeyStore())
        runner = ProjectionRunner(store: store, clock: clock)
    }

    /// Office time on a day: `at("2018-03-02", hour: 10)`.
    static func at(_ day: String, hour: Int = 10) -> Date {
        try! LocalDate(day).at(hour: hour)
    }

    /// Records an event that the rules must accept, on `day` at `hour` office time.
    @discardableResult
    func record(_ event: some OfficeEvent, on day: String, hour: Int = 10) async throws -> RecordedEvent {
        try await office.record(event, context: RecordContext(actor: "test:clerk", occurredAt: Self.at(day, hour: hour)))
    }

    /// The view as of the end of an office date.
    func view<P: Projection>(_ projection: P, asOf day: String) async throws -> ProjectionResult {
        try await runner.result(projection, cutoff: .date(try LocalDate(day)))
    }

    /// A checkpoint taken now, saved as JSON and read back (as a later run would find it).
    func savedCheckpoint<P: Projection>(_ projection: P) async throws -> ProjectionCheckpoint<P.State>
    where P.State: Codable {
        let checkpoint = try await runner.catchUp(projection, from: nil)
        let bytes = try CanonicalJSON.encode(checkpoint)
        return try CanonicalJSON.decode(ProjectionCheckpoint<P.State>.self, from: bytes)
    }

    /// Catches a saved checkpoint up to the head and returns its view, to compare with a full rebuild.
    func caughtUpView<P: Projection>(_ projection: P, from saved: ProjectionCheckpoint<P.State>) async throws
        -> (result: ProjectionResult, position: Int64) where P.State: Codable {
        let caughtUp = try await runner.catchUp(projection, from: saved)
        let moment = ProjectionMoment(asOf: runner.asOfDate(.head), position: caughtUp.position)
        let result = ProjectionResult(projection: P.name, moment: moment, tables: projection.view(of: caughtUp.state, at: moment))
        return (result, caughtUp.position)
    }
}

extension ProjectionResult {
    /// The cell at a table, row and column (nil when any is missing).
    func cellAt(_ table: String, _ row: String, _ column: String) -> Cell? {
        self.table(table)?.cell(row: row, column: column)
    }

    /// The printed text of a cell ("" when it is missing).
    func printed(_ table: String, _ row: String, _ column: String) -> String {
        cellAt(table, row, column)?.description ?? ""
    }
}
