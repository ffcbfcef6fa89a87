public import SotongCore

/// The petition's management card (관리카드) was updated: the office's own follow-up record, kept also
/// after a final outcome, a transfer or a closure (사후관리).
///
/// ```swift
/// let event = PetitionCardUpdated(
///     petitionID: "2018-0042", note: "불가 통보 후 3개월 뒤 대체 정류장 설치 여부 재확인 예정")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionCardUpdated: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.card-updated"

    /// The petition.
    public var petitionID: PetitionID
    /// What the card now notes.
    public var note: String

    /// A card update.
    public init(petitionID: PetitionID, note: String) {
        self.petitionID = petitionID
        self.note = note
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "The management card (관리카드) of a direct petition was updated for follow-up and self-analysis."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("note", "what the card now notes, at most 500 characters, without personal data"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        PetitionGuard.receivedRule,
        PetitionGuard.afterReceiptRule,
        "note is non-empty and at most 500 characters.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionCardUpdated(
        petitionID: "2018-0042", note: "불가 통보 후 3개월 뒤 대체 정류장 설치 여부 재확인 예정")

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        _ = try PetitionGuard.state(of: petitionID, in: history, at: context)
        try PetitionGuard.requireText(note, field: "note", limit: PetitionGuard.textLimit, petition: petitionID)
    }
}

/// A petition with a final outcome, or closed as a repeat, was reopened: its handling resumes and a new
/// outcome may be recorded.
///
/// ```swift
/// let event = PetitionReopened(
///     petitionID: "2018-0042", reason: "대체 부지 확보로 정류장 이전 재검토 가능")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionReopened: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.reopened"

    /// The petition.
    public var petitionID: PetitionID
    /// Why it is reopened.
    public var reason: String

    /// A reopening.
    public init(petitionID: PetitionID, reason: String) {
        self.petitionID = petitionID
        self.reason = reason
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A direct petition with a final outcome, or closed as a repeat, was reopened (재처리) and is handled again."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("reason", "why it is reopened, at most 500 characters"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        PetitionGuard.receivedRule,
        PetitionGuard.afterReceiptRule,
        PetitionGuard.notTransferredRule,
        "Only a petition with a final outcome (완료/불가) or closed as a repeat is reopened.",
        "reason is non-empty and at most 500 characters.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionReopened(
        petitionID: "2018-0042", reason: "대체 부지 확보로 정류장 이전 재검토 가능")

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = try PetitionGuard.state(of: petitionID, in: history, at: context)
        if state.status == .transferredOut { try PetitionGuard.requireNotEnded(state) }
        if state.status != .answered && state.status != .closedAsRepeat {
            throw DomainError(rule: "petition.reopen-not-closed", korean: "재처리 대상 아님",
                              detail: "petition \(petitionID) is \(state.status.rawValue); only an answered or "
                                  + "closed petition is reopened", field: "petitionID")
        }
        try PetitionGuard.requireText(reason, field: "reason", limit: PetitionGuard.textLimit, petition: petitionID)
    }
}
