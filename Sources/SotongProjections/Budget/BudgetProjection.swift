import Foundation
public import SotongDomain

/// The office's budget as the plan prints it: 「예산」 (the previous and the current year's totals
/// and this year's split) and the 총괄표 (projects by strategy with their costs), with the
/// project budget the allocations leave unallocated shown as its own row.
///
/// Money is kept in thousands of won (천원) and printed in millions (백만원), exactly.
/// The year is the one given, or else the latest year with a budget set (or the as-of year).
///
/// Tables and keys:
/// - `budget` 「예산」: row `total`; columns `category`, `previous`, `current`, `personnel`,
///   `operating`, `project`.
/// - `summary` 「총괄표」: rows `<project>`, `<strategy>.subtotal`, `allocated`, `project-budget`,
///   `unallocated`; columns `strategy`, `project`, `status`, `period`, `cost`, `support`.
///
/// ```swift
/// let budget = try await runner.result(BudgetProjection(year: 2018))
/// budget.table("summary")?.cell(row: "unallocated", column: "cost")   // 56.4
/// ```
public struct BudgetProjection: Projection {
    /// The folded plan and budgets.
    public typealias State = BudgetPlanState

    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `budget`.
    public static let name = "budget"

    /// The budget year shown; `nil` for the latest year with a budget set.
    public let year: Int?

    /// The budget of `year`, or of the latest year with a budget set.
    public init(year: Int? = nil) {
        self.year = year
    }

    /// Annual budgets, strategies and projects.
    public var eventTypes: Set<String>? { BudgetPlanState.eventTypes }

    /// The state before the first event.
    public func initialState() -> BudgetPlanState { BudgetPlanState() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout BudgetPlanState) {
        state.apply(entry.event)
    }

    /// The projection's tables at a moment.
    public func view(of state: BudgetPlanState, at moment: ProjectionMoment) -> [ProjectionTable] {
        let shown = year ?? state.plan.budget.years.keys.max() ?? moment.asOf.year
        let tables = BudgetTables(plan: state.plan, year: shown)
        return [tables.budget(), tables.summary()]
    }
}
