import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// `ProjectionRunner.results`, every projection folded in one read of the log, gives exactly the
/// results of one runner pass per projection: over the fixture log, for every projection of the
/// catalog (history on two streams), at the head and at cutoffs by position and by date.
@Suite("One shared rebuild over the fixture log") struct SharedRebuildTests {
    static let clock = StoreClock.fixed(RFC3339.date(from: "2019-02-01T00:00:00Z")!)

    static func catalog() throws -> [any Projection] {
        try ProjectionCatalog.names.filter { $0 != "history" }.map { try ProjectionCatalog.make($0, .init(year: 2018)) }
            + [try ProjectionCatalog.make("scores", .init(year: 2018, half: 2)),
               StreamHistoryProjection(stream: HolidaysPublished.calendarStream),
               StreamHistoryProjection(stream: "petition-2018-0001")]
    }

    static let cutoffs: [Cutoff] = [
        .head, .position(1), .position(777), .position(2_900), .position(1_000_000),
        .date(LocalDate(year: 2017, month: 12, day: 31)!), .date(LocalDate(year: 2018, month: 6, day: 30)!),
        .date(LocalDate(year: 2016, month: 1, day: 1)!),
    ]

    @Test(arguments: cutoffs)
    func oneSharedPassEqualsOnePassPerProjection(cutoff: Cutoff) async throws {
        let fixture = try await ImportedFixture.shared.value
        let runner = ProjectionRunner(store: fixture.store, clock: Self.clock)
        let projections = try Self.catalog()
        let shared = try await runner.results(projections, cutoff: cutoff)
        #expect(shared.count == projections.count)
        for (projection, result) in zip(projections, shared) {
            let alone = try await runner.result(of: projection, cutoff: cutoff)
            #expect(result == alone, "\(alone.projection) at \(cutoff)")
            #expect(result.digest == alone.digest)
        }
    }

    @Test func aSubsetAndNoProjectionAtAll() async throws {
        let fixture = try await ImportedFixture.shared.value
        let runner = ProjectionRunner(store: fixture.store, clock: Self.clock)
        #expect(try await runner.results([], cutoff: .head).isEmpty)
        let overdue = try ProjectionCatalog.make("overdue", .init())
        let network = try ProjectionCatalog.make("network", .init())
        let pair = try await runner.results([overdue, network, overdue], cutoff: .position(3_000))
        #expect(pair.map(\.projection) == ["overdue", "network", "overdue"])
        #expect(pair[0] == pair[2])
        #expect(pair[1] == (try await runner.result(of: network, cutoff: .position(3_000))))
    }
}
