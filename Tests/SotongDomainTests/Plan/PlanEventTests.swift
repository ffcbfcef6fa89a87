import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct PlanEventTests {
    let scenario = Scenario()
    let day = Scenario.at("2017-12-15")

    private func plan() async throws -> PlanState { PlanState.fold(try await scenario.office.history(of: .plan)) }

    private func givenGoalAndStrategy() async throws {
        try await scenario.given(PlanGoalRegistered.example, on: day)
        try await scenario.given(PlanStrategyRegistered.example, on: day)
    }

    @Test func registersGoalsStrategiesTasksAndProjects() async throws {
        #expect(try await scenario.when(PlanGoalRegistered.example, on: day).stream == "plan")
        try await scenario.when(PlanStrategyRegistered.example, on: day)
        try await scenario.when(PlanStrategyRegistered(strategy: "s2-channels", goal: "goal-2018",
                                                       title: "공감시정 구현을 위한 소통채널 확대"), on: day)
        try await scenario.when(PlanTaskRegistered.example, on: day)
        try await scenario.when(PlanProjectRegistered.example, on: day)
        let plan = try await plan()
        #expect(plan.goals.map(\.id) == ["goal-2018"])
        #expect(plan.strategies.map(\.id) == ["s1-policy-base", "s2-channels"])
        #expect(plan.task("t1-2-academy")?.strategy == "s1-policy-base")
        #expect(plan.project("p-forum")?.totalCost == 40_000)
        #expect(plan.projects(in: "s2-channels").map(\.project) == ["p-forum"])
    }

    @Test func refusesARepeatedGoal() async throws {
        try await scenario.given(PlanGoalRegistered.example, on: day)
        try await scenario.expectRefused(PlanGoalRegistered(goal: "goal-2018", title: "다른 목표"), on: day,
                                         rule: "plan.goal-already-registered")
    }

    @Test func refusesAStrategyUnderAnUnknownGoal() async throws {
        try await scenario.expectRefused(PlanStrategyRegistered.example, on: day, rule: "plan.goal-not-registered")
    }

    @Test func refusesARepeatedStrategy() async throws {
        try await givenGoalAndStrategy()
        try await scenario.expectRefused(PlanStrategyRegistered.example, on: day, rule: "plan.strategy-already-registered")
    }

    @Test func refusesATaskOrProjectUnderAnUnknownStrategy() async throws {
        try await scenario.given(PlanGoalRegistered.example, on: day)
        try await scenario.expectRefused(PlanTaskRegistered.example, on: day, rule: "plan.strategy-not-registered")
        try await scenario.expectRefused(PlanProjectRegistered(project: "p-1", strategy: "s-unknown", title: "사업",
                                                               status: .new, startYear: 2018),
                                         on: day, rule: "plan.strategy-not-registered")
    }

    @Test func refusesARepeatedTask() async throws {
        try await givenGoalAndStrategy()
        try await scenario.given(PlanTaskRegistered.example, on: day)
        try await scenario.expectRefused(PlanTaskRegistered.example, on: day, rule: "plan.task-already-registered")
    }

    @Test func refusesARepeatedProject() async throws {
        try await givenGoalAndStrategy()
        let project = PlanProjectRegistered(project: "p-1", strategy: "s1-policy-base", title: "사업", status: .new,
                                            startYear: 2018)
        try await scenario.given(project, on: day)
        try await scenario.expectRefused(project, on: day, rule: "plan.project-already-registered")
    }

    @Test(arguments: ["", " ", String(repeating: "가", count: 201)])
    func refusesAnInvalidTitle(_ title: String) async throws {
        try await scenario.expectRefused(PlanGoalRegistered(goal: "g", title: title), on: day, rule: "plan.title-invalid")
        try await givenGoalAndStrategy()
        try await scenario.expectRefused(PlanStrategyRegistered(strategy: "s9", goal: "goal-2018", title: title), on: day,
                                         rule: "plan.title-invalid")
        try await scenario.expectRefused(PlanTaskRegistered(task: "t9", strategy: "s1-policy-base", title: title), on: day,
                                         rule: "plan.title-invalid")
        try await scenario.expectRefused(PlanProjectRegistered(project: "p9", strategy: "s1-policy-base", title: title,
                                                               status: .new, startYear: 2018),
                                         on: day, rule: "plan.title-invalid")
    }

    @Test(arguments: [(2018, 2017), (1999, nil), (2018, 2101)] as [(Int, Int?)])
    func refusesAnInvalidPeriod(_ period: (Int, Int?)) async throws {
        try await givenGoalAndStrategy()
        try await scenario.expectRefused(PlanProjectRegistered(project: "p9", strategy: "s1-policy-base", title: "사업",
                                                               status: .new, startYear: period.0, endYear: period.1),
                                         on: day, rule: "plan.period-invalid")
    }

    @Test(arguments: [(-1, nil), (100_000_001, nil), (5_000, -1)] as [(Int?, Int?)])
    func refusesAnInvalidCost(_ costs: (Int?, Int?)) async throws {
        try await givenGoalAndStrategy()
        try await scenario.expectRefused(PlanProjectRegistered(project: "p9", strategy: "s1-policy-base", title: "사업",
                                                               status: .continuing, startYear: 2015,
                                                               totalCost: costs.0, nationalSupport: costs.1),
                                         on: day, rule: "plan.cost-invalid")
    }

    @Test(arguments: [(nil, 1_000), (5_000, 5_001)] as [(Int?, Int?)])
    func refusesNationalSupportBeyondTheCost(_ costs: (Int?, Int?)) async throws {
        try await givenGoalAndStrategy()
        try await scenario.expectRefused(PlanProjectRegistered(project: "p9", strategy: "s1-policy-base", title: "사업",
                                                               status: .continuing, startYear: 2015,
                                                               totalCost: costs.0, nationalSupport: costs.1),
                                         on: day, rule: "plan.national-support-exceeds-cost")
    }

    @Test func projectStatusesReadInKorean() {
        #expect(ProjectStatus.parse("신규") == .new)
        #expect(ProjectStatus.parse("continuing") == .continuing)
        #expect(ProjectStatus.continuing.koreanLabel == "계속")
    }
}
