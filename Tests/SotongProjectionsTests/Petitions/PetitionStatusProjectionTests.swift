import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// Eight petitions of 2017 up to 30 November (two completed, one not possible, one under review, one
/// reopened, one open, one transferred to another agency, one closed as a repeat), then one more and a
/// final outcome in December.
struct PetitionStatusFixture {
    let desk = PetitionDesk()
    var events: [String: RecordedEvent] = [:]

    static func make() async throws -> PetitionStatusFixture {
        var fixture = PetitionStatusFixture()
        try await fixture.recordUntilNovember()
        return fixture
    }

    mutating func recordUntilNovember() async throws {
        events["rec1"] = try await desk.receive("2017-0001", on: "2017-03-02", district: .jung)
        events["mayor1"] = try await desk.record(PetitionMayorMeetingHeld(petitionID: "2017-0001", with: .mayor),
                                                 "2017-03-03")
        events["rec2"] = try await desk.receive("2017-0002", on: "2017-03-03", kind: .suggestion, channel: .phone,
                                                district: .namdong, department: "road-management")
        events["done1"] = try await desk.complete("2017-0001", on: "2017-03-06")
        events["visit2"] = try await desk.record(PetitionOutreachMeetingHeld(
            petitionID: "2017-0002", site: "남동구 예시사거리", department: "road-management"), "2017-03-08")
        events["done2"] = try await desk.complete("2017-0002", on: "2017-03-10")
        events["rec3"] = try await desk.receive("2017-0003", on: "2017-04-03", channel: .written)
        events["refused3"] = try await desk.refuse("2017-0003", on: "2017-04-10")
        events["rec4"] = try await desk.receive("2017-0004", on: "2017-05-02", kind: .inquiry, district: .seo,
                                                department: "welfare-policy")
        events["visit4"] = try await desk.record(PetitionOutreachMeetingHeld(
            petitionID: "2017-0004", site: "서구 예시복지관", department: "welfare-policy"), "2017-05-04")
        events["review4"] = try await desk.review("2017-0004", on: "2017-05-08", until: "2017-12-29")
        events["rec5"] = try await desk.receive("2017-0005", on: "2017-06-01", district: .namdong,
                                                department: "road-management")
        events["rec6"] = try await desk.receive("2017-0006", on: "2017-06-01", hour: 11, kind: .other,
                                                channel: .online, district: .yeonsu)
        events["moved6"] = try await desk.record(PetitionTransferred(petitionID: "2017-0006", toAgency: "국토교통부"),
                                                 "2017-06-02")
        events["done5"] = try await desk.complete("2017-0005", on: "2017-06-05")
        events["reopen5"] = try await desk.record(PetitionReopened(petitionID: "2017-0005", reason: "대체 부지 확보"),
                                                  "2017-07-03")
        events["rec7"] = try await desk.receive("2017-0007", on: "2017-07-10", district: .jung)
        events["repeat7"] = try await desk.record(PetitionClosedAsRepeat(
            petitionID: "2017-0007", earlierPetitions: ["2017-0001", "2017-0003"]), "2017-07-11")
        events["rec8"] = try await desk.receive("2017-0008", on: "2017-11-29", district: .ganghwa,
                                                department: "welfare-policy")
        events["mayor8"] = try await desk.record(PetitionMayorMeetingHeld(petitionID: "2017-0008", with: .viceMayor),
                                                 "2017-11-30")
    }

    mutating func recordDecember() async throws {
        events["rec9"] = try await desk.receive("2017-0009", on: "2017-12-05", channel: .phone, district: .dong)
        events["done4"] = try await desk.complete("2017-0004", on: "2017-12-10")
    }
}

@Suite("Petition status projection (주요 직소민원 처리 현황)")
struct PetitionStatusProjectionTests {
    let november = try! LocalDate("2017-11-30")

