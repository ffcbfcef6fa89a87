import Foundation
import Sotong
import SotongTesting
import Testing

/// The tool with a projection of its own, run as a process on the seed fixtures.
@Suite struct SubjectsByDistrictTests {
    @Test func printsItsOwnProjectionAsOfTwoDatesOnTheSeedFixtures() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-subjects")
        let db = folder.path("fixtures.sqlite")
        _ = try await Examples.fixtureStore(at: db)
        // It reads no personal data: it runs without the key file.
        try FileManager.default.moveItem(atPath: db + ".keys", toPath: folder.path("elsewhere.keys"))
        let output = try ProcessRunner.run(try Examples.executable("subjects-by-district"), ["--db", db])
        #expect(output.status == 0, "\(output.stderr)")
        let golden = try String(contentsOf: Examples.golden.appendingPathComponent("subjects-by-district.txt"),
                                encoding: .utf8)
        #expect(output.stdout == golden, "the output differs from Tests/SotongTests/Golden/subjects-by-district.txt")
        #expect(!FileManager.default.fileExists(atPath: db + ".keys"), "it created a key file")
    }

    @Test func theSameProjectionRunsInProcessByNameAndAsOfAPosition() async throws {
        var store = try await SotongStore.open(.inMemory)
        try store.projections.register(name: "subjects", summary: "recurring subjects") { _ in RecurringSubjects() }
        var positions: [Int64] = []
        for number in 1...3 {
            let petition = PetitionReceived(
                petitionID: PetitionID("2018-000\(number)"), channel: .visit, kind: .grievance, subject: "가로등 고장",
                district: .seo, department: "roads",
                petitioner: Petitioner(subject: SubjectID("subject-\(number)"), name: Personal("예시")))
            let context = RecordContext(actor: "test:clerk", occurredAt: try LocalDate("2018-03-02").at(hour: 10))
            positions.append(try await store.record(petition, context: context).position)
        }
        let head = try await store.projection(named: "subjects")
        #expect(head.table("subjects")?.cell(row: "seo-gu", column: "count") == .integer(3))
        let early = try await store.projection(named: "subjects", cutoff: .position(positions[1]))
        #expect(early.table("subjects")?.cell(row: "seo-gu", column: "count") == .integer(2))
        let explained = try await store.runner.explain(RecurringSubjects(), table: "subjects", row: "seo-gu",
                                                       column: "count")
        #expect(explained.map(\.position) == positions)
    }
}

/// A minimal tool projection: petitions per district.
private struct RecurringSubjects: Projection {
    static let name = "subjects"
    var eventTypes: Set<String>? { [PetitionReceived.eventType] }
    func initialState() -> [String: Int] { [:] }
    func apply(_ entry: History.Entry, to state: inout [String: Int]) {
        if let received = entry.event as? PetitionReceived { state[received.district.rawValue, default: 0] += 1 }
    }
    func view(of state: [String: Int], at moment: ProjectionMoment) -> [ProjectionTable] {
        var table = ProjectionTable(key: "subjects", title: "구·군별 민원", columns: [.init(key: "count", label: "건수")])
        table.rows = state.keys.sorted().map { .init(key: $0, cells: ["count": .integer(state[$0]!)]) }
        return [table]
    }
}
