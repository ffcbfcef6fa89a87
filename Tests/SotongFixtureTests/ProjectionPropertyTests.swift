import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// Properties of every projection over the generated fixture log (4,431 events of every programme),
/// at cut points drawn at random (seeded; set SOTONG_PROPERTY_SEED to explore others):
/// - the view as of position N equals a rebuild from a store holding only the first N events;
/// - folding to N and then catching up to the head equals a full rebuild.
@Suite("Projection properties over the fixture log") struct ProjectionPropertyTests {
    static let names = ProjectionCatalog.names.filter { $0 != "history" }
    static let clock = StoreClock.fixed(RFC3339.date(from: "2019-02-01T00:00:00Z")!)

    /// Cut points from a seeded SplitMix64 (the same draw on every machine).
    static func cutPoints(count: Int, upTo head: Int64) -> [Int64] {
        var state = UInt64(ProcessInfo.processInfo.environment["SOTONG_PROPERTY_SEED"].flatMap(UInt64.init) ?? 2018)
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in Int64(next() % UInt64(head)) + 1 }
    }

    @Test(arguments: names)
    func aViewAsOfPositionNEqualsARebuildOfTheFirstNEvents(name: String) async throws {
        let fixture = try await ImportedFixture.shared.value
        let head = await fixture.store.head().position
        let all = try await fixture.store.readAll().collect()
        let projection = try ProjectionCatalog.make(name, .init(year: 2018))
        for cut in Self.cutPoints(count: 3, upTo: head) {
            let viaCutoff = try await ProjectionRunner(store: fixture.store, clock: Self.clock)
                .result(of: projection, cutoff: .position(cut))
            let prefix = InMemoryEventStore(clock: Self.clock)
            for event in all.prefix(Int(cut)) {
                try await prefix.append(EventData(id: event.id, type: event.type, schemaVersion: event.schemaVersion,
                                                  payload: event.payload, occurredAt: event.occurredAt,
                                                  metadata: event.metadata), to: event.stream, expecting: .any)
            }
            let rebuilt = try await ProjectionRunner(store: prefix, clock: Self.clock).result(of: projection)
            #expect(viaCutoff.digest == rebuilt.digest, "\(name) at position \(cut)")
            #expect(viaCutoff.tables == rebuilt.tables, "\(name) at position \(cut)")
        }
    }

    @Test(arguments: names)
    func catchingUpFromAnyPointEqualsAFullRebuild(name: String) async throws {
        let fixture = try await ImportedFixture.shared.value
        let head = await fixture.store.head().position
        let projection = try ProjectionCatalog.make(name, .init(year: 2018))
        let runner = ProjectionRunner(store: fixture.store, clock: Self.clock)
        let full = try await runner.result(of: projection)
        for cut in Self.cutPoints(count: 3, upTo: head) {
            let caughtUp = try await Self.catchUp(projection, runner: runner, from: cut)
            #expect(caughtUp.digest == full.digest, "\(name) caught up from \(cut)")
        }
    }

    static func catchUp<P: Projection>(_ projection: P, runner: ProjectionRunner, from cut: Int64) async throws
        -> ProjectionResult
    {
        let partial = try await runner.fold(projection, cutoff: .position(cut))
        let folded = try await runner.fold(projection, cutoff: .head, from: partial)
        return runner.view(projection, folded: folded, cutoff: .head)
    }
}
