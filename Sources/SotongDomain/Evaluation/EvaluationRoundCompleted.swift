public import SotongCore

/// 반기 평가 완료: the office completes a half-year's evaluation round (상·하반기 2회 평가). Each
/// completed round counts once for the indicator 소통활동 성과평가 운영 횟수 (2018 target: 2).
///
/// ```swift
/// let event = EvaluationRoundCompleted(half: HalfYear(year: 2018, half: 1)!)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct EvaluationRoundCompleted: OfficeEvent {
    /// The stable type string.
    public static let eventType = "evaluation.round-completed"

    /// The half-year evaluated.
    public var half: HalfYear

    /// A completed round.
    public init(half: HalfYear) {
        self.half = half
    }

    /// `evaluation-<year>`: the stream of the evaluation year.
    public var stream: StreamID { EvaluationState.stream(year: half.year) }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "The office completes a half-year round of the communication performance evaluation "
        + "(소통활동 성과평가 운영 횟수)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("half", "The half-year evaluated, such as 2018-H1 (the stream is evaluation-<its year>)."),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "A scheme is adopted for the half's year.",
        "A round is completed no earlier than the first day of its half.",
        "A half's round is completed at most once.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = EvaluationRoundCompleted(half: HalfYear(year: 2018, half: 1)!)

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = history.evaluationState(stream)
        _ = try EvaluationRules.scheme(in: state, for: half)
        try EvaluationRules.checkHalfBegun(half, at: context)
        if state.isCompleted(half) {
            throw DomainError(
                rule: "evaluation.round-twice", korean: "평가 중복 완료",
                detail: "the \(half) round is already completed", field: "half")
        }
    }
}
