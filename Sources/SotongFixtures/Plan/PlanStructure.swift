import Foundation
import SotongDomain

/// The budget, the plan's goal, strategies, tasks and the twelve projects of the summary table
/// (총괄표), as the plan of December 2017 prints them. Costs in thousands of won (천원).
enum PlanStructure {
    static let goal: GoalID = "goal-2018"
    static let goalTitle = "「경청과 배려」하는 공감소통 市政 구현"

    static let strategies: [(StrategyID, String)] = [
        ("s1-policy-base", "정책 소통기반 강화"),
        ("s2-channels", "공감시정 구현을 위한 소통채널 확대"),
        ("s3-support", "시민행복을 위한 소통지원 활성화"),
        ("s4-field", "시민중심의 현장소통 및 체계적 갈등관리"),
        ("s5-petitions", "소통중심 『직소민원실』 운영"),
    ]

    /// The tasks (추진과제) under each strategy, as the plan's 정책목표 lists them.
    static let tasks: [(TaskID, StrategyID, String)] = [
        ("t1-1-network", "s1-policy-base", "「시민사회 소통네트워크」 활성화로 협치시스템 정착"),
        ("t1-2-academy", "s1-policy-base", "소통역량 강화를 위한 「소통아카데미」 개최"),
        ("t2-1-forum", "s2-channels", "행복한 시민 토론마당 「애인토론회」 내실 운영"),
        ("t2-2-advisory", "s2-channels", "시민행복정책자문단 「시민소통분야」 확대운영"),
        ("t2-3-monitor", "s2-channels", "시민행복 정책 모니터단 운영"),
        ("t3-1-tour", "s3-support", "시민행복 정책 소통투어 추진"),
        ("t3-2-evaluation", "s3-support", "소통활동 성과평가 운영"),
        ("t4-1-field-day", "s4-field", "「동네방네 현장소통의 날」 운영 확대"),
        ("t4-2-field-office", "s4-field", "「현장에서 듣다. 1일 현장민원실」 운영"),
        ("t4-3-conflict", "s4-field", "갈등민원의 체계적 관리 및 대응역량 강화"),
        ("t5-1-petitions", "s5-petitions", "신속·친절한 직소민원 상담 및 조정·중재로 시민불편 해소"),
        ("t5-2-consultation", "s5-petitions", "직소민원 해결 향상을 위한 「관련부서 실무자 협의」 강화"),
    ]

    /// The projects of the 총괄표: id, strategy, title as printed, 신규/계속, first year, cost (천원, nil = 비예산).
    /// Continuing projects run on (지속) from the year they began; new ones from 2018 (2018 - 지속).
    static let projects: [(ProjectID, StrategyID, String, ProjectStatus, Int, Int?)] = [
        ("p01-network", "s1-policy-base", "「시민사회 소통네트워크」 활성화로 협치시스템 정착", .continuing, 2015, 9_000),
        ("p02-academy", "s1-policy-base", "소통역량 강화를 위한 「소통아카데미」 개최", .continuing, 2015, 15_000),
        ("p03-forum", "s2-channels", "애인(愛仁)토론회 내실운영", .continuing, 2015, 40_000),
        ("p04-advisory", "s2-channels", "시민행복정책자문단 「시민소통분야」 확대운영", .continuing, 2015, nil),
        ("p05-monitor", "s2-channels", "시민행복 정책 모니터단 운영", .new, 2018, nil),
        ("p06-tour", "s3-support", "시민행복 정책 소통투어 추진", .continuing, 2017, 4_000),
        ("p07-evaluation", "s3-support", "소통활동 성과평가 운영", .new, 2018, nil),
        ("p08-field-day", "s4-field", "「동네방네 현장소통의 날」 운영", .continuing, 2016, nil),
        ("p09-field-office", "s4-field", "「1일 현장민원실」 운영", .continuing, 2016, 2_000),
        ("p10-conflict", "s4-field", "갈등관리 및 대응역량 강화", .continuing, 2015, 11_000),
        ("p11-petition-desk", "s5-petitions", "「직소민원실」 운영", .continuing, 2015, 2_600),
        ("p12-outreach", "s5-petitions", "「찾아가는 공감 면담」 운영", .continuing, 2016, nil),
    ]

    static func write(into timeline: Timeline) {
        let actor = PlanOrganisation.policyActor
        // 2017: all project budget (사업예산); 2018: personnel -, operating -, project 140 백만원.
        timeline.add(AnnualBudgetSet(year: 2017, personnel: 0, operating: 0, project: 103_000),
                     at: LocalDate(year: 2016, month: 12, day: 20)!.at(hour: 14), actor: PlanOrganisation.registerActor)
        var at = LocalDate(year: 2017, month: 12, day: 11)!.at(hour: 10)
        func next(_ event: some OfficeEvent) {
            timeline.add(event, at: at, actor: actor)
            at = at.addingTimeInterval(3 * 60)
        }
        next(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000))
        next(PlanGoalRegistered(goal: goal, title: goalTitle))
        for (strategy, title) in strategies { next(PlanStrategyRegistered(strategy: strategy, goal: goal, title: title)) }
        for (task, strategy, title) in tasks { next(PlanTaskRegistered(task: task, strategy: strategy, title: title)) }
        for (project, strategy, title, status, start, cost) in projects {
            next(PlanProjectRegistered(project: project, strategy: strategy, title: title, status: status,
                                       startYear: start, totalCost: cost))
        }
    }
}
