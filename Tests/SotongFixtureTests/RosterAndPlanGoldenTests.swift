import Foundation
import SotongCore
import SotongDomain
import Testing

/// The plan's section I tables, cell by cell, from the fixture log: the roster (인력 현황) and the
/// budget, and the summary table (총괄표) of section II.
@Suite struct RosterAndPlanGoldenTests {
    static let asOf = LocalDate(year: 2017, month: 12, day: 31)!

    @Test func rosterAsOfDecember2017IsThePlansTable() async throws {
        let fixture = try await ImportedFixture.shared.value
        let state = OrganisationState.fold(fixture.entries(through: Self.asOf))
        let grades: [Grade] = [.grade4, .grade5, .grade6, .grade7, .grade8]
        let expected: [(Team?, String, [String])] = [
            (nil, "17/18(2)", ["1/1", "4/4(1)", "7/7(1)", "5/5", "0/1"]),
            (.policy, "6/7(2)", ["1/1", "1/1(1)", "2/2(1)", "2/2", "0/1"]),
            (.support, "3/3", ["-", "1/1", "1/1", "1/1", "-"]),
            (.field, "3/3", ["-", "1/1", "1/1", "1/1", "-"]),
            (.petitions, "5/5", ["-", "1/1", "3/3", "1/1", "-"]),
        ]
        for (team, total, cells) in expected {
            if let team {
                #expect(state.teamTotal(team, asOf: Self.asOf).notation == total, "\(team.koreanLabel) 계")
                for (grade, cell) in zip(grades, cells) {
                    #expect((state.cell(team, grade, asOf: Self.asOf)?.notation ?? "-") == cell,
                            "\(team.koreanLabel) \(grade.koreanLabel)")
                }
                #expect(state.cell(team, .grade9, asOf: Self.asOf) == nil)
            } else {
                #expect(state.officeTotal(asOf: Self.asOf).notation == total, "계 계")
                for (grade, cell) in zip(grades, cells) {
                    #expect((state.gradeTotal(grade, asOf: Self.asOf)?.notation ?? "-") == cell, "계 \(grade.koreanLabel)")
                }
            }
        }
        #expect(state.officeTotal(asOf: Self.asOf) == RosterCell(quota: 17, current: 18, returnees: 2, away: 0))
        // The same on 2017-12-01: nothing changed in December.
        #expect(state.officeTotal(asOf: day("2017-12-01")).notation == "17/18(2)")
    }

    @Test func dutiesAndTheDirectPetitionDeskAreThePlans() async throws {
        let fixture = try await ImportedFixture.shared.value
        let state = OrganisationState.fold(fixture.entries(through: Self.asOf))
        #expect(state.establishedTeams == [.policy, .support, .field, .petitions])
        #expect(state.duties[.policy] == ["대시민 소통계획 수립", "소통활성화 과제 발굴", "「시민사회 소통네트워크」 운영",
                                          "시민행복정책자문단 「시민소통분과」 운영", "애인(愛仁)토론회 및 소통아카데미 운영"])
        #expect(state.duties[.support] == ["소통지원정책 조정·발굴", "「시정혁신 세부과제」 추진상황 관리", "소통활동 성과평가 운영",
                                           "온라인 소통채널 운영 (시원소통 등 SNS)"])
        #expect(state.duties[.field] == ["현장소통 활성화 시책 발굴 추진", "「동네방네 현장소통의 날」 운영", "「1일 현장민원실」 운영",
                                         "갈등현안 해결을 위한 민관 협력 강화", "공무원 갈등관리 및 대응역량 강화교육"])
        #expect(state.duties[.petitions] == ["시장실 방문 직소민원 응대 및 조정 관리", "직소민원 처리체계 개선 및 분석 보고",
                                             "직소민원 데이터 관리"])
        let desk = state.members(of: .petitions).compactMap { state.staff[$0] }.filter { $0.role == "직소민원실" }
        #expect(desk.count == 4)
        #expect(desk.count { $0.jobSeries == .administrative && $0.grade == .grade5 } == 1)
        #expect(desk.count { $0.jobSeries == .administrative && $0.grade == .grade6 } == 1)
        #expect(desk.count { $0.jobSeries == .facilities && $0.grade == .grade6 } == 2)
    }

    @Test func budgetIsThePlans() async throws {
        let fixture = try await ImportedFixture.shared.value
        let plan = PlanState.fold(fixture.entries(through: Self.asOf))
        #expect(plan.budget.year(2017)?.total == 103_000)
        #expect(plan.budget.year(2018) == BudgetState.Annual(year: 2018, personnel: 0, operating: 0, project: 140_000))
        #expect(plan.budget.year(2018)?.total == 140_000)
    }

    @Test func summaryTableIsThePlans() async throws {
        let fixture = try await ImportedFixture.shared.value
        let plan = PlanState.fold(fixture.entries(through: Self.asOf))
        #expect(plan.goals.map(\.title) == ["「경청과 배려」하는 공감소통 市政 구현"])
        #expect(plan.strategies.map(\.title) == ["정책 소통기반 강화", "공감시정 구현을 위한 소통채널 확대",
                                                 "시민행복을 위한 소통지원 활성화", "시민중심의 현장소통 및 체계적 갈등관리",
                                                 "소통중심 『직소민원실』 운영"])
        #expect(plan.strategies.map { strategy in plan.tasks.count { $0.strategy == strategy.id } } == [2, 3, 2, 3, 2])
        #expect(plan.projects.map(\.title) == [
            "「시민사회 소통네트워크」 활성화로 협치시스템 정착", "소통역량 강화를 위한 「소통아카데미」 개최", "애인(愛仁)토론회 내실운영",
            "시민행복정책자문단 「시민소통분야」 확대운영", "시민행복 정책 모니터단 운영", "시민행복 정책 소통투어 추진",
            "소통활동 성과평가 운영", "「동네방네 현장소통의 날」 운영", "「1일 현장민원실」 운영", "갈등관리 및 대응역량 강화",
            "「직소민원실」 운영", "「찾아가는 공감 면담」 운영",
        ])
        #expect(plan.projects.map(\.totalCost) == [9_000, 15_000, 40_000, nil, nil, 4_000, nil, nil, 2_000, 11_000, 2_600, nil])
        #expect(plan.projects.map(\.status.koreanLabel) == ["계속", "계속", "계속", "계속", "신규", "계속", "신규", "계속", "계속",
                                                            "계속", "계속", "계속"])
        // 사업기간: 지속 for continuing projects, 2018 - 지속 for the new ones.
        #expect(plan.projects.allSatisfy { $0.endYear == nil })
        #expect(plan.projects.filter { $0.status == .new }.allSatisfy { $0.startYear == 2018 })
        #expect(plan.projects.filter { $0.status == .continuing }.allSatisfy { $0.startYear < 2018 })
        #expect(plan.projects.allSatisfy { $0.nationalSupport == nil })
        #expect(plan.strategies.map { plan.projects(in: $0.id).count } == [2, 3, 2, 3, 2])
        #expect(plan.strategies.map { plan.subtotal(of: $0.id) } == [24_000, 40_000, 4_000, 13_000, 2_600])
        #expect(plan.allocatedTotal == 83_600)
        #expect(plan.allocated(in: 2018) == 83_600)
        #expect(plan.unallocated(in: 2018) == 56_400)
    }
}
