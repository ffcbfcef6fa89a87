import SotongCore
public import SotongDomain

/// The budget projection's folded state: the budget and plan events it reads, in log order, and
/// the domain's ``PlanState`` (which holds the ``BudgetState``) they fold into.
///
/// `PlanState` is not `Codable`, so a checkpoint keeps the events and folds them again when it is
/// read back: the same events give the same state.
///
/// ```swift
/// var state = BudgetPlanState()
/// state.apply(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000))
/// state.plan.budget.year(2018)?.total   // 140000 (천원)
/// ```
public struct BudgetPlanState: Codable, Sendable, Equatable {
    /// The plan and budget as the events so far tell them.
    public private(set) var plan = PlanState()
    private var facts: [PlanFact] = []

    /// No budget or plan events yet.
    public init() {}

    /// Folds one event; events the budget tables do not read leave the state unchanged.
    public mutating func apply(_ event: any OfficeEvent) {
        guard let fact = PlanFact(event) else { return }
        facts.append(fact)
        plan.apply(event)
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        for fact in try container.decode([PlanFact].self) { apply(fact.event) }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(facts)
    }

    /// The event types folded: annual budgets, strategies and projects.
    static let eventTypes: Set<String> = [
        AnnualBudgetSet.eventType, PlanStrategyRegistered.eventType, PlanProjectRegistered.eventType,
    ]
}

/// One budget or plan event, in a form a checkpoint can store.
enum PlanFact: Codable, Sendable, Equatable {
    case budget(AnnualBudgetSet)
    case strategy(PlanStrategyRegistered)
    case project(PlanProjectRegistered)

    init?(_ event: any OfficeEvent) {
        switch event {
        case let event as AnnualBudgetSet: self = .budget(event)
        case let event as PlanStrategyRegistered: self = .strategy(event)
        case let event as PlanProjectRegistered: self = .project(event)
        default: return nil
        }
    }

    var event: any OfficeEvent {
        switch self {
        case .budget(let event): event
        case .strategy(let event): event
        case .project(let event): event
        }
    }
}
