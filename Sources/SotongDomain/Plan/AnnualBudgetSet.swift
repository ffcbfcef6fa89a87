public import SotongCore

/// The office's budget for a year (예산) was set or revised.
///
/// ```swift
/// try await office.record(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000), context: context)
/// ```
public struct AnnualBudgetSet: OfficeEvent {
    /// The stable type string.
    public static let eventType = "budget.annual-set"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "The office's budget (예산) for a year was set — personnel (인건비), operating (물건비) and project (사업예산) costs; a later event for the same year revises it and the latest wins."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("year", "The budget year."),
        CatalogField("personnel", "Personnel costs (인건비), in thousands of won (천원)."),
        CatalogField("operating", "Operating costs (물건비), in thousands of won (천원)."),
        CatalogField("project", "Project budget (사업예산), in thousands of won (천원)."),
        CatalogField("revisionNote", "Why the budget is revised, such as 제1회 추경 (required on a revision, at most 500 characters)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The year is from 2000 to the year after the event's date (budget.year-invalid).",
        "Each amount is a whole number of thousands of won from 0 to 100,000,000 (budget.amount-invalid).",
        "A later event for the same year is a revision and carries a revisionNote (budget.revision-note-required).",
        "The revisionNote, when given, is 1 to 500 characters (budget.revision-note-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: AnnualBudgetSet {
        AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000, revisionNote: "제1회 추가경정예산 반영")
    }

    /// The budget year.
    public let year: Int
    /// Personnel costs (인건비), 천원.
    public let personnel: Int
    /// Operating costs (물건비), 천원.
    public let operating: Int
    /// Project budget (사업예산), 천원.
    public let project: Int
    /// Why the budget is revised.
    public let revisionNote: String?

    /// The budget of `year`, in thousands of won.
    public init(year: Int, personnel: Int, operating: Int, project: Int, revisionNote: String? = nil) {
        self.year = year
        self.personnel = personnel
        self.operating = operating
        self.project = project
        self.revisionNote = revisionNote
    }

    /// The total (계), 천원.
    public var total: Int { personnel + operating + project }

    /// `budget-<year>`.
    public var stream: StreamID { .budget(year) }

    /// Refuses an implausible year or amount, and a revision without a note.
    public func check(_ history: History, at context: RuleContext) throws {
        guard PlanChecks.years.contains(year), year <= context.occurredOn.year + 1 else {
            throw DomainError(rule: "budget.year-invalid", korean: "예산연도 오류",
                              detail: "a budget for \(year) cannot be set on \(context.occurredOn)", field: "year")
        }
        for (field, amount) in [("personnel", personnel), ("operating", operating), ("project", project)]
        where !PlanChecks.amounts.contains(amount) {
            throw DomainError(rule: "budget.amount-invalid", korean: "예산액 오류",
                              detail: "the \(field) budget of \(year) must be 0 to 100,000,000 thousand won, not \(amount)",
                              field: field)
        }
        if let revisionNote, !PlanChecks.isValid(revisionNote, limit: 500) {
            throw DomainError(rule: "budget.revision-note-invalid", korean: "변경사유 오류",
                              detail: "the revision note must be 1 to 500 characters", field: "revisionNote")
        }
        if revisionNote == nil, history.exists(stream) {
            throw DomainError(rule: "budget.revision-note-required", korean: "변경사유 누락",
                              detail: "the budget of \(year) is already set; a revision needs a revisionNote",
                              field: "revisionNote")
        }
    }
}
