public import SotongCore

/// A kind of record whose personal data is kept for a retention period (보유기간).
public enum RetentionRecordType: String, KoreanLabelled {
    /// The direct-petition register (직소민원 처리대장): 10 years unless set otherwise.
    case petitionRegister = "petition-register"

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

    public static let summary = "The retention period (보유기간) of a record type was set; until one is set, "
        + "the petition register keeps personal data for 10 years."

    public static let fields: [CatalogField] = [
        CatalogField("recordType", "the record type: \(RetentionRecordType.codeList)"),
        CatalogField("years", "the period in whole years, 1 to 100"),
    ]

    public static let rules = [
        "years is between 1 and 100.",
        "The latest setting per record type applies; recorded in the stream privacy-retention.",
    ]

    public static let example = RetentionPeriodSet(recordType: .petitionRegister, years: 10)

    /// `privacy-retention`.
    public var stream: StreamID { PrivacyGuard.retentionStream }

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
