import Foundation
import SotongCore
import SotongDomain
import Testing

/// The plan's summary table (총괄표, section II.3), rebuilt from events.
@Suite struct PlanSummaryTableTests {
    let scenario = Scenario()

    private static let strategies: [(StrategyID, String)] = [
        ("s1-policy-base", "정책 소통기반 강화"),
        ("s2-channels", "공감시정 구현을 위한 소통채널 확대"),
        ("s3-support", "시민행복을 위한 소통지원 활성화"),
        ("s4-field", "시민중심의 현장소통 및 체계적 갈등관리"),
        ("s5-petitions", "소통중심 『직소민원실』 운영"),
    ]

    /// The twelve projects; costs in 천원 (the plan prints 백만원), `nil` for 비예산.
    private static let projects: [(ProjectID, StrategyID, String, ProjectStatus, Int?)] = [
        ("p01", "s1-policy-base", "「시민사회 소통네트워크」 활성화로 협치시스템 정착", .continuing, 9_000),
        ("p02", "s1-policy-base", "소통역량 강화를 위한 「소통아카데미」 개최", .continuing, 15_000),
        ("p03", "s2-channels", "애인(愛仁)토론회 내실운영", .continuing, 40_000),
        ("p04", "s2-channels", "시민행복정책자문단 「시민소통분야」 확대운영", .continuing, nil),
        ("p05", "s2-channels", "시민행복 정책 모니터단 운영", .new, nil),
        ("p06", "s3-support", "시민행복 정책 소통투어 추진", .continuing, 4_000),
        ("p07", "s3-support", "소통활동 성과평가 운영", .new, nil),
        ("p08", "s4-field", "「동네방네 현장소통의 날」 운영", .continuing, nil),
        ("p09", "s4-field", "「1일 현장민원실」 운영", .continuing, 2_000),
        ("p10", "s4-field", "갈등관리 및 대응역량 강화", .continuing, 11_000),
        ("p11", "s5-petitions", "「직소민원실」 운영", .continuing, 2_600),
        ("p12", "s5-petitions", "「찾아가는 공감 면담」 운영", .continuing, nil),
    ]

    private func recordThePlan() async throws -> PlanState {
        let day = Scenario.at("2017-12-15")
        try await scenario.given(AnnualBudgetSet(year: 2017, personnel: 0, operating: 0, project: 103_000), on: day)
        try await scenario.given(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000), on: day)
        try await scenario.given(PlanGoalRegistered(goal: "goal-2018", title: "「경청과 배려」하는 공감소통 市政 구현"), on: day)
        for (strategy, title) in Self.strategies {
            try await scenario.given(PlanStrategyRegistered(strategy: strategy, goal: "goal-2018", title: title), on: day)
        }
        for (project, strategy, title, status, cost) in Self.projects {
            // 계속 사업 run on (지속) from before the plan; 신규 start in 2018.
            try await scenario.given(PlanProjectRegistered(project: project, strategy: strategy, title: title, status: status,
                                                           startYear: status == .new ? 2018 : 2015, totalCost: cost),
                                     on: day)
        }
        let log = await scenario.store.readPage(after: 0, limit: 1_000, types: nil)
        return PlanState.fold(try log.map(OfficeCatalog.decode))
    }

    @Test func subtotalsByStrategyMatchThePlan() async throws {
        let plan = try await recordThePlan()
        #expect(plan.strategies.map(\.id) == Self.strategies.map(\.0))
        #expect(plan.strategies.map { plan.subtotal(of: $0.id) } == [24_000, 40_000, 4_000, 13_000, 2_600])
        #expect(plan.strategies.map { plan.projects(in: $0.id).count } == [2, 3, 2, 3, 2])
        #expect(plan.projects.filter { $0.totalCost == nil }.count == 5)
        #expect(plan.allocatedTotal == 83_600)
    }

    @Test func showsTheUnallocatedRemainder() async throws {
        let plan = try await recordThePlan()
        #expect(plan.budget.year(2018)?.total == 140_000)
        #expect(plan.allocated(in: 2018) == 83_600)
        #expect(plan.unallocated(in: 2018) == 56_400)
        // In 2017 only the continuing projects ran.
        #expect(plan.allocated(in: 2017) == 83_600)
        #expect(plan.unallocated(in: 2017) == 19_400)
        #expect(plan.allocated(in: 2014) == 0)
        #expect(plan.unallocated(in: 2019) == nil)
    }
}
