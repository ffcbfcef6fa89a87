import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// Petitions of March 2018 over the published 2018 holidays; due dates in the comments.
struct PetitionOverdueFixture {
    let desk = PetitionDesk()
    var events: [String: RecordedEvent] = [:]

    static func make() async throws -> PetitionOverdueFixture {
        var fixture = PetitionOverdueFixture()
        let desk = fixture.desk
        fixture.events["calendar"] = try await desk.publishHolidays2018()
        // Received Friday 2 March: 7 days are 2, 5–9 and 12 March, due 12 March 18:00.
        try await desk.receive("2018-0106", on: "2018-03-02")          // extended to 21 March
        try await desk.receive("2018-0107", on: "2018-03-02", department: "welfare-policy")   // under review
        try await desk.receive("2018-0108", on: "2018-03-02")          // completed
        try await desk.receive("2018-0109", on: "2018-03-02")          // transferred to another agency
        try await desk.receive("2018-0110", on: "2018-03-02")          // assigned to road-management
        fixture.events["rec101"] = try await desk.receive("2018-0101", on: "2018-03-05")   // due 13 March 18:00
        fixture.events["rec102"] = try await desk.receive("2018-0102", on: "2018-03-05", kind: .other,
                                                          department: "road-management")   // due 5 March 14:00
        try await desk.receive("2018-0103", on: "2018-03-05", kind: .suggestion)   // due 22 March
        fixture.events["assign110"] = try await desk.record(
            PetitionAssigned(petitionID: "2018-0110", department: "road-management"), "2018-03-05", hour: 11)
        try await desk.record(PetitionTransferred(petitionID: "2018-0109", toAgency: "국토교통부"), "2018-03-06")
        try await desk.receive("2018-0104", on: "2018-03-07", department: "welfare-policy")   // due 15 March
        try await desk.receive("2018-0105", on: "2018-03-08", department: "road-management")  // due 16 March
        try await desk.extend("2018-0106", to: "2018-03-21", on: "2018-03-09", reason: "관계기관 협의 필요")
        fixture.events["review107"] = try await desk.review("2018-0107", on: "2018-03-09", until: "2018-04-30")
        try await desk.complete("2018-0108", on: "2018-03-12")
        return fixture
    }

    func recordLater() async throws {
        try await desk.complete("2018-0101", on: "2018-03-14")
        try await desk.complete("2018-0104", on: "2018-03-14")
        try await desk.complete("2018-0102", on: "2018-03-20")
    }
}

@Suite("Overdue projection (처리기한 도래·경과)")
struct OverdueProjectionTests {
    let march13 = try! LocalDate("2018-03-13")

