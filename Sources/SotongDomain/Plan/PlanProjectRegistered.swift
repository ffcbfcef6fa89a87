public import SotongCore

/// Whether a project is new this plan year or carried on (신규/계속).
///
/// ```swift
/// ProjectStatus.new.koreanLabel            // "신규"
/// ProjectStatus.parse("신규")       // .new, as ProjectStatus.parse("new")
/// ```
public enum ProjectStatus: String, KoreanLabelled {
    /// 신규.
    case new
    /// 계속.
    case continuing

    /// 신규 or 계속.
    public var koreanLabel: String {
        switch self {
        case .new: "신규"
        case .continuing: "계속"
        }
    }
}

/// A project (추진사업) of the plan's summary table (총괄표) was registered under a strategy.
///
/// ```swift
/// try await office.record(PlanProjectRegistered(project: "p-academy", strategy: "s1", title: "「소통아카데미」 개최",
///                                               status: .continuing, startYear: 2015, totalCost: 15_000), context: context)
/// ```
public struct PlanProjectRegistered: OfficeEvent {
    /// The stable type string.
    public static let eventType = "plan.project-registered"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A project (추진사업) of the plan's summary table (총괄표) was registered under a strategy, new (신규) or continuing (계속), with its period and cost; a cost counts towards every budget year of the period."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("project", "The project's id, unique in the plan."),
        CatalogField("strategy", "The strategy (주요 전략) it belongs to."),
        CatalogField("title", "The project as the plan prints it (at most 200 characters)."),
        CatalogField("status", "new (신규) or continuing (계속)."),
        CatalogField("startYear", "The first year of the period (사업기간)."),
        CatalogField("endYear", "The last year of the period; absent when ongoing (지속)."),
        CatalogField("totalCost", "The cost (총사업비) as the plan prints it, in thousands of won (천원); absent for a non-budget project (비예산)."),
        CatalogField("nationalSupport", "The part paid by the national government (국가 지원), in thousands of won (천원) (optional)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The strategy must have been registered (plan.strategy-not-registered).",
        "The project id is not registered yet (plan.project-already-registered).",
        "The title is 1 to 200 characters (plan.title-invalid).",
        "The years lie from 2000 to 2100 and the end year, when given, is not before the start year (plan.period-invalid).",
        "Each cost is a whole number of thousands of won from 0 to 100,000,000 (plan.cost-invalid).",
        "National support needs a total cost and does not exceed it (plan.national-support-exceeds-cost).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: PlanProjectRegistered {
        PlanProjectRegistered(project: "p-forum", strategy: "s2-channels", title: "애인(愛仁)토론회 내실운영",
                              status: .continuing, startYear: 2015, endYear: 2020, totalCost: 40_000,
                              nationalSupport: 10_000)
    }

    /// The project's id.
    public let project: ProjectID
    /// The strategy it belongs to.
    public let strategy: StrategyID
    /// The project as the plan prints it.
    public let title: String
    /// New or continuing.
    public let status: ProjectStatus
    /// The first year of the period.
    public let startYear: Int
    /// The last year of the period; `nil` when ongoing (지속).
    public let endYear: Int?
    /// The cost (총사업비), 천원; `nil` for a non-budget project (비예산).
    public let totalCost: Int?
    /// The national government's part (국가 지원), 천원.
    public let nationalSupport: Int?

    /// A project `project` under `strategy`; costs in thousands of won.
    public init(project: ProjectID, strategy: StrategyID, title: String, status: ProjectStatus, startYear: Int,
                endYear: Int? = nil, totalCost: Int? = nil, nationalSupport: Int? = nil) {
        self.project = project
        self.strategy = strategy
        self.title = title
        self.status = status
        self.startYear = startYear
        self.endYear = endYear
        self.totalCost = totalCost
        self.nationalSupport = nationalSupport
    }

    /// Whether the project's period includes `year`.
    public func runs(in year: Int) -> Bool { startYear <= year && year <= (endYear ?? Int.max) }

    /// The `plan` stream.
    public var stream: StreamID { .plan }

    /// Refuses an unknown strategy, a repeated id, a bad title, period or cost.
    public func check(_ history: History, at context: RuleContext) throws {
        let plan = history.fold(PlanState.self, of: .plan)
        try plan.requireStrategy(strategy)
        if plan.project(project) != nil {
            throw DomainError(rule: "plan.project-already-registered", korean: "추진사업 중복",
                              detail: "project \(project.rawValue) is already registered", field: "project")
        }
        try PlanChecks.requireTitle(title, of: "project \(project.rawValue)")
        guard PlanChecks.years.contains(startYear), endYear.map({ PlanChecks.years.contains($0) && $0 >= startYear }) ?? true
        else {
            throw DomainError(rule: "plan.period-invalid", korean: "사업기간 오류",
                              detail: "the period of project \(project.rawValue) must lie in 2000–2100 and end after it starts",
                              field: PlanChecks.years.contains(startYear) ? "endYear" : "startYear")
        }
        for (field, cost) in [("totalCost", totalCost), ("nationalSupport", nationalSupport)] {
            if let cost, !PlanChecks.amounts.contains(cost) {
                throw DomainError(rule: "plan.cost-invalid", korean: "사업비 오류",
                                  detail: "the \(field) of project \(project.rawValue) must be 0 to 100,000,000 thousand won",
                                  field: field)
            }
        }
        if let nationalSupport, nationalSupport > (totalCost ?? 0) || totalCost == nil {
            throw DomainError(rule: "plan.national-support-exceeds-cost", korean: "국가지원 초과",
                              detail: "project \(project.rawValue) has national support of \(nationalSupport) thousand won "
                                  + "beyond its total cost", field: "nationalSupport")
        }
    }
}
