public import Foundation
public import SotongCore

/// 평가 정정: a score is corrected by a new event that supersedes the earlier one; nothing is edited.
/// The latest correction of a half, head and item is the score that counts.
///
/// ```swift
/// let event = EvaluationScoreCorrected(
///     half: HalfYear(year: 2018, half: 1)!, head: "head-2018-transport-policy", item: .communicationPlan,
///     score: 9, reason: "이의신청에 따른 추가 증빙(소통계획 변경 보고서) 확인 후 재산정",
///     supersedes: UUID(uuidString: "6F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8"))
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct EvaluationScoreCorrected: OfficeEvent {
    /// The stable type string.
    public static let eventType = "evaluation.score-corrected"

    /// The half-year evaluated.
    public var half: HalfYear
    /// The head evaluated.
    public var head: HeadID
    /// The item whose score is corrected.
    public var item: EvaluationItem
    /// The corrected points, from 0 to the item's maximum.
    public var score: Double
    /// Why the score is corrected.
    public var reason: String
    /// The id of the event corrected (the score or an earlier correction), when known.
    public var supersedes: UUID?

    /// A correction of one item's score.
    public init(
        half: HalfYear, head: HeadID, item: EvaluationItem, score: Double, reason: String, supersedes: UUID? = nil
    ) {
        self.half = half
        self.head = head
        self.item = item
        self.score = score
        self.reason = reason
        self.supersedes = supersedes
    }

    /// `evaluation-<year>`: the stream of the evaluation year.
    public var stream: StreamID { EvaluationState.stream(year: half.year) }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A score of the communication performance evaluation is corrected by a new event that supersedes "
        + "the earlier one (평가결과 정정)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("half", "The half-year evaluated, such as 2018-H1 (the stream is evaluation-<its year>)."),
        CatalogField("head", "The head evaluated (HeadID)."),
        CatalogField("item", "The item whose score is corrected."),
        CatalogField("score", "The corrected points, from 0 to the item's maximum in the year's scheme."),
        CatalogField("reason", "Why the score is corrected (required, at most 500 characters)."),
        CatalogField("supersedes", "The id (UUID) of the event corrected, when known (optional; when given it "
            + "must be the event that produced the current score)."),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "Training participation, petition handling and field communication are derived from the log "
            + "and cannot be corrected by hand.",
        "A score exists for the half, head and item.",
        "The score lies from 0 to the item's maximum in the year's scheme.",
        "The reason is not blank and at most 500 characters.",
        "When supersedes is given, it names the event that produced the current score "
            + "(evaluation.supersedes-unknown).",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = EvaluationScoreCorrected(
        half: HalfYear(year: 2018, half: 1)!, head: "head-2018-transport-policy", item: .communicationPlan,
        score: 9, reason: "이의신청에 따른 추가 증빙(소통계획 변경 보고서) 확인 후 재산정",
        supersedes: UUID(uuidString: "6F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8"))

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = history.evaluationState(stream)
        try EvaluationRules.checkHandScored(item, half: half, head: head)
        guard let current = state.itemScore(half: half, head: head, item: item), let scheme = state.scheme(year: half.year)
        else {
            throw DomainError(
                rule: "evaluation.no-score", korean: "정정대상 없음",
                detail: "\(item.rawValue) of head \(head) in \(half) has no score to correct", field: "item")
        }
        if let supersedes, let currentID = current.eventID, supersedes != currentID {
            throw DomainError(
                rule: "evaluation.supersedes-unknown", korean: "정정대상 불일치",
                detail: "supersedes names \(supersedes.uuidString.lowercased()), but the current score of \(item.rawValue) "
                    + "for head \(head) in \(half) was recorded by \(currentID.uuidString.lowercased())",
                field: "supersedes")
        }
        try EvaluationRules.checkScore(score, item: item, scheme: scheme)
        try EvaluationRules.checkText(reason, limit: EvaluationRules.textLimit, field: "reason",
                                      rule: "evaluation.reason-required", korean: "정정사유 누락")
    }
}
