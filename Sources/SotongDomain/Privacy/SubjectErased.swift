public import SotongCore

/// A data subject's personal data was erased (개인정보 파기): the subject's key is destroyed right after
/// this event is recorded, so every sealed field of the subject becomes unreadable for good, while
/// the log and its hash chain stay intact.
///
/// ```swift
/// let event = SubjectErased(
///     subject: "subject-2008-0042", basis: "개인정보 보호법 제21조: 보유기간(10년) 경과")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct SubjectErased: OfficeEvent {
    /// The stable type string.
    public static let eventType = "privacy.subject-erased"

    /// The data subject erased.
    public var subject: SubjectID
    /// The legal basis (근거), e.g. the retention period's end or the subject's request.
    public var basis: String

    /// An erasure.
    public init(subject: SubjectID, basis: String) {
        self.subject = subject
        self.basis = basis
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A data subject's personal data was erased (개인정보 파기): its key is destroyed, "
        + "so its sealed fields can never be read again."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("subject", "the data-subject id erased; names the stream privacy-<subject>"),
        CatalogField("basis", "the legal basis of the erasure (파기 근거), at most 500 characters"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "basis is non-empty and at most 500 characters.",
        "A subject is erased once: its stream privacy-<subject> holds no earlier erasure.",
        "After it, no event carrying the subject's personal data can be recorded.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = SubjectErased(
        subject: "subject-2008-0042", basis: "개인정보 보호법 제21조: 보유기간(10년) 경과")

    /// `privacy-<subject>`.
    public var stream: StreamID { subject.privacyStream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        try PrivacyGuard.requireText(basis, field: "basis")
        if PrivacyGuard.isErased(subject, in: history) {
            throw DomainError(rule: "privacy.already-erased", korean: "이미 파기됨",
                              detail: "subject \(subject) is already erased", field: "subject")
        }
    }
}
