import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The plan's network: 22 members (11 직능사회단체, 7 시민사회단체, 3 시의회, 1 市) and its
/// 4 common agendas with 12 practical tasks.
enum NetworkPlan {
    /// Members `NET-<category>-<n>`; 12 직능사회단체 join, so that one can leave.
    static func members() -> [(any OfficeEvent, String)] {
        let sizes: [(NetworkCategory, Int)] = [(.professionalAssociation, 12), (.civicGroup, 7), (.cityCouncil, 3), (.city, 1)]
        return sizes.flatMap { category, count in
            (1...count).map {
                (NetworkMemberJoined(member: MemberID("NET-\(category.rawValue)-\($0)"), category: category,
                                     organisation: "\(category.koreanLabel) \($0)"), "2017-02-20") as (any OfficeEvent, String)
            }
        }
    }

    static let agendas: [(NetworkAgendaID, String)] = [
        ("aviation-industry", "인천 항공산업 살리기 운동"), ("island-revitalisation", "섬 지역 활성화로 인천가치 재창조"),
        ("fair-districts", "정당한 인천선거구 찾기 운동"), ("high-court-branch", "고등법원 원외재판부 유치"),
    ]

    /// The 4 agendas, three tasks each: `task-1` … `task-3`.
    static func agendaEvents() -> [(any OfficeEvent, String)] {
        agendas.map { agenda, title in
            (NetworkAgendaRegistered(agenda: agenda, title: title, tasks: (1...3).map {
                NetworkPracticalTask(task: NetworkTaskID("task-\($0)"), title: "\(title) 실천과제 \($0)")
            }), "2017-03-15")
        }
    }
}

@Suite("Network projection")
struct NetworkProjectionTests {
    let projection = NetworkProjection()
    let columns = ["category", "total", "professional-association", "civic-group", "city-council", "city"]

    /// The plan's network, 10 meetings in 2017 and 2 in 2018, and some task progress.
    func planned() async throws -> CivicHarness {
        let harness = CivicHarness()
        try await harness.recordAll(NetworkPlan.members() + NetworkPlan.agendaEvents())
        try await harness.record(NetworkMemberLeft(member: "NET-professional-association-12"), on: "2017-06-30")
        for month in 3...12 {
            try await harness.record(NetworkMeetingHeld(attendees: 10 + month, agendas: ["aviation-industry"]),
                                     on: String(format: "2017-%02d-25", month))
        }
        try await harness.record(NetworkTaskProgressRecorded(agenda: "aviation-industry", task: "task-1",
                                                             note: "서명운동 착수", status: .inProgress), on: "2017-05-02")
        try await harness.record(NetworkTaskProgressRecorded(agenda: "aviation-industry", task: "task-1",
                                                             note: "서명부 전달", status: .done), on: "2018-02-14")
        try await harness.record(NetworkTaskProgressRecorded(agenda: "fair-districts", task: "task-2",
                                                             note: "토론회 계획 수립", status: .planned), on: "2018-03-08")
        try await harness.record(NetworkMeetingHeld(attendees: 18, agendas: []), on: "2018-03-20")
        try await harness.record(NetworkMeetingHeld(attendees: 21, agendas: ["fair-districts"]), on: "2018-06-19")
        return harness
    }