    @Test("as of 13 March: four overdue, one at risk, by department and in detail")
    func asOfDate() async throws {
        let fixture = try await PetitionOverdueFixture.make()
        let result = try await fixture.desk.runner.result(OverdueProjection(), cutoff: .date(march13))
        #expect(result.table("overdue")?.title == "처리기한 경과")
        #expect(result.table("at-risk")?.title == "처리기한 도래")
        #expect(result.petitionRows("overdue") == ["total: 계 | 4", "road-management: road-management | 2",
                                                   "transport-policy: transport-policy | 1",
                                                   "welfare-policy: welfare-policy | 1"])
        #expect(result.petitionRows("at-risk") == ["total: 계 | 1", "welfare-policy: welfare-policy | 1"])
        #expect(result.table("overdue-detail")?.columns.map(\.key) == ["petition", "status", "department", "kind",
                                                                        "received", "due", "daysOverdue"])
        #expect(result.petitionRows("overdue-detail") == [
            "2018-0102: 2018-0102 | 처리기한 경과 | road-management | 기타 | 2018-03-05 | 2018-03-05 14:00 | 8",
            "2018-0107: 2018-0107 | 처리기한 경과 | welfare-policy | 고충 | 2018-03-02 | 2018-03-12 18:00 | 1",
            "2018-0110: 2018-0110 | 처리기한 경과 | road-management | 고충 | 2018-03-02 | 2018-03-12 18:00 | 1",
            "2018-0101: 2018-0101 | 처리기한 경과 | transport-policy | 고충 | 2018-03-05 | 2018-03-13 18:00 | 0",
            "2018-0104: 2018-0104 | 처리기한 도래 | welfare-policy | 고충 | 2018-03-07 | 2018-03-15 18:00 | -",
        ])
        #expect(result.table("overdue")?.notes.first == "(기준 : '18.03.13)")
        #expect(result.table("overdue")?.notes.contains { $0.contains("공휴일 달력") } == false)
    }

    @Test("later outcomes leave the 13 March view alone; on 20 March two are at risk, three overdue")
    func laterOutcomes() async throws {
        let fixture = try await PetitionOverdueFixture.make()
        try await fixture.recordLater()
        let march13View = try await fixture.desk.runner.result(OverdueProjection(), cutoff: .date(march13))
        #expect(march13View.petitionCell("overdue", "total", "count") == .integer(4))
        let march20 = try await fixture.desk.runner.result(OverdueProjection(),
                                                           cutoff: .date(try LocalDate("2018-03-20")))
        // 0106 due 21 March and 0103 due 22 March are at risk; 0105 (16 March), 0107 and 0110 are overdue.
        #expect(march20.petitionRows("at-risk") == ["total: 계 | 2", "transport-policy: transport-policy | 2"])
        #expect(march20.petitionRows("overdue") == ["total: 계 | 3", "road-management: road-management | 2",
                                                    "welfare-policy: welfare-policy | 1"])
        #expect(march20.petitionCell("overdue-detail", "2018-0105", "daysOverdue") == .integer(4))
    }

    @Test("as of a position the date is today's: everything still open is long overdue")
    func asOfPosition() async throws {
        let fixture = try await PetitionOverdueFixture.make()
        let position = try #require(fixture.events["rec101"]).position
        let result = try await fixture.desk.runner.result(OverdueProjection(), cutoff: .position(position))
        // Received by then: 0106–0110 and 0101; 0101 is due 13 March, 0106–0110 (not yet extended, reviewed,
        // completed, transferred or reassigned) 12 March; the head's date is 31 December 2018.
        #expect(result.petitionRows("overdue") == ["total: 계 | 6", "transport-policy: transport-policy | 5",
                                                   "welfare-policy: welfare-policy | 1"])
        #expect(result.petitionCell("overdue-detail", "2018-0101", "daysOverdue") == .integer(293))
        #expect(result.petitionCell("at-risk", "total", "count") == .integer(0))
    }

    @Test("the calendar moves a due date: over Seollal a petition is at risk, not overdue; explain names both events")
    func calendarMatters() async throws {
        let desk = PetitionDesk()
        // Received Tuesday 13 February 2018: with Seollal (15–17 February) due 23 February, without it 21 February.
        let receipt = try await desk.receive("2018-0201", on: "2018-02-13")
        let february22 = try LocalDate("2018-02-22")
        let before = try await desk.runner.result(OverdueProjection(), cutoff: .date(february22))
        #expect(before.petitionCell("overdue-detail", "2018-0201", "due") == .text("2018-02-21 18:00"))
        #expect(before.table("overdue")?.notes.contains { $0.hasPrefix("공휴일 달력에 2018년 공휴일이 없음") } == true)
        let calendar = try await desk.publishHolidays2018(on: "2018-02-14")
        let after = try await desk.runner.result(OverdueProjection(), cutoff: .date(february22))
        #expect(after.petitionCell("overdue", "total", "count") == .integer(0))
        #expect(after.petitionRows("at-risk") == ["total: 계 | 1", "transport-policy: transport-policy | 1"])
        #expect(after.petitionCell("overdue-detail", "2018-0201", "due") == .text("2018-02-23 18:00"))
        #expect(after.table("overdue")?.notes.contains { $0.contains("공휴일 달력") } == false)
        let sources = try await desk.runner.explain(OverdueProjection(), cutoff: .date(february22),
                                                    table: "overdue", row: "total", column: "count")
        #expect(sources.map(\.id) == [receipt.id, calendar.id])
    }

    @Test("a due date in a year the calendar lacks is noted")
    func missingYear() async throws {
        let desk = PetitionDesk()
        try await desk.publishHolidays2018()
        // Received Thursday 27 December 2018: due 4 January 2019, over 2019's unpublished holidays.
        try await desk.receive("2018-0999", on: "2018-12-27")
        let result = try await desk.runner.result(OverdueProjection(), cutoff: .date(try LocalDate("2019-01-03")))
        #expect(result.petitionCell("overdue-detail", "2018-0999", "due") == .text("2019-01-04 18:00"))
        #expect(result.table("overdue-detail")?.notes.contains {
            $0.hasPrefix("공휴일 달력에 2019년 공휴일이 없음")
        } == true)
        #expect(result.petitionRows("at-risk") == ["total: 계 | 1", "transport-policy: transport-policy | 1"])
    }

    @Test("explain: the overdue count of road-management follows the reassignment")
    func explainDepartment() async throws {
        let fixture = try await PetitionOverdueFixture.make()
        let sources = try await fixture.desk.runner.explain(OverdueProjection(), cutoff: .date(march13),
                                                            table: "overdue", row: "road-management", column: "count")
        // 0102 (received 5 March) is the first road-management petition overdue; 0110 joins at the assignment.
        #expect(sources.map(\.id) == [fixture.events["rec102"]!.id, fixture.events["assign110"]!.id])
    }

    @Test("an empty log shows 자료 없음")
    func emptyLog() async throws {
        let result = try await PetitionDesk().runner.result(OverdueProjection())
        #expect(result.petitionCell("overdue", "total", "count") == .noData)
        #expect(result.petitionCell("at-risk", "total", "count") == .noData)
        #expect(result.table("overdue-detail")?.rows.isEmpty == true)
    }

    @Test("catch-up from a checkpoint taken on 12 March equals a full rebuild")
    func catchUp() async throws {
        let fixture = try await PetitionOverdueFixture.make()
        try await fixture.desk.expectCatchUpEqualsRebuild(OverdueProjection()) { try await fixture.recordLater() }
    }
}
