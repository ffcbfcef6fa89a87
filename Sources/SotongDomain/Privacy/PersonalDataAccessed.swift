import Foundation
public import SotongCore

/// Someone read a data subject's decrypted personal data (개인정보 열람), for a stated purpose. Recorded
/// by ``PersonalDataReader`` before it returns any plaintext.
///
/// ```swift
/// let event = PersonalDataAccessed(
///     subject: "subject-2018-0042", purpose: "처리결과 통지 문자 발송", accessedBy: "staff:S-6333",
///     fields: ["petitioner.name", "petitioner.phone"], concerning: ["petition-2018-0042"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PersonalDataAccessed: OfficeEvent {
    /// The stable type string.
    public static let eventType = "privacy.personal-data-accessed"

    /// The data subject whose data was read.
    public var subject: SubjectID
    /// Why (열람 목적), as the reader stated it.
    public var purpose: String
    /// Who read it (the same as the event's actor).
    public var accessedBy: String
    /// The personal fields read, as dotted paths (`petitioner.name`).
    public var fields: [String]
    /// The streams whose events held them (`petition-2018-0042`).
    public var concerning: [StreamID]

    /// An access.
    public init(subject: SubjectID, purpose: String, accessedBy: String, fields: [String], concerning: [StreamID]) {
        self.subject = subject
        self.purpose = purpose
        self.accessedBy = accessedBy
        self.fields = fields
        self.concerning = concerning
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "Someone read a data subject's decrypted personal data (개인정보 열람) "
        + "for a stated purpose."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("subject", "the data-subject id whose data was read"),
        CatalogField("purpose", "why it was read (열람 목적), at most 500 characters"),
        CatalogField("accessedBy", "who read it; the same as the event's actor"),
        CatalogField("fields", "the personal fields read, as dotted paths (petitioner.name, petitioner.phone…)"),
        CatalogField("concerning", "the streams whose events held them (petition-<id>…)"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "purpose is non-empty and at most 500 characters.",
        "accessedBy is non-empty.",
        "Recorded in the stream privacy-access before any plaintext is returned.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PersonalDataAccessed(
        subject: "subject-2018-0042", purpose: "처리결과 통지 문자 발송", accessedBy: "staff:S-6333",
        fields: ["petitioner.name", "petitioner.phone"], concerning: ["petition-2018-0042"])

    /// `privacy-access`.
    public var stream: StreamID { PrivacyGuard.accessStream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        try PrivacyGuard.requireText(purpose, field: "purpose")
        if accessedBy.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(rule: "privacy.text-required", korean: "필수 항목 누락",
                              detail: "accessedBy is required", field: "accessedBy")
        }
    }
}
