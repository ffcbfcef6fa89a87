/// The office's four teams (4담당), in the plan's order.
///
/// ```swift
/// Team.policy.koreanLabel                  // "소통정책팀"
/// Team.parse("소통정책팀")          // .policy, as Team.parse("communication-policy")
/// ```
public enum Team: String, KoreanLabelled {
    /// 소통정책팀.
    case policy = "communication-policy"
    /// 소통지원팀.
    case support = "communication-support"
    /// 현장소통팀.
    case field = "field-communication"
    /// 직소민원팀.
    case petitions = "direct-petitions"

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .policy: "소통정책팀"
        case .support: "소통지원팀"
        case .field: "현장소통팀"
        case .petitions: "직소민원팀"
        }
    }
}
