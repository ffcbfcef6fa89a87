import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The kernel's shared fold (`ProjectionRunner.results`): one read of the log for several
/// projections, each getting exactly the events of its own types, with the result its own pass gives.
@Suite struct SharedFoldTests {
    /// A projection that reads every event (`eventTypes` nil): counts them and their positions.
    struct EveryEvent: Projection {
        static let name = "every-event"
        var eventTypes: Set<String>? { nil }
        func initialState() -> [Int64] { [] }
        func apply(_ entry: History.Entry, to state: inout [Int64]) { state.append(entry.position) }
        func view(of state: [Int64], at moment: ProjectionMoment) -> [ProjectionTable] {
            [ProjectionTable(key: "events", title: "events", columns: [.init(key: "n", label: "n")],
                             rows: state.map { .init(key: String($0), cells: ["n": .integer(Int($0))]) })]
        }
    }

    /// A projection of one event type: the positions of network meetings.
    struct Meetings: Projection {
        static let name = "meetings"
        var eventTypes: Set<String>? { [NetworkMeetingHeld.eventType] }
        func initialState() -> [Int64] { [] }
        func apply(_ entry: History.Entry, to state: inout [Int64]) { state.append(entry.position) }
        func view(of state: [Int64], at moment: ProjectionMoment) -> [ProjectionTable] {
            EveryEvent().view(of: state, at: moment)
        }
    }

    @Test func eachProjectionGetsItsOwnTypesAndItsOwnResult() async throws {
        let harness = try await NetworkProjectionTests().planned()
        let projections: [any Projection] = [EveryEvent(), Meetings(), NetworkProjection(), RosterProjection()]
        let head = await harness.head()
        for cutoff: Cutoff in [.head, .position(3), .position(head - 2), .position(head + 5), .position(0),
                               .date(try LocalDate("2017-08-01")), .date(try LocalDate("2016-01-01"))] {
            let shared = try await harness.runner.results(projections, cutoff: cutoff)
            #expect(shared.map(\.projection) == ["every-event", "meetings", "network", "roster"])
            for (projection, result) in zip(projections, shared) {
                #expect(result == (try await harness.runner.result(of: projection, cutoff: cutoff)), "\(cutoff)")
            }
        }
        let all = try await harness.runner.results(projections)
        let meetings = try await harness.events(NetworkMeetingHeld.eventType)
        #expect(all[1].tables[0].rows.map(\.key) == meetings.map { String($0.position) })
        #expect(all[0].tables[0].rows.count == Int(head))
    }

    @Test func anEmptyLog() async throws {
        let harness = CivicHarness()
        let results = try await harness.runner.results([EveryEvent(), Meetings()], cutoff: .head)
        #expect(results.map(\.moment.position) == [0, 0])
        #expect(results[0] == (try await harness.runner.result(EveryEvent())))
    }
}
