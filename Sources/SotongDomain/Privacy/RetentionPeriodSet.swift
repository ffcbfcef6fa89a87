public import SotongCore

/// A kind of record whose personal data is kept for a retention period (보유기간).
///
/// ```swift
/// RetentionRecordType.petitionRegister.koreanLabel // "민원 처리대장"
/// RetentionRecordType.parse("민원 처리대장") // .petitionRegister, as RetentionRecordType.parse("petition-register")
/// ```
public enum RetentionRecordType: String, KoreanLabelled {
    /// The direct-petition register (직소민원 처리대장): 10 years unless set otherwise.
    case petitionRegister = "petition-register"

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .petitionRegister: "민원 처리대장"
        }
    }

    /// The period that applies while none is recorded, in years.
    public var defaultYears: Int {
        switch self {
        case .petitionRegister: 10
        }
    }
}

/// The retention period (보유기간) of a record type was set: once it has passed since a petition's
/// handling ended, its petitioner is due for erasure (`sotong retention due`).
///
/// ```swift
/// let event = RetentionPeriodSet(recordType: .petitionRegister, years: 10)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct RetentionPeriodSet: OfficeEvent {
    /// The stable type string.
    public static let eventType = "privacy.retention-period-set"

    /// The record type.
    public var recordType: RetentionRecordType
    /// The period, in whole years.
    public var years: Int

    /// A retention period.
    public init(recordType: RetentionRecordType, years: Int) {
        self.recordType = recordType
        self.years = years
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "The retention period (보유기간) of a record type was set; until one is set, "
        + "the petition register keeps personal data for 10 years."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("recordType", "the record type: \(RetentionRecordType.codeList)"),
        CatalogField("years", "the period in whole years, 1 to 100"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "years is between 1 and 100.",
        "The latest setting per record type applies; recorded in the stream privacy-retention.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = RetentionPeriodSet(recordType: .petitionRegister, years: 10)

    /// `privacy-retention`.
    public var stream: StreamID { PrivacyGuard.retentionStream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        if !(1...100).contains(years) {
            throw DomainError(rule: "privacy.retention-out-of-range", korean: "보유기간 오류",
                              detail: "years is \(years); it must be between 1 and 100", field: "years")
        }
    }
}

extension OfficeCatalog {
    /// The privacy programme (개인정보 보호): erasure, retention and access records.
    public static let privacyEventTypes: [any OfficeEvent.Type] = [
        SubjectErased.self,
        RetentionPeriodSet.self,
        PersonalDataAccessed.self,
    ]
}
