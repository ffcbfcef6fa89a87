/// A civil-service grade (급) of 일반직 staff, 4급 to 9급. Encoded as its number.
///
/// ```swift
/// Grade.grade5.koreanLabel   // "5급"
/// Grade.grade4 < .grade5     // true (4급 is the higher grade)
/// ```
public enum Grade: Int, CaseIterable, Hashable, Comparable, Codable, Sendable {
    /// 4급 to 9급, encoded as 4 to 9.
    case grade4 = 4, grade5, grade6, grade7, grade8, grade9

    /// 4급, 5급, …
    public var koreanLabel: String { "\(rawValue)급" }

    /// Orders grades by number: 4급 first.
    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A job series (직렬).
///
/// ```swift
/// JobSeries.administrative.koreanLabel     // "행정"
/// JobSeries.parse("행정")           // .administrative, as JobSeries.parse("administrative")
/// ```
public enum JobSeries: String, KoreanLabelled {
    /// 행정.
    case administrative
    /// 시설.
    case facilities
    /// 전산.
    case computing
    /// 사회복지.
    case socialWelfare = "social-welfare"
    /// 공업.
    case engineering
    /// 환경.
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
