public import SotongCore

/// A policy goal (정책목표) of the work plan was registered.
///
/// ```swift
/// try await office.record(PlanGoalRegistered(goal: "goal-2018", title: "「경청과 배려」하는 공감소통 市政 구현"), context: context)
/// ```
public struct PlanGoalRegistered: OfficeEvent {
    /// The stable type string.
    public static let eventType = "plan.goal-registered"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A policy goal (정책목표) of the work plan was registered."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("goal", "The goal's id, unique in the plan."),
        CatalogField("title", "The goal as the plan prints it (at most 200 characters)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The goal id is not registered yet (plan.goal-already-registered).",
        "The title is 1 to 200 characters (plan.title-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: PlanGoalRegistered {
        PlanGoalRegistered(goal: "goal-2018", title: "「경청과 배려」하는 공감소통 市政 구현")
    }

    /// The goal's id.
    public let goal: GoalID
    /// The goal as the plan prints it.
    public let title: String

    /// A goal `goal` titled `title`.
    public init(goal: GoalID, title: String) {
        self.goal = goal
        self.title = title
    }

    /// The `plan` stream.
    public var stream: StreamID { .plan }

    /// Refuses a repeated id and an empty or overlong title.
    public func check(_ history: History, at context: RuleContext) throws {
        if history.fold(PlanState.self, of: .plan).goal(goal) != nil {
            throw DomainError(rule: "plan.goal-already-registered", korean: "정책목표 중복",
                              detail: "goal \(goal.rawValue) is already registered", field: "goal")
        }
        try PlanChecks.requireTitle(title, of: "goal \(goal.rawValue)")
    }
}

/// A strategy (주요 전략) under a policy goal was registered.
///
/// ```swift
/// try await office.record(PlanStrategyRegistered(strategy: "s1", goal: "goal-2018", title: "정책 소통기반 강화"), context: context)
/// ```
public struct PlanStrategyRegistered: OfficeEvent {
    /// The stable type string.
    public static let eventType = "plan.strategy-registered"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A strategy (주요 전략) of the work plan was registered under a policy goal (정책목표)."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("strategy", "The strategy's id, unique in the plan."),
        CatalogField("goal", "The goal it serves."),
        CatalogField("title", "The strategy as the plan prints it (at most 200 characters)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The goal must have been registered (plan.goal-not-registered).",
        "The strategy id is not registered yet (plan.strategy-already-registered).",
        "The title is 1 to 200 characters (plan.title-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: PlanStrategyRegistered {
        PlanStrategyRegistered(strategy: "s1-policy-base", goal: "goal-2018", title: "정책 소통기반 강화")
    }

    /// The strategy's id.
    public let strategy: StrategyID
    /// The goal it serves.
    public let goal: GoalID
    /// The strategy as the plan prints it.
    public let title: String

    /// A strategy `strategy` under `goal`.
    public init(strategy: StrategyID, goal: GoalID, title: String) {
        self.strategy = strategy
        self.goal = goal
        self.title = title
    }

    /// The `plan` stream.
    public var stream: StreamID { .plan }

    /// Refuses an unknown goal, a repeated id and an empty or overlong title.
    public func check(_ history: History, at context: RuleContext) throws {
        let plan = history.fold(PlanState.self, of: .plan)
        guard plan.goal(goal) != nil else {
            throw DomainError(rule: "plan.goal-not-registered", korean: "미등록 정책목표",
                              detail: "goal \(goal.rawValue) is not registered", field: "goal")
        }
        if plan.strategy(strategy) != nil {
            throw DomainError(rule: "plan.strategy-already-registered", korean: "주요 전략 중복",
                              detail: "strategy \(strategy.rawValue) is already registered", field: "strategy")
        }
        try PlanChecks.requireTitle(title, of: "strategy \(strategy.rawValue)")
    }
}

/// A task (추진과제) under a strategy was registered.
///
/// ```swift
/// try await office.record(PlanTaskRegistered(task: "t1-academy", strategy: "s1", title: "소통아카데미 개최"), context: context)
/// ```
public struct PlanTaskRegistered: OfficeEvent {
    /// The stable type string.
    public static let eventType = "plan.task-registered"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A task (추진과제) of the work plan was registered under a strategy (주요 전략)."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("task", "The task's id, unique in the plan."),
        CatalogField("strategy", "The strategy it belongs to."),
        CatalogField("title", "The task as the plan prints it (at most 200 characters)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The strategy must have been registered (plan.strategy-not-registered).",
        "The task id is not registered yet (plan.task-already-registered).",
        "The title is 1 to 200 characters (plan.title-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: PlanTaskRegistered {
        PlanTaskRegistered(task: "t1-2-academy", strategy: "s1-policy-base", title: "소통역량 강화를 위한 「소통아카데미」 개최")
    }

    /// The task's id.
    public let task: TaskID
    /// The strategy it belongs to.
    public let strategy: StrategyID
    /// The task as the plan prints it.
    public let title: String

    /// A task `task` under `strategy`.
    public init(task: TaskID, strategy: StrategyID, title: String) {
        self.task = task
        self.strategy = strategy
        self.title = title
    }

    /// The `plan` stream.
    public var stream: StreamID { .plan }

    /// Refuses an unknown strategy, a repeated id and an empty or overlong title.
    public func check(_ history: History, at context: RuleContext) throws {
        let plan = history.fold(PlanState.self, of: .plan)
        try plan.requireStrategy(strategy)
        if plan.task(task) != nil {
            throw DomainError(rule: "plan.task-already-registered", korean: "추진과제 중복",
                              detail: "task \(task.rawValue) is already registered", field: "task")
        }
        try PlanChecks.requireTitle(title, of: "task \(task.rawValue)")
    }
}
