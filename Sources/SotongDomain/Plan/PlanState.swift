/// The office's budget per year, as last set or revised: a pure fold over `budget-<year>` streams.
///
/// ```swift
/// let budget = BudgetState.fold(entries)
/// budget.year(2018)?.total   // 140000 (천원)
/// ```
public struct BudgetState: Hashable, Sendable {
    /// One year's budget, in thousands of won (천원).
    public struct Annual: Hashable, Sendable {
        /// The budget year.
        public let year: Int
        /// Personnel costs (인건비), 천원.
        public let personnel: Int
        /// Operating costs (물건비), 천원.
        public let operating: Int
        /// Project budget (사업예산), 천원.
        public let project: Int
        /// How many times the budget was revised after it was first set.
        public let revisions: Int
        /// The note of the latest revision.
        public let revisionNote: String?

        /// A year's budget, in thousands of won, revised `revisions` times.
        public init(year: Int, personnel: Int, operating: Int, project: Int, revisions: Int = 0,
                    revisionNote: String? = nil) {
            self.year = year
            self.personnel = personnel
            self.operating = operating
            self.project = project
            self.revisions = revisions
            self.revisionNote = revisionNote
        }

        /// The total (계), 천원.
        public var total: Int { personnel + operating + project }
    }

    /// Each year's budget, by year.
    public private(set) var years: [Int: Annual] = [:]

    /// No budget set.
    public init() {}

    /// The budget of `year`, or `nil` when none was set.
    public func year(_ year: Int) -> Annual? { years[year] }

    /// Applies one event; other events leave the state unchanged.
    public mutating func apply(_ event: any OfficeEvent) {
        guard let set = event as? AnnualBudgetSet else { return }
        let revisions = years[set.year].map { $0.revisions + 1 } ?? 0
        years[set.year] = Annual(year: set.year, personnel: set.personnel, operating: set.operating,
                                 project: set.project, revisions: revisions, revisionNote: set.revisionNote)
    }

    /// The state after `entries`, in log order.
    public static func fold(_ entries: some Sequence<History.Entry>) -> BudgetState {
        var state = BudgetState()
        for entry in entries { state.apply(entry.event) }
        return state
    }
}

/// The work plan as the log tells it — goals, strategies, tasks and projects — with the budget,
/// the allocations of the summary table (총괄표) and what they leave unallocated. A pure fold.
///
/// ```swift
/// let plan = PlanState.fold(entries)           // plan and budget events, in log order
/// plan.subtotal(of: "s1-policy-base")          // 24000 (천원)
/// plan.unallocated(in: 2018)                   // 56400 (천원): 140 − 83.6 백만원
/// ```
public struct PlanState: Equatable, Sendable {
    /// A policy goal (정책목표).
    public struct Goal: Hashable, Sendable {
        /// The goal's id.
        public let id: GoalID
        /// Its title.
        public let title: String

        /// A goal `id` titled `title`.
        public init(id: GoalID, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// A strategy (주요 전략).
    public struct Strategy: Hashable, Sendable {
        /// The strategy's id.
        public let id: StrategyID
        /// The goal it serves.
        public let goal: GoalID
        /// Its title.
        public let title: String

        /// A strategy `id` under `goal`.
        public init(id: StrategyID, goal: GoalID, title: String) {
            self.id = id
            self.goal = goal
            self.title = title
        }
    }

    /// A task (추진과제).
    public struct PlanTask: Hashable, Sendable {
        /// The task's id.
        public let id: TaskID
        /// The strategy it belongs to.
        public let strategy: StrategyID
        /// Its title.
        public let title: String

        /// A task `id` under `strategy`.
        public init(id: TaskID, strategy: StrategyID, title: String) {
            self.id = id
            self.strategy = strategy
            self.title = title
        }
    }

    /// Goals in the order registered.
    public private(set) var goals: [Goal] = []
    /// Strategies in the order registered.
    public private(set) var strategies: [Strategy] = []
    /// Tasks in the order registered.
    public private(set) var tasks: [PlanTask] = []
    /// Projects (추진사업) in the order registered.
    public private(set) var projects: [PlanProjectRegistered] = []
    /// The budget per year.
    public private(set) var budget = BudgetState()

    /// An empty plan.
    public init() {}

    /// The goal with `id`.
    public func goal(_ id: GoalID) -> Goal? { goals.first { $0.id == id } }
    /// The strategy with `id`.
    public func strategy(_ id: StrategyID) -> Strategy? { strategies.first { $0.id == id } }
    /// The task with `id`.
    public func task(_ id: TaskID) -> PlanTask? { tasks.first { $0.id == id } }
    /// The project with `id`.
    public func project(_ id: ProjectID) -> PlanProjectRegistered? { projects.first { $0.project == id } }

    /// The projects of one strategy, in the order registered.
    public func projects(in strategy: StrategyID) -> [PlanProjectRegistered] {
        projects.filter { $0.strategy == strategy }
    }

    /// A strategy's subtotal (사업비 계), 천원; non-budget projects count 0.
    public func subtotal(of strategy: StrategyID) -> Int {
        projects(in: strategy).reduce(0) { $0 + ($1.totalCost ?? 0) }
    }

    /// The sum of every registered project's cost, 천원.
    public var allocatedTotal: Int { projects.reduce(0) { $0 + ($1.totalCost ?? 0) } }

    /// The costs of the projects whose period includes `year`, 천원.
    public func allocated(in year: Int) -> Int {
        projects.filter { $0.runs(in: year) }.reduce(0) { $0 + ($1.totalCost ?? 0) }
    }

    /// The project budget (사업예산) of `year` less the allocations of that year, 천원 (negative when
    /// over-allocated); `nil` when no budget is set for the year.
    public func unallocated(in year: Int) -> Int? {
        budget.year(year).map { $0.project - allocated(in: year) }
    }

    /// Applies one event; other events leave the state unchanged.
    public mutating func apply(_ event: any OfficeEvent) {
        switch event {
        case let registered as PlanGoalRegistered:
            goals.append(Goal(id: registered.goal, title: registered.title))
        case let registered as PlanStrategyRegistered:
            strategies.append(Strategy(id: registered.strategy, goal: registered.goal, title: registered.title))
        case let registered as PlanTaskRegistered:
            tasks.append(PlanTask(id: registered.task, strategy: registered.strategy, title: registered.title))
        case let registered as PlanProjectRegistered:
            projects.append(registered)
        default:
            budget.apply(event)
        }
    }

    /// The state after `entries`, in log order (any mix of streams).
    public static func fold(_ entries: some Sequence<History.Entry>) -> PlanState {
        var state = PlanState()
        for entry in entries { state.apply(entry.event) }
        return state
    }

    /// Refuses an event naming a strategy not registered.
    func requireStrategy(_ id: StrategyID) throws {
        guard strategy(id) != nil else {
            throw DomainError(rule: "plan.strategy-not-registered", korean: "미등록 주요 전략",
                              detail: "strategy \(id.rawValue) is not registered", field: "strategy")
        }
    }
}
