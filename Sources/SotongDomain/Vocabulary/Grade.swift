/// A civil-service grade (급) of 일반직 staff, 4급 to 9급. Encoded as its number.
public enum Grade: Int, CaseIterable, Hashable, Comparable, Codable, Sendable {
    case grade4 = 4, grade5, grade6, grade7, grade8, grade9

    /// 4급, 5급, …
    public var koreanLabel: String { "\(rawValue)급" }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A job series (직렬).
///
/// ```swift
/// JobSeries.administrative.koreanLabel     // "행정"
/// JobSeries.parse("행정")           // .administrative, as JobSeries.parse("administrative")
/// ```
public enum JobSeries: String, KoreanLabelled {
    case administrative
    case facilities
    case computing
    case socialWelfare = "social-welfare"
    case engineering
    case environment

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .administrative: "행정"
        case .facilities: "시설"
        case .computing: "전산"
        case .socialWelfare: "사회복지"
        case .engineering: "공업"
        case .environment: "환경"
        }
    }
}
