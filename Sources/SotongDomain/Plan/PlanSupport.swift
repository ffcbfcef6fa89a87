public import SotongCore

/// Marks a policy goal id (정책목표).
///
/// ```swift
/// let goal: GoalID = "goal-2018"
/// ```
public enum GoalTag {}
/// Marks a strategy id (주요 전략).
///
/// ```swift
/// let strategy: StrategyID = "s1-policy-base"
/// ```
public enum StrategyTag {}
/// Marks a task id (추진과제).
///
/// ```swift
/// let task: TaskID = "t1-2-academy"
/// ```
public enum TaskTag {}

/// A policy goal of the plan (정책목표), such as `goal-2018`.
public typealias GoalID = ID<GoalTag>
/// A strategy of the plan (주요 전략), such as `s1-policy-base`.
public typealias StrategyID = ID<StrategyTag>
/// A task of the plan (추진과제), such as `t1-1-network`; indicators may name one.
public typealias TaskID = ID<TaskTag>

/// The streams of the budget and plan programme.
extension StreamID {
    /// `plan`: goals, strategies, tasks and projects of the work plan.
    public static let plan: StreamID = "plan"

    /// `budget-<year>`: the office's budget for one year and its revisions.
    public static func budget(_ year: Int) -> StreamID { StreamID("budget-\(year)") }
}

/// Value checks shared by the budget and plan events.
enum PlanChecks {
    /// The years a plan or budget may name.
    static let years = 2000...2100
    /// The amounts in thousands of won (천원) a budget line or a project may hold: up to 100 billion won.
    static let amounts = 0...100_000_000

    /// Whether `text` has a visible character and at most `limit` characters.
    static func isValid(_ text: String, limit: Int) -> Bool {
        text.contains { !$0.isWhitespace } && text.count <= limit
    }

    /// Refuses an empty or overlong title.
    static func requireTitle(_ title: String, of what: String) throws {
        guard isValid(title, limit: 200) else {
            throw DomainError(rule: "plan.title-invalid", korean: "명칭 오류",
                              detail: "the title of \(what) must be 1 to 200 characters", field: "title")
        }
    }
}
