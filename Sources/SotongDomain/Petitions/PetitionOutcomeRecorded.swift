public import SotongCore

/// The outcome of a petition was recorded: completed (완료), not possible (불가) or under review (검토).
///
/// Under review is provisional: a final outcome (완료 or 불가) may follow it without a reopening, but not a
/// second under-review. After a final outcome, another outcome needs a reopening (``PetitionReopened``).
///
/// ```swift
/// let event = PetitionOutcomeRecorded(
///     petitionID: "2018-0042", outcome: .notPossible, reason: "이전 후보지가 사유지로 정류장 부지 확보가 어려움",
///     remedy: "처분이 있음을 안 날부터 90일 이내 행정심판 청구 가능")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionOutcomeRecorded: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.outcome-recorded"

    /// The petition.
    public var petitionID: PetitionID
    /// The outcome.
    public var outcome: PetitionOutcome
    /// Why: required for not possible (불가).
    public var reason: String?
    /// The remedy open to the petitioner (구제절차): required for not possible (불가).
    public var remedy: String?
    /// When the matter is reviewed again: required for, and only for, under review (검토).
    public var reviewDate: LocalDate?

    /// An outcome.
    public init(petitionID: PetitionID, outcome: PetitionOutcome, reason: String? = nil, remedy: String? = nil,
                reviewDate: LocalDate? = nil) {
        self.petitionID = petitionID
        self.outcome = outcome
        self.reason = reason
        self.remedy = remedy
        self.reviewDate = reviewDate
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "The outcome of a direct petition was recorded: completed (완료), not possible (불가) or under review (검토)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("outcome", "the outcome: \(PetitionOutcome.codeList); under-review is provisional"),
        CatalogField("reason", "why, at most 500 characters; required for not-possible"),
        CatalogField("remedy", "the remedy open to the petitioner (구제절차), at most 500 characters; required for "
                         + "not-possible"),
        CatalogField("reviewDate", "when the matter is reviewed again (YYYY-MM-DD); only and always for under-review"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        PetitionGuard.receivedRule,
        PetitionGuard.afterReceiptRule,
        PetitionGuard.notTransferredRule,
        PetitionGuard.notClosedRule,
        "An outcome is recorded once per handling: after a final outcome (완료/불가) only a reopening allows another; "
            + "an under-review (검토) outcome is provisional and may be followed by a final one, not by another "
            + "under-review.",
        "A not-possible (불가) outcome states the reason and the remedy.",
        "A review date is given exactly when the outcome is under review (검토), and lies after the day the outcome "
            + "is recorded.",
        "reason and remedy, when given, are non-empty and at most 500 characters.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionOutcomeRecorded(
        petitionID: "2018-0042", outcome: .notPossible, reason: "이전 후보지가 사유지로 정류장 부지 확보가 어려움",
        remedy: "처분이 있음을 안 날부터 90일 이내 행정심판 청구 가능")

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = try PetitionGuard.state(of: petitionID, in: history, at: context)
        try PetitionGuard.requireNotEnded(state)
        if state.status == .answered || (state.status == .underReview && outcome == .underReview) {
            throw DomainError(rule: "petition.outcome-twice", korean: "처리결과 중복",
                              detail: "an outcome is already recorded for petition \(petitionID); reopen it first",
                              field: "outcome")
        }
        if outcome == .notPossible {
            for (field, value) in [("reason", reason), ("remedy", remedy)]
            where value.map({ $0.allSatisfy(\.isWhitespace) }) ?? true {
                throw DomainError(rule: "petition.refusal-incomplete", korean: "불가 사유·구제절차 누락",
                                  detail: "a not-possible outcome of petition \(petitionID) needs a \(field)",
                                  field: field)
            }
        }
        try checkReviewDate(on: context.occurredOn)
        try PetitionGuard.requireText(reason, field: "reason", limit: PetitionGuard.textLimit, petition: petitionID)
        try PetitionGuard.requireText(remedy, field: "remedy", limit: PetitionGuard.textLimit, petition: petitionID)
    }

    private func checkReviewDate(on day: LocalDate) throws {
        switch (outcome, reviewDate) {
        case (.underReview, nil):
            throw DomainError(rule: "petition.review-date", korean: "검토일 누락",
                              detail: "an under-review outcome of petition \(petitionID) needs a review date",
                              field: "reviewDate")
        case (.underReview, let date?) where date <= day:
            throw DomainError(rule: "petition.review-date", korean: "검토일 오류",
                              detail: "review date \(date) of petition \(petitionID) is not after \(day)",
                              field: "reviewDate")
        case (.completed, _?), (.notPossible, _?):
            throw DomainError(rule: "petition.review-date", korean: "검토일 오류",
                              detail: "only an under-review outcome of petition \(petitionID) has a review date",
                              field: "reviewDate")
        default:
            return
        }
    }
}
