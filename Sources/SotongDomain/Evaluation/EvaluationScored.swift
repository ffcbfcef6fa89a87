public import SotongCore

/// 항목 평가: an evaluator scores one hand-scored item of one head for a half-year, with evidence.
/// Training participation, petition handling and field communication are not scored here: the
/// projections derive them from the log.
///
/// ```swift
/// let event = EvaluationScored(
///     half: HalfYear(year: 2018, half: 1)!, head: "head-2018-transport-policy", item: .communicationPlan,
///     score: 8.5, evidence: "2018년 부서 소통계획 수립·제출 (3월), 분기별 추진실적 2회 보고",
///     evaluator: "소통지원팀")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct EvaluationScored: OfficeEvent {
    /// The stable type string.
    public static let eventType = "evaluation.scored"

    /// The half-year evaluated.
    public var half: HalfYear
    /// The head evaluated.
    public var head: HeadID
    /// The item scored (one of the 4 hand-scored items).
    public var item: EvaluationItem
    /// Points from 0 to the item's maximum in the year's scheme.
    public var score: Double
    /// What the score rests on (a document, a count, a finding).
    public var evidence: String
    /// Who scored it: a team or post, such as 소통지원팀.
    public var evaluator: String

    /// A score for one item.
    public init(half: HalfYear, head: HeadID, item: EvaluationItem, score: Double, evidence: String, evaluator: String) {
        self.half = half
        self.head = head
        self.item = item
        self.score = score
        self.evidence = evidence
        self.evaluator = evaluator
    }

    /// `evaluation-<year>`: the stream of the evaluation year.
    public var stream: StreamID { EvaluationState.stream(year: half.year) }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "An evaluator scores one hand-scored item of a 4급 department head for a half-year "
        + "(소통활동 성과평가 항목 평가)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("half", "The half-year evaluated, such as 2018-H1 (the stream is evaluation-<its year>)."),
        CatalogField("head", "The head evaluated (HeadID), registered for that year."),
        CatalogField("item", "The item: communication-plan, policy-customer-management, system-improvement "
            + "or communication-management."),
        CatalogField("score", "Points from 0 to the item's maximum in the year's scheme."),
        CatalogField("evidence", "What the score rests on (required, at most 500 characters)."),
        CatalogField("evaluator", "Who scored it: a team or post, such as 소통지원팀 (required, at most 200 characters)."),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "A scheme is adopted for the half's year.",
        "The head is registered for the half's year.",
        "A half is scored no earlier than its first day.",
        "Training participation, petition handling and field communication are derived from the log "
            + "and cannot be scored by hand.",
        "The score lies from 0 to the item's maximum in the year's scheme.",
        "The evidence is not blank and at most 500 characters.",
        "The evaluator is not blank and at most 200 characters.",
        "A half, head and item is scored once; a later change is a score correction.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = EvaluationScored(
        half: HalfYear(year: 2018, half: 1)!, head: "head-2018-transport-policy", item: .communicationPlan,
        score: 8.5, evidence: "2018년 부서 소통계획 수립·제출 (3월), 분기별 추진실적 2회 보고",
        evaluator: "소통지원팀")

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = history.evaluationState(stream)
        let scheme = try EvaluationRules.scheme(in: state, for: half)
        guard state.head(head, year: half.year) != nil else {
            throw DomainError(
                rule: "evaluation.head-unknown", korean: "평가대상 미등록",
                detail: "head \(head) is not registered for \(half.year)", field: "head")
        }
        try EvaluationRules.checkHalfBegun(half, at: context)
        try EvaluationRules.checkHandScored(item, half: half, head: head)
        try EvaluationRules.checkScore(score, item: item, scheme: scheme)
        try EvaluationRules.checkText(evidence, limit: EvaluationRules.textLimit, field: "evidence",
                                      rule: "evaluation.evidence-required", korean: "평가근거 누락")
        try EvaluationRules.checkText(evaluator, limit: EvaluationRules.titleLimit, field: "evaluator",
                                      rule: "evaluation.evaluator-required", korean: "평가자 누락")
        if state.itemScore(half: half, head: head, item: item) != nil {
            throw DomainError(
                rule: "evaluation.already-scored", korean: "평가 중복",
                detail: "\(item.rawValue) of head \(head) in \(half) is already scored; record a correction instead",
                field: "item")
        }
    }
}
