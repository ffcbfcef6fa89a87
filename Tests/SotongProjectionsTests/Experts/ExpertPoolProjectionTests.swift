import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The plan's expert pool: 16 전문기관, 17 대학교수 (plus one who withdraws), 12 유관기관, 6 시민단체.
enum ExpertPoolPlan {
    /// Registrations: `EXP-<category>-<n>`, all on 2017-03-02; the 18th professor is the one who withdraws.
    static func registrations(professors: Int = 18) -> [(any OfficeEvent, String)] {
        let sizes: [(ExpertCategory, Int)] = [(.institute, 16), (.professor, professors), (.relatedInstitution, 12),
                                              (.civicGroup, 6)]
        return sizes.flatMap { category, count in
            (1...count).map { (ExpertRegistered(expert: ExpertID("EXP-\(category.rawValue)-\($0)"), category: category,
                                                field: "갈등조정"), "2017-03-02") as (any OfficeEvent, String) }
        }
    }
}

@Suite("Expert pool projection")
struct ExpertPoolProjectionTests {
    let projection = ExpertPoolProjection()
    let columns = ["category", "total", "institute", "professor", "related-institution", "civic-group"]

    @Test("the plan's 갈등조정 전문가 인력풀 현황: 51 = 16 17 12 6, the withdrawn expert not counted")
    func planTable() async throws {
        let harness = CivicHarness()
        try await harness.recordAll(ExpertPoolPlan.registrations())
        try await harness.record(ExpertWithdrawn(expert: "EXP-professor-18"), on: "2017-09-15")
        let result = try await harness.result(projection)
        let table = try #require(result.table("expert-pool"))
        #expect(table.title == "갈등조정 전문가 인력풀 현황")
        #expect(table.columns.map(\.label) == ["구 분", "계", "전문기관", "대학교수", "유관기관", "시민단체"])
        #expect(table.columns.map(\.key) == columns)
        #expect(result.rowKeys("expert-pool") == ["members"])
        #expect(result.cells("expert-pool", row: "members", columns)
            == [.text("인원"), .integer(51), .integer(16), .integer(17), .integer(12), .integer(6)])
        #expect(table.notes == ["인력풀에서 해촉된 전문가 1명은 제외"])
    }

    @Test("as of a date before the withdrawal, and as of a position midway")
    func asOf() async throws {
        let harness = CivicHarness()
        try await harness.recordAll(ExpertPoolPlan.registrations())
        try await harness.record(ExpertWithdrawn(expert: "EXP-professor-18"), on: "2017-09-15")
        let before = try await harness.result(projection, cutoff: .date(CivicHarness.date("2017-09-14")))
        #expect(before.cells("expert-pool", row: "members", ["total", "professor"]) == [.integer(52), .integer(18)])
        #expect(before.table("expert-pool")?.notes == [])
        let midway = try await harness.result(projection, cutoff: .position(20))
        #expect(midway.cells("expert-pool", row: "members", columns)
            == [.text("인원"), .integer(20), .integer(16), .integer(4), .integer(0), .integer(0)])
    }

    @Test("explain: the 대학교수 cell comes from the 18 registrations and the withdrawal")
    func explain() async throws {
        let harness = CivicHarness()
        try await harness.recordAll(ExpertPoolPlan.registrations())
        try await harness.record(ExpertWithdrawn(expert: "EXP-professor-18"), on: "2017-09-15")
        let registered = try await harness.events(ExpertRegistered.eventType)
        let withdrawn = try await harness.events(ExpertWithdrawn.eventType)
        // The first registration (a 전문기관 expert) turns 자료 없음 into 0.
        let professors = Array(registered[16..<34])
        let sources = try await harness.runner.explain(projection, table: "expert-pool", row: "members", column: "professor")
        #expect(sources.map(\.id) == [registered[0].id] + professors.map(\.id) + withdrawn.map(\.id))
        let civic = try await harness.runner.explain(projection, table: "expert-pool", row: "members", column: "civic-group")
        #expect(civic.map(\.id) == [registered[0].id] + registered.suffix(6).map(\.id))
    }

    @Test("catching up from a saved checkpoint equals a rebuild")
    func catchUp() async throws {
        let harness = CivicHarness()
        try await harness.recordAll(Array(ExpertPoolPlan.registrations().prefix(30)))
        try await harness.record(ExpertWithdrawn(expert: "EXP-institute-3"), on: "2017-04-01")
        try await harness.expectCatchUpMatchesRebuild(projection) {
            try await harness.recordAll(Array(ExpertPoolPlan.registrations().dropFirst(30)))
            try await harness.record(ExpertRegistered(expert: "EXP-institute-3", category: .institute), on: "2018-01-10")
            try await harness.record(ExpertWithdrawn(expert: "EXP-civic-group-2"), on: "2018-02-01")
        }
        let result = try await harness.result(projection)
        #expect(result.cells("expert-pool", row: "members", ["total", "institute", "civic-group"])
            == [.integer(51), .integer(16), .integer(5)])
    }

    @Test("no pool events: 자료 없음, not 0")
    func empty() async throws {
        let result = try await CivicHarness().result(projection)
        #expect(result.cells("expert-pool", row: "members", ["total", "professor"]) == [.noData, .noData])
    }
}