    @Test("the plan's 「시민사회 소통네트워크」 구성현황: 22 = 11 7 3 1, members who left not counted")
    func planTable() async throws {
        let result = try await planned().result(projection)
        let table = try #require(result.table("network"))
        #expect(table.title == "「시민사회 소통네트워크」 구성현황")
        #expect(table.columns.map(\.label) == ["구 분", "계", "직능사회단체", "시민사회단체", "시의회", "市"])
        #expect(table.columns.map(\.key) == columns)
        #expect(result.cells("network", row: "members", columns)
            == [.text("인원"), .integer(22), .integer(11), .integer(7), .integer(3), .integer(1)])
    }

    @Test("the 4 agendas and 12 tasks with each task's latest status")
    func agendas() async throws {
        let result = try await planned().result(projection)
        let table = try #require(result.table("agendas"))
        #expect(table.title == "「4대 공동의제 12개 실천과제」 추진상황")
        #expect(table.columns.map(\.label) == ["공동의제", "실천과제", "추진상황", "최근 기록일"])
        #expect(table.rows.count == 12)
        #expect(table.rows.first?.key == "aviation-industry/task-1")
        #expect(table.rows.last?.key == "high-court-branch/task-3")
        let columns = ["agenda", "task", "status", "updated"]
        #expect(result.cells("agendas", row: "aviation-industry/task-1", columns)
            == [.text("1. 인천 항공산업 살리기 운동"), .text("인천 항공산업 살리기 운동 실천과제 1"), .text("완료"), .text("2018-02-14")])
        #expect(result.cells("agendas", row: "fair-districts/task-2", ["agenda", "status", "updated"])
            == [.text("3. 정당한 인천선거구 찾기 운동"), .text("계획"), .text("2018-03-08")])
        #expect(result.cells("agendas", row: "island-revitalisation/task-3", ["status", "updated"]) == [.noData, .noData])
        #expect(table.notes == ["실천과제 추진상황: 계획 1 · 추진중 0 · 완료 1 · 기록 없음 10"])
    }

    @Test("meetings per year with attendees; as of a date and a position")
    func meetings() async throws {
        let harness = try await planned()
        let columns = ["year", "meetings", "attendees"]
        let result = try await harness.result(projection)
        #expect(result.table("meetings")?.title == "「시민사회 소통네트워크」 회의 개최 현황")
        #expect(result.rowKeys("meetings") == ["total", "2017", "2018"])
        #expect(result.cells("meetings", row: "2017", columns) == [.text("2017년"), .integer(10), .integer(175)])
        #expect(result.cells("meetings", row: "2018", columns) == [.text("2018년"), .integer(2), .integer(39)])
        #expect(result.cells("meetings", row: "total", columns) == [.text("계"), .integer(12), .integer(214)])

        let dated = try await harness.result(projection, cutoff: .date(CivicHarness.date("2018-02-28")))
        #expect(dated.rowKeys("meetings") == ["total", "2017"])
        #expect(dated.cells("agendas", row: "aviation-industry/task-1", ["status", "updated"]) == [.text("완료"), .text("2018-02-14")])
        #expect(dated.cells("agendas", row: "fair-districts/task-2", ["status"]) == [.noData])

        // Position 27 is the last registration: 23 joined, 4 agendas; nobody left yet, no meeting.
        let early = try await harness.result(projection, cutoff: .position(27))
        #expect(early.cells("network", row: "members", ["total", "professional-association"]) == [.integer(23), .integer(12)])
        #expect(early.cells("meetings", row: "total", ["meetings", "attendees"]) == [.noData, .noData])
        #expect(early.table("agendas")?.title == "「4대 공동의제 12개 실천과제」 추진상황")
    }

    @Test("explain: the 2018 meetings cell comes from exactly the two 2018 meetings")
    func explain() async throws {
        let harness = try await planned()
        let meetings = try await harness.events(NetworkMeetingHeld.eventType)
        let sources = try await harness.runner.explain(projection, table: "meetings", row: "2018", column: "meetings")
        #expect(sources.map(\.id) == meetings.suffix(2).map(\.id))
        let left = try await harness.events(NetworkMemberLeft.eventType)
        let joined = try await harness.events(NetworkMemberJoined.eventType)
        let association = try await harness.runner.explain(projection, table: "network", row: "members",
                                                           column: "professional-association")
        #expect(association.map(\.id) == joined.prefix(12).map(\.id) + left.map(\.id))
    }

    @Test("catching up from a saved checkpoint equals a rebuild")
    func catchUp() async throws {
        let harness = CivicHarness()
        try await harness.recordAll(NetworkPlan.members() + NetworkPlan.agendaEvents())
        try await harness.record(NetworkMeetingHeld(attendees: 12, agendas: []), on: "2017-04-25")
        try await harness.record(NetworkTaskProgressRecorded(agenda: "high-court-branch", task: "task-1",
                                                             note: "유치 건의", status: .inProgress), on: "2017-05-02")
        try await harness.expectCatchUpMatchesRebuild(projection) {
            try await harness.record(NetworkMemberLeft(member: "NET-city-council-2"), on: "2018-07-01")
            try await harness.record(NetworkTaskProgressRecorded(agenda: "high-court-branch", task: "task-1",
                                                                 note: "유치 확정", status: .done), on: "2018-08-01")
            try await harness.record(NetworkMeetingHeld(attendees: 17, agendas: ["high-court-branch"]), on: "2018-08-20")
        }
    }

    @Test("no network events: 자료 없음, not 0")
    func empty() async throws {
        let result = try await CivicHarness().result(projection)
        #expect(result.cells("network", row: "members", ["total", "city"]) == [.noData, .noData])
        #expect(result.rowKeys("agendas") == [])
        #expect(result.table("agendas")?.notes == ["등록된 공동의제 없음"])
    }
}
