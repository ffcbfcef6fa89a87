/// How a direct petition (직소민원) reached the office.
///
/// ```swift
/// PetitionChannel.visit.koreanLabel        // "방문"
/// PetitionChannel.parse("방문")     // .visit, as PetitionChannel.parse("visit")
/// ```
public enum PetitionChannel: String, KoreanLabelled {
    /// In person at the mayor's office (방문).
    case visit
    /// By telephone (전화).
    case phone
    /// In writing (서면).
    case written
    /// At a one-day field petition office (1일 현장민원실).
    case oneDayFieldOffice = "one-day-field-office"
    /// Online (온라인).
    case online

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .visit: "방문"
        case .phone: "전화"
        case .written: "서면"
        case .oneDayFieldOffice: "1일 현장민원실"
        case .online: "온라인"
        }
    }
}

/// The kind of petition, which sets its statutory processing period (see ``StatutoryDeadline``).
///
/// ```swift
/// PetitionKind.grievance.koreanLabel       // "고충"
/// PetitionKind.parse("고충")        // .grievance, as PetitionKind.parse("grievance")
/// ```
public enum PetitionKind: String, KoreanLabelled {
    /// A grievance (고충민원): 7 days.
    case grievance
    /// A suggestion (건의민원): 14 days.
    case suggestion
    /// An inquiry about a system or procedure (질의민원, 제도·절차): 7 days.
    case inquiry
    /// An inquiry needing legal interpretation (질의민원, 법령해석): 14 days.
    case legalInquiry = "legal-inquiry"
    /// Any other petition (기타민원): immediately, that is 3 working hours.
    case other

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .grievance: "고충"
        case .suggestion: "건의"
        case .inquiry: "질의 (제도·절차)"
        case .legalInquiry: "질의 (법령해석)"
        case .other: "기타"
        }
    }
}

/// The outcome of a direct petition, as the office's statistics count it (완료 / 불가 / 검토).
///
/// ```swift
/// PetitionOutcome.completed.koreanLabel    // "완료"
/// PetitionOutcome.parse("완료")     // .completed, as PetitionOutcome.parse("completed")
/// ```
public enum PetitionOutcome: String, KoreanLabelled {
    /// Resolved (완료): final.
    case completed
    /// Not possible (불가): final; the answer states the reason and the remedy.
    case notPossible = "not-possible"
    /// Under review (검토): provisional; a final outcome may follow without a reopening.
    case underReview = "under-review"

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .completed: "완료"
        case .notPossible: "불가"
        case .underReview: "검토"
        }
    }

    /// Whether the outcome answers the petition for good (완료 or 불가).
    public var isFinal: Bool { self != .underReview }
}

/// Who met the petitioner at a meeting in the mayor's office (시장(부시장) 면담).
///
/// ```swift
/// PetitionMeetingHost.mayor.koreanLabel    // "시장"
/// PetitionMeetingHost.parse("시장") // .mayor, as PetitionMeetingHost.parse("mayor")
/// ```
public enum PetitionMeetingHost: String, KoreanLabelled {
    /// The mayor (시장).
    case mayor
    /// The vice-mayor (부시장).
    case viceMayor = "vice-mayor"

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .mayor: "시장"
        case .viceMayor: "부시장"
        }
    }
}

/// How a notice reached the petitioner.
///
/// ```swift
/// NoticeMedium.sms.koreanLabel             // "문자"
/// NoticeMedium.parse("문자")        // .sms, as NoticeMedium.parse("sms")
/// ```
public enum NoticeMedium: String, KoreanLabelled {
    /// A text message (문자).
    case sms
    /// A telephone call (전화).
    case phone
    /// A letter (서면).
    case letter

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .sms: "문자"
        case .phone: "전화"
        case .letter: "서면"
        }
    }
}

/// What a notice to the petitioner told them, in the order a petition usually owes them.
///
/// ```swift
/// NoticeKind.receipt.koreanLabel           // "접수"
/// NoticeKind.parse("접수")          // .receipt, as NoticeKind.parse("receipt")
/// ```
public enum NoticeKind: String, KoreanLabelled {
    /// The petition was received (접수).
    case receipt
    /// The processing period was extended, with reason and new due date (연장).
    case `extension`
    /// How handling is progressing (진행).
    case progress
    /// The result of the handling (결과).
    case result

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .receipt: "접수"
        case .extension: "연장"
        case .progress: "진행"
        case .result: "결과"
        }
    }
}
