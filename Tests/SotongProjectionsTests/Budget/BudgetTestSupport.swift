import Foundation
import SotongCore
import SotongDomain

/// The plan's budget and summary table (총괄표) as events, in two phases; costs in 천원.
enum BudgetFixture {
    static let strategies: [(StrategyID, String)] = [
        ("s1-policy-base", "정책 소통기반 강화"),
        ("s2-channels", "공감시정 구현을 위한 소통채널 확대"),
        ("s3-support", "시민행복을 위한 소통지원 활성화"),
        ("s4-field", "시민중심의 현장소통 및 체계적 갈등관리"),
        ("s5-petitions", "소통중심 『직소민원실』 운영"),
    ]

    /// The twelve projects; `nil` cost for 비예산.
    static let projects: [(ProjectID, StrategyID, String, ProjectStatus, Int?)] = [
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

    /// The recorded events by a short name, and the position after the first phase.
    struct Recorded {
        var byName: [String: RecordedEvent] = [:]
        var lastOfFirstPhase: Int64 = 0
    }

    /// Budgets of 2017 and 2018, the goal, the strategies and the first six projects.
    static func recordFirstPhase(in log: OfficeTablesLog, into recorded: inout Recorded) async throws {
        let day = "2017-12-15"
        recorded.byName["budget:2017"] =
            try await log.record(AnnualBudgetSet(year: 2017, personnel: 0, operating: 0, project: 103_000), on: day)
        recorded.byName["budget:2018"] =
            try await log.record(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000), on: day)
        try await log.record(PlanGoalRegistered(goal: "goal-2018", title: "「경청과 배려」하는 공감소통 市政 구현"), on: day)
        for (strategy, title) in strategies {
            recorded.byName["strategy:\(strategy)"] =
                try await log.record(PlanStrategyRegistered(strategy: strategy, goal: "goal-2018", title: title), on: day)
        }
        for project in projects.prefix(6) { try await recordProject(project, in: log, into: &recorded) }
        recorded.lastOfFirstPhase = recorded.byName.values.map(\.position).max() ?? 0
    }

    /// The other six projects.
    static func recordSecondPhase(in log: OfficeTablesLog, into recorded: inout Recorded) async throws {
        for project in projects.dropFirst(6) { try await recordProject(project, in: log, into: &recorded) }
    }

    private static func recordProject(_ project: (ProjectID, StrategyID, String, ProjectStatus, Int?),
                                      in log: OfficeTablesLog, into recorded: inout Recorded) async throws {
        let (id, strategy, title, status, cost) = project
        // 계속 사업 run on (지속) from before the plan; 신규 start in 2018.
        recorded.byName["project:\(id)"] = try await log.record(
            PlanProjectRegistered(project: id, strategy: strategy, title: title, status: status,
                                  startYear: status == .new ? 2018 : 2015, totalCost: cost),
            on: "2017-12-18")
    }
}
