// The Swift blocks of Docs/WritingAProjection.md, verbatim between `docs:begin` and `docs:end`.
import Foundation
import Sotong

// docs:begin projection-definition
/// Petitions received per channel (방문, 전화, 서면, …): a projection of the tool's own.
struct ReceiptsByChannel: Projection {
    static let name = "receipts-by-channel"

    /// Petitions received so far, by channel code. `Codable`, so that a checkpoint can save it.
    struct State: Codable, Sendable {
        var counts: [String: Int] = [:]
    }

    /// Only these events are read: the runner skips every other type unread.
    var eventTypes: Set<String>? { [PetitionReceived.eventType] }

    func initialState() -> State { State() }

    /// Pure: the same events always give the same state.
    func apply(_ entry: History.Entry, to state: inout State) {
        guard let received = entry.event as? PetitionReceived else { return }
        state.counts[received.channel.rawValue, default: 0] += 1
    }

    func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        var table = ProjectionTable(
            key: "receipts-by-channel", title: "접수 경로별 직소민원",
            columns: [.init(key: "channel", label: "접수 경로", alignment: .left), .init(key: "count", label: "건수")],
            notes: ["(기준 : \(moment.asOf))"])
        table.rows = PetitionChannel.allCases.map { channel in
            // Nothing recorded at all is 자료 없음 (no evidence), never 0.
            let count: Cell = state.counts.isEmpty ? .noData : .integer(state.counts[channel.rawValue] ?? 0)
            return .init(key: channel.rawValue, cells: ["channel": .text(channel.koreanLabel), "count": count])
        }
        return [table]
    }
}
// docs:end

enum WritingAProjection {
    /// The tool's projection as of two dates.
    static func asOfTwoDates(_ store: SotongStore) async throws -> (ProjectionResult, ProjectionResult) {
        // docs:begin projection-as-of
        let end2017 = try await store.projection(ReceiptsByChannel(), cutoff: .date(try LocalDate("2017-12-31")))
        let end2018 = try await store.projection(ReceiptsByChannel(), cutoff: .date(try LocalDate("2018-12-31")))
        print(TableRenderer.text(end2017) + TableRenderer.text(end2018))
        // docs:end
        return (end2017, end2018)
    }

    /// The tool's projection by name, beside the office's.
    static func byName(_ store: SotongStore) async throws -> ProjectionResult {
        // docs:begin projection-register
        var tool = store
        try tool.projections.register(name: ReceiptsByChannel.name, summary: "petitions per channel") { _ in
            ReceiptsByChannel()
        }
        let byName = try await tool.projection(named: "receipts-by-channel")
        // docs:end
        return byName
    }

    /// The events behind one cell.
    static func explain(_ store: SotongStore) async throws -> [RecordedEvent] {
        // docs:begin projection-explain
        let sources = try await store.runner.explain(
            ReceiptsByChannel(), cutoff: .date(try LocalDate("2017-12-31")),
            table: "receipts-by-channel", row: "visit", column: "count")
        print(sources.count, "petitions received by visit:", sources.map(\.position))
        // docs:end
        return sources
    }

    /// Incremental catch-up from a saved checkpoint.
    static func catchUp(_ store: SotongStore, checkpointURL: URL) async throws -> ProjectionResult {
        // docs:begin projection-checkpoint
        let saved = ProjectionRunner.load(ReceiptsByChannel.State.self, from: checkpointURL)
        let checkpoint = try await store.runner.catchUp(ReceiptsByChannel(), from: saved)   // reads new events only
        try ProjectionRunner.save(checkpoint, to: checkpointURL)
        let folded = ProjectionRunner.Folded(state: checkpoint.state, position: checkpoint.position)
        let now = store.runner.view(ReceiptsByChannel(), folded: folded, cutoff: .head)
        // docs:end
        return now
    }
}

// docs:begin projection-reuse
/// Petitions still being handled, per department, folded by the petitions programme's own rules.
struct OpenPetitionsByDepartment: Projection {
    static let name = "open-by-department"

    var eventTypes: Set<String>? { NoticesOwedProjection().eventTypes }

    func initialState() -> PetitionBook { PetitionBook() }

    func apply(_ entry: History.Entry, to book: inout PetitionBook) { book.fold(entry) }

    func view(of book: PetitionBook, at moment: ProjectionMoment) -> [ProjectionTable] {
        var open: [String: Int] = [:]
        for petition in book.all where petition.state.isInHandling {
            open[petition.state.department.rawValue, default: 0] += 1
        }
        var table = ProjectionTable(key: "open", title: "부서별 처리 중 직소민원",
                                    columns: [.init(key: "count", label: "건수")])
        table.rows = open.keys.sorted().map { .init(key: $0, cells: ["count": .integer(open[$0]!)]) }
        return [table]
    }
}
// docs:end
