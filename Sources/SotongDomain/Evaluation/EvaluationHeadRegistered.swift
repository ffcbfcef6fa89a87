public import SotongCore

/// 평가대상 등록: a 4급 department head under the year's performance contract (성과계약) becomes
/// subject to the communication performance evaluation. The head is named by post, never by person.
///
/// ```swift
/// let event = EvaluationHeadRegistered(
///     year: 2018, head: "head-2018-transport-policy", department: "transport-policy",
///     title: "교통정책과장", grade: .grade4)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct EvaluationHeadRegistered: OfficeEvent {
    /// The stable type string.
    public static let eventType = "evaluation.head-registered"

    /// The evaluation year (the stream evaluation-<year>).
    public var year: Int
    /// The head evaluated.
    public var head: HeadID
    /// The department the head leads.
    public var department: DepartmentID
    /// The post, such as 교통정책과장 — not a person's name.
    public var title: String
    /// The head's grade: 4급 only.
    public var grade: Grade

    /// A head registered for `year`'s evaluation.
    public init(year: Int, head: HeadID, department: DepartmentID, title: String, grade: Grade) {
        self.year = year
        self.head = head
        self.department = department
        self.title = title
        self.grade = grade
    }

    /// `evaluation-<year>`: the stream of the evaluation year.
    public var stream: StreamID { EvaluationState.stream(year: year) }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A 4급 department head under the year's performance contract is registered for the "
        + "communication performance evaluation (평가대상: 성과계약 대상자 중 4급 부서장)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("year", "The evaluation year (the stream evaluation-<year>)."),
        CatalogField("head", "The head's id (HeadID), stable across the year's events."),
        CatalogField("department", "The department the head leads (DepartmentID)."),
        CatalogField("title", "The post, such as 교통정책과장 — never a person's name (at most 200 characters)."),
        CatalogField("grade", "The head's civil-service grade as a number; only 4 (4급) is evaluated."),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "The year is 2018 or later (the evaluation began in 2018) and at most one year after the registration.",
        "The title is not blank and at most 200 characters.",
        "Only 4급 heads are evaluated: the grade is 4.",
        "A head is registered at most once per year.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = EvaluationHeadRegistered(
        year: 2018, head: "head-2018-transport-policy", department: "transport-policy",
        title: "교통정책과장", grade: .grade4)

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        try EvaluationRules.checkYear(year, at: context)
        try EvaluationRules.checkText(title, limit: EvaluationRules.titleLimit, field: "title",
                                      rule: "evaluation.title-invalid", korean: "직위 오류")
        guard grade == .grade4 else {
            throw DomainError(
                rule: "evaluation.grade-not-4", korean: "평가대상 아님",
                detail: "head \(head) is \(grade.koreanLabel); only 4급 department heads are evaluated", field: "grade")
        }
        if history.evaluationState(stream).head(head, year: year) != nil {
            throw DomainError(
                rule: "evaluation.head-twice", korean: "평가대상 중복",
                detail: "head \(head) is already registered for \(year)", field: "head")
        }
    }
}
