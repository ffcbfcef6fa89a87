import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// Five petitions owing, or having sent, each kind of notice.
struct PetitionNoticesFixture {
    let desk = PetitionDesk()
    var events: [String: RecordedEvent] = [:]

    static func make() async throws -> PetitionNoticesFixture {
        var fixture = PetitionNoticesFixture()
        let desk = fixture.desk
        fixture.events["recC"] = try await desk.receive("2018-0303", on: "2018-02-01")   // progress owed from 3 March
        try await desk.notify("2018-0303", .receipt, on: "2018-02-01")
        try await desk.receive("2018-0305", on: "2018-02-01", department: "road-management")
        try await desk.notify("2018-0305", .receipt, on: "2018-02-01")
        try await desk.receive("2018-0301", on: "2018-03-05")                            // never notified
        try await desk.receive("2018-0302", on: "2018-03-05", department: "welfare-policy")
        try await desk.notify("2018-0302", .receipt, on: "2018-03-05")
        try await desk.receive("2018-0304", on: "2018-03-05", department: "road-management")
        try await desk.notify("2018-0304", .receipt, on: "2018-03-05")
        try await desk.notify("2018-0305", .progress, on: "2018-03-05")
        fixture.events["doneD"] = try await desk.complete("2018-0304", on: "2018-03-06")
        return fixture
    }

    mutating func recordLater() async throws {
        events["resultD"] = try await desk.notify("2018-0304", .result, on: "2018-03-07")
        events["doneE"] = try await desk.complete("2018-0305", on: "2018-03-08")
        events["resultE"] = try await desk.notify("2018-0305", .result, on: "2018-03-08")
        try await desk.extend("2018-0302", to: "2018-03-22", on: "2018-03-12", reason: "현장 확인 필요")
    }
}

@Suite("Notices owed projection (민원인 통지 미발송)")
struct NoticesOwedProjectionTests {
    @Test("as of 6 March: a receipt, a progress and a result notice owed")
    func asOfMarch6() async throws {
        let fixture = try await PetitionNoticesFixture.make()
        let result = try await fixture.desk.runner.result(NoticesOwedProjection(),
                                                          cutoff: .date(try LocalDate("2018-03-06")))
        #expect(result.table("notices-owed")?.columns.map(\.key) == ["category", "count"])
        #expect(result.petitionRows("notices-owed") == ["total: 계 | 3", "receipt: 접수 | 1", "extension: 연장 | 0",
                                                        "progress: 진행 | 1", "result: 결과 | 1"])
        #expect(result.table("notices-owed-detail")?.columns.map(\.label) == ["민원번호", "부 서", "통지 구분",
                                                                              "통지 사유 발생일"])
        #expect(result.petitionRows("notices-owed-detail") == [
            "2018-0301.receipt: 2018-0301 | transport-policy | 접수 | 2018-03-05",
            "2018-0303.progress: 2018-0303 | transport-policy | 진행 | 2018-03-03",
            "2018-0304.result: 2018-0304 | road-management | 결과 | 2018-03-06",
        ])
        #expect(result.table("notices-owed")?.notes.first == "(기준 : '18.03.06)")
    }

    @Test("as of 12 March, after the later events: the result was sent, an extension notice is owed")
    func asOfMarch12() async throws {
        var fixture = try await PetitionNoticesFixture.make()
        try await fixture.recordLater()
        let result = try await fixture.desk.runner.result(NoticesOwedProjection(),
                                                          cutoff: .date(try LocalDate("2018-03-12")))
        #expect(result.petitionRows("notices-owed") == ["total: 계 | 3", "receipt: 접수 | 1", "extension: 연장 | 1",
                                                        "progress: 진행 | 1", "result: 결과 | 0"])
        #expect(result.petitionRows("notices-owed-detail") == [
            "2018-0301.receipt: 2018-0301 | transport-policy | 접수 | 2018-03-05",
            "2018-0302.extension: 2018-0302 | welfare-policy | 연장 | 2018-03-12",
            "2018-0303.progress: 2018-0303 | transport-policy | 진행 | 2018-03-03",
        ])
    }

    @Test("as of a position the date is today's: every petition still handled owes its progress notice")
    func asOfPosition() async throws {
        let fixture = try await PetitionNoticesFixture.make()
        let position = try #require(fixture.events["doneD"]).position
        let result = try await fixture.desk.runner.result(NoticesOwedProjection(), cutoff: .position(position))
        #expect(result.petitionRows("notices-owed") == ["total: 계 | 5", "receipt: 접수 | 1", "extension: 연장 | 0",
                                                        "progress: 진행 | 3", "result: 결과 | 1"])
        #expect(result.petitionCell("notices-owed-detail", "2018-0301.progress", "since") == .text("2018-04-04"))
        #expect(result.petitionCell("notices-owed-detail", "2018-0305.progress", "since") == nil)
    }

    @Test("explain: the owed result count follows each completion and each result notice")
    func explain() async throws {
        var fixture = try await PetitionNoticesFixture.make()
        try await fixture.recordLater()
        let sources = try await fixture.desk.runner.explain(
            NoticesOwedProjection(), cutoff: .date(try LocalDate("2018-03-12")),
            table: "notices-owed", row: "result", column: "count")
        // The first receipt turns 자료 없음 into 0.
        #expect(sources.map(\.id) == ["recC", "doneD", "resultD", "doneE", "resultE"].map { fixture.events[$0]!.id })
    }

    @Test("an empty log shows 자료 없음")
    func emptyLog() async throws {
        let result = try await PetitionDesk().runner.result(NoticesOwedProjection())
        #expect(result.petitionCell("notices-owed", "total", "count") == .noData)
        #expect(result.petitionCell("notices-owed", "progress", "count") == .noData)
        #expect(result.table("notices-owed-detail")?.rows.isEmpty == true)
    }

    @Test("catch-up from a checkpoint taken on 6 March equals a full rebuild")
    func catchUp() async throws {
        var fixture = try await PetitionNoticesFixture.make()
        let desk = fixture.desk
        try await desk.expectCatchUpEqualsRebuild(NoticesOwedProjection()) { try await fixture.recordLater() }
    }
}