    @Test("the plan's table as of 30 November, with the extra standings that make 계 add up")
    func planTableAsOfDate() async throws {
        let fixture = try await PetitionStatusFixture.make()
        let result = try await fixture.desk.runner.result(PetitionStatusProjection(), cutoff: .date(november))
        let table = try #require(result.table("petition-status"))
        #expect(table.title == "주요 직소민원 처리 현황")
        #expect(table.columns.map(\.label) == ["구 분", "직소민원 계", "완료", "불가", "검토", "시장(부시장) 면담", "현장방문",
                                               "처리중", "이송", "반복민원 종결"])
        #expect(table.columns.map(\.key) == ["category", "total", "completed", "notPossible", "underReview",
                                             "mayorMeetings", "siteVisits", "open", "transferred", "closedAsRepeat"])
        #expect(result.petitionRows("petition-status") == ["petitions: 민원건수 | 8 | 2 | 1 | 1 | 2 | 2 | 2 | 1 | 1"])
        #expect(table.notes.first == "(기준 : '17.11.30)")
    }

    @Test("after December: a new petition and the under-review one completed")
    func headView() async throws {
        var fixture = try await PetitionStatusFixture.make()
        try await fixture.recordDecember()
        let result = try await fixture.desk.runner.result(PetitionStatusProjection())
        #expect(result.petitionRows("petition-status") == ["petitions: 민원건수 | 9 | 3 | 1 | 0 | 2 | 2 | 3 | 1 | 1"])
        #expect(result.table("petition-status")?.notes.first == "(기준 : '18.12.31)")
        // The as-of-date view is unchanged by the later events.
        let november = try await fixture.desk.runner.result(PetitionStatusProjection(), cutoff: .date(november))
        #expect(november.petitionRows("petition-status") == ["petitions: 민원건수 | 8 | 2 | 1 | 1 | 2 | 2 | 2 | 1 | 1"])
    }

    @Test("as of a position: just before the reopening, petition 2017-0005 still counts as completed")
    func asOfPosition() async throws {
        let fixture = try await PetitionStatusFixture.make()
        let position = try #require(fixture.events["done5"]).position
        let result = try await fixture.desk.runner.result(PetitionStatusProjection(), cutoff: .position(position))
        #expect(result.moment.position == position)
        #expect(result.petitionRows("petition-status") == ["petitions: 민원건수 | 6 | 3 | 1 | 1 | 1 | 2 | 0 | 1 | 0"])
    }

    @Test("a receipt period counts only petitions received in it, with their meetings")
    func period() async throws {
        var fixture = try await PetitionStatusFixture.make()
        try await fixture.recordDecember()
        let spring = try LocalDate("2017-03-01")...LocalDate("2017-05-31")
        let result = try await fixture.desk.runner.result(PetitionStatusProjection(period: spring))
        #expect(result.petitionRows("petition-status") == ["petitions: 민원건수 | 4 | 3 | 1 | 0 | 1 | 2 | 0 | 0 | 0"])
        #expect(result.table("petition-status")?.notes.prefix(2) == ["(기준 : '18.12.31)",
                                                                     "(접수기간 : '17.03.01 ~ '17.05.31)"])
    }

    @Test("the breakdown by kind, channel, district and department")
    func breakdown() async throws {
        let fixture = try await PetitionStatusFixture.make()
        let result = try await fixture.desk.runner.result(PetitionStatusProjection(), cutoff: .date(november))
        let table = try #require(result.table("petition-breakdown"))
        #expect(table.columns.map(\.key) == ["group", "item", "received", "completed", "notPossible", "underReview",
                                             "open", "transferred", "closedAsRepeat"])
        #expect(result.petitionRows("petition-breakdown") == [
            "kind.grievance: 유형 | 고충 | 5 | 1 | 1 | 0 | 2 | 0 | 1",
            "kind.suggestion: 유형 | 건의 | 1 | 1 | 0 | 0 | 0 | 0 | 0",
            "kind.inquiry: 유형 | 질의 (제도·절차) | 1 | 0 | 0 | 1 | 0 | 0 | 0",
            "kind.legal-inquiry: 유형 | 질의 (법령해석) | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "kind.other: 유형 | 기타 | 1 | 0 | 0 | 0 | 0 | 1 | 0",
            "channel.visit: 접수경로 | 방문 | 5 | 1 | 0 | 1 | 2 | 0 | 1",
            "channel.phone: 접수경로 | 전화 | 1 | 1 | 0 | 0 | 0 | 0 | 0",
            "channel.written: 접수경로 | 서면 | 1 | 0 | 1 | 0 | 0 | 0 | 0",
            "channel.one-day-field-office: 접수경로 | 1일 현장민원실 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "channel.online: 접수경로 | 온라인 | 1 | 0 | 0 | 0 | 0 | 1 | 0",
            "district.jung-gu: 구·군 | 중구 | 2 | 1 | 0 | 0 | 0 | 0 | 1",
            "district.dong-gu: 구·군 | 동구 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "district.nam-gu: 구·군 | 남구 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "district.yeonsu-gu: 구·군 | 연수구 | 1 | 0 | 0 | 0 | 0 | 1 | 0",
            "district.namdong-gu: 구·군 | 남동구 | 2 | 1 | 0 | 0 | 1 | 0 | 0",
            "district.bupyeong-gu: 구·군 | 부평구 | 1 | 0 | 1 | 0 | 0 | 0 | 0",
            "district.gyeyang-gu: 구·군 | 계양구 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "district.seo-gu: 구·군 | 서구 | 1 | 0 | 0 | 1 | 0 | 0 | 0",
            "district.ganghwa-gun: 구·군 | 강화군 | 1 | 0 | 0 | 0 | 1 | 0 | 0",
            "district.ongjin-gun: 구·군 | 옹진군 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "department.road-management: 부서 | road-management | 2 | 1 | 0 | 0 | 1 | 0 | 0",
            "department.transport-policy: 부서 | transport-policy | 4 | 1 | 1 | 0 | 0 | 1 | 1",
            "department.welfare-policy: 부서 | welfare-policy | 2 | 0 | 0 | 1 | 1 | 0 | 0",
        ])
    }

    @Test("an empty log shows 자료 없음, not 0")
    func emptyLog() async throws {
        let result = try await PetitionDesk().runner.result(PetitionStatusProjection())
        #expect(result.petitionCell("petition-status", "petitions", "total") == .noData)
        #expect(result.petitionCell("petition-status", "petitions", "siteVisits") == .noData)
        #expect(result.petitionCell("petition-breakdown", "district.jung-gu", "received") == .noData)
        #expect(result.table("petition-breakdown")?.rows.count == 20)
    }

    @Test("explain: 완료 changes with each completion and the reopening, 면담 with each meeting")
    func explain() async throws {
        let fixture = try await PetitionStatusFixture.make()
        let runner = fixture.desk.runner
        let completed = try await runner.explain(PetitionStatusProjection(), cutoff: .date(november),
                                                 table: "petition-status", row: "petitions", column: "completed")
        // The first receipt turns 자료 없음 into 0.
        #expect(completed.map(\.id) == ["rec1", "done1", "done2", "done5", "reopen5"].map { fixture.events[$0]!.id })
        let meetings = try await runner.explain(PetitionStatusProjection(), cutoff: .date(november),
                                                table: "petition-status", row: "petitions", column: "mayorMeetings")
        #expect(meetings.map(\.id) == ["rec1", "mayor1", "mayor8"].map { fixture.events[$0]!.id })
    }

    @Test("catch-up from a checkpoint taken in November equals a full rebuild")
    func catchUp() async throws {
        var fixture = try await PetitionStatusFixture.make()
        let desk = fixture.desk
        try await desk.expectCatchUpEqualsRebuild(PetitionStatusProjection()) { try await fixture.recordDecember() }
        try await desk.expectCatchUpEqualsRebuild(PetitionStatusProjection(period: november...november)) {
            try await desk.receive("2018-0001", on: "2018-01-03")
        }
    }
}
