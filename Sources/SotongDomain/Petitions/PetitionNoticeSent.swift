public import SotongCore

/// A notice was sent to the petitioner (문자메시지 발송 and the statutory notices): receipt, extension,
/// progress or result. Unlike handling events, notices may follow a final outcome, a transfer to another
/// agency (이송) or a closure as repeat, since the petitioner must be told of them.
///
/// ```swift
/// let event = PetitionNoticeSent(petitionID: "2018-0042", medium: .sms, kind: .receipt)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionNoticeSent: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.notice-sent"

    /// The petition.
    public var petitionID: PetitionID
    /// How the notice reached the petitioner.
    public var medium: NoticeMedium
    /// What it told them.
    public var kind: NoticeKind

    /// A notice.
    public init(petitionID: PetitionID, medium: NoticeMedium, kind: NoticeKind) {
        self.petitionID = petitionID
        self.medium = medium
        self.kind = kind
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A notice (통지) of receipt, extension, progress or result was sent to the petitioner "
        + "of a direct petition, such as a text message (문자메시지)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("medium", "how it reached the petitioner: \(NoticeMedium.codeList)"),
        CatalogField("kind", "what it told them: \(NoticeKind.codeList)"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        PetitionGuard.receivedRule,
        PetitionGuard.afterReceiptRule,
        "An extension (연장) notice needs an extension granted.",
        "A progress (진행) notice is sent only while the petition is open or under review.",
        "A result (결과) notice needs an outcome of the current handling, a transfer to another agency or a "
            + "closure as repeat.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionNoticeSent(petitionID: "2018-0042", medium: .sms, kind: .receipt)

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = try PetitionGuard.state(of: petitionID, in: history, at: context)
        switch kind {
        case .receipt:
            break
        case .extension where state.extensionCount == 0:
            throw DomainError(rule: "petition.notice-without-extension", korean: "연장 없음",
                              detail: "petition \(petitionID) has no extension to notify", field: "kind")
        case .extension:
            break
        case .progress where !state.isInHandling:
            throw DomainError(rule: "petition.progress-not-in-handling", korean: "처리 종료",
                              detail: "petition \(petitionID) is \(state.status.rawValue); a progress notice is "
                                  + "for a petition still being handled", field: "kind")
        case .progress:
            break
        case .result:
            let hasResult = state.outcome != nil || state.status == .transferredOut || state.status == .closedAsRepeat
            if !hasResult {
                throw DomainError(rule: "petition.notice-without-result", korean: "처리결과 없음",
                                  detail: "petition \(petitionID) has no result to notify", field: "kind")
            }
        }
    }
}
