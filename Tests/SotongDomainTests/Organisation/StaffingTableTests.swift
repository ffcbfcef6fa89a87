import Foundation
import SotongCore
import SotongDomain
import Testing

/// The plan's staffing table (인력 현황, Dec 2017), rebuilt from events.
@Suite struct StaffingTableTests {
    let scenario = Scenario()

    /// Teams, quotas and staff whose history gives exactly the plan's table on 2017-12-01.
    private func recordDecember2017() async throws {
        let start = Scenario.at("2017-01-02")
        let duties: [Team: [String]] = [
            .policy: ["대시민 소통계획 수립", "소통활성화 과제 발굴", "「시민사회 소통네트워크」 운영",
                      "시민행복정책자문단 「시민소통분과」 운영", "애인(愛仁)토론회 및 소통아카데미 운영"],
            .support: ["소통지원정책 조정·발굴", "「시정혁신 세부과제」 추진상황 관리", "소통활동 성과평가 운영",
                       "온라인 소통채널 운영 (시원소통 등 SNS)"],
            .field: ["현장소통 활성화 시책 발굴 추진", "「동네방네 현장소통의 날」 운영", "「1일 현장민원실」 운영",
                     "갈등현안 해결을 위한 민관 협력 강화", "공무원 갈등관리 및 대응역량 강화교육"],
            .petitions: ["시장실 방문 직소민원 응대 및 조정 관리", "직소민원 처리체계 개선 및 분석 보고", "직소민원 데이터 관리"],
        ]
        for team in Team.allCases {
            try await scenario.given(TeamEstablished(team: team, duties: duties[team] ?? []), on: start)
        }
        let quotas: [(Team, Grade, Int)] = [
            (.policy, .grade4, 1), (.policy, .grade5, 1), (.policy, .grade6, 2), (.policy, .grade7, 2), (.policy, .grade8, 0),
            (.support, .grade5, 1), (.support, .grade6, 1), (.support, .grade7, 1),
            (.field, .grade5, 1), (.field, .grade6, 1), (.field, .grade7, 1),
            (.petitions, .grade5, 1), (.petitions, .grade6, 3), (.petitions, .grade7, 1),
        ]
        for (team, grade, quota) in quotas {
            try await scenario.given(TeamQuotaSet(team: team, grade: grade, quota: quota), on: start)
        }
        let desk = "직소민원실"
        let assignments: [StaffAssigned] = [
            StaffAssigned(staff: "S-4001", team: .policy, grade: .grade4, jobSeries: .administrative),
            StaffAssigned(staff: "S-5001", team: .policy, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-5002", team: .policy, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-6001", team: .policy, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6002", team: .policy, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6003", team: .policy, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-7001", team: .policy, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-7002", team: .policy, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-8001", team: .policy, grade: .grade8, jobSeries: .administrative),
            StaffAssigned(staff: "S-5101", team: .support, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-6101", team: .support, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6102", team: .support, grade: .grade6, jobSeries: .computing),
            StaffAssigned(staff: "S-7101", team: .support, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-5201", team: .field, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-6201", team: .field, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6202", team: .field, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-7201", team: .policy, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-5301", team: .petitions, grade: .grade5, jobSeries: .administrative, role: desk),
            StaffAssigned(staff: "S-6301", team: .petitions, grade: .grade6, jobSeries: .administrative, role: desk),
            StaffAssigned(staff: "S-6302", team: .petitions, grade: .grade6, jobSeries: .facilities, role: desk),
            StaffAssigned(staff: "S-6303", team: .petitions, grade: .grade6, jobSeries: .facilities, role: desk),
            StaffAssigned(staff: "S-7301", team: .petitions, grade: .grade7, jobSeries: .administrative),
        ]
        for assignment in assignments { try await scenario.given(assignment, on: start) }
        // Two members of 소통정책팀 went on long-term training and came back: returnees, not current.
        for staff: StaffID in ["S-5002", "S-6003"] {
            try await scenario.given(StaffTrainingDispatched(staff: staff, institution: "지방행정연수원",
                                                             until: try LocalDate("2017-06-30")), on: Scenario.at("2017-01-09"))
            try await scenario.given(StaffTrainingReturned(staff: staff), on: Scenario.at("2017-07-03"))
        }
        // One member of 소통지원팀 is away on training: neither current nor a returnee.
        try await scenario.given(StaffTrainingDispatched(staff: "S-6102", institution: "국외훈련"), on: Scenario.at("2017-08-01"))
        // One member of 현장소통팀 left; a 7급 moved there from 소통정책팀.
        try await scenario.given(StaffLeft(staff: "S-6202", reason: "정기인사 전출"), on: Scenario.at("2017-07-10"))
        try await scenario.given(StaffTransferred(staff: "S-7201", toTeam: .field), on: Scenario.at("2017-07-10"))
    }

    private func organisation() async throws -> OrganisationState {
        let log = await scenario.store.readPage(after: 0, limit: 1_000, types: nil)
        return OrganisationState.fold(try log.map(OfficeCatalog.decode))
    }

    @Test func reproducesThePlansTableCellByCell() async throws {
        try await recordDecember2017()
        let state = try await organisation()
        let asOf = try LocalDate("2017-12-01")
        let grades: [Grade] = [.grade4, .grade5, .grade6, .grade7, .grade8]
        // The plan's rows: total, then 4급 … 8급 ("-" where the plan prints none).
        let expected: [(Team?, String, [String])] = [
            (nil, "17/18(2)", ["1/1", "4/4(1)", "7/7(1)", "5/5", "0/1"]),
            (.policy, "6/7(2)", ["1/1", "1/1(1)", "2/2(1)", "2/2", "0/1"]),
            (.support, "3/3", ["-", "1/1", "1/1", "1/1", "-"]),
            (.field, "3/3", ["-", "1/1", "1/1", "1/1", "-"]),
            (.petitions, "5/5", ["-", "1/1", "3/3", "1/1", "-"]),
        ]
        for (team, total, cells) in expected {
            if let team {
                #expect(state.teamTotal(team, asOf: asOf).notation == total, "\(team.koreanLabel) 계")
                for (grade, cell) in zip(grades, cells) {
                    #expect((state.cell(team, grade, asOf: asOf)?.notation ?? "-") == cell,
                            "\(team.koreanLabel) \(grade.koreanLabel)")
                }
                #expect(state.cell(team, .grade9, asOf: asOf) == nil)
            } else {
                #expect(state.officeTotal(asOf: asOf).notation == total, "계")
                for (grade, cell) in zip(grades, cells) {
                    #expect((state.gradeTotal(grade, asOf: asOf)?.notation ?? "-") == cell, "계 \(grade.koreanLabel)")
                }
                #expect(state.gradeTotal(.grade9, asOf: asOf) == nil)
            }
        }
        #expect(state.officeTotal(asOf: asOf) == RosterCell(quota: 17, current: 18, returnees: 2, away: 1))
        #expect(state.teamTotal(.policy, asOf: asOf) == RosterCell(quota: 6, current: 7, returnees: 2, away: 0))
        #expect(state.cell(.policy, .grade8, asOf: asOf) == RosterCell(quota: 0, current: 1, returnees: 0, away: 0))
        #expect(state.cell(.support, .grade6, asOf: asOf) == RosterCell(quota: 1, current: 1, returnees: 0, away: 1))
    }

    @Test func staffsTheDirectPetitionDesk() async throws {
        try await recordDecember2017()
        let state = try await organisation()
        let desk = state.members(of: .petitions).compactMap { state.staff[$0] }.filter { $0.role == "직소민원실" }
        #expect(desk.count == 4)
        #expect(desk.filter { $0.jobSeries == .administrative && $0.grade == .grade5 }.count == 1)
        #expect(desk.filter { $0.jobSeries == .administrative && $0.grade == .grade6 }.count == 1)
        #expect(desk.filter { $0.jobSeries == .facilities && $0.grade == .grade6 }.count == 2)
        #expect(state.duties[.petitions]?.count == 3)
        #expect(state.members(of: .field) == ["S-5201", "S-6201", "S-7201"])
    }

    @Test func returneesCountAsCurrentAfterTheYearFollowingTheirReturn() async throws {
        try await recordDecember2017()
        let state = try await organisation()
        #expect(state.teamTotal(.policy, asOf: try LocalDate("2018-12-31")).notation == "6/7(2)")
        #expect(state.teamTotal(.policy, asOf: try LocalDate("2019-01-01")).notation == "6/9")
        #expect(state.officeTotal(asOf: try LocalDate("2019-01-01")).notation == "17/20")
    }
}
