/// One of the two areas (2개 분야) of the communication performance evaluation (소통활동 성과평가).
///
/// ```swift
/// EvaluationArea.internal.koreanLabel      // "내부소통"
/// EvaluationArea.parse("내부소통")  // .internal, as EvaluationArea.parse("internal")
/// ```
public enum EvaluationArea: String, KoreanLabelled {
    /// 내부소통: communication inside the city administration.
    case `internal`
    /// 외부소통: communication with citizens.
    case external

    /// 내부소통 / 외부소통.
    public var koreanLabel: String {
        switch self {
        case .internal: "내부소통"
        case .external: "외부소통"
        }
    }

    /// The area's items, in the plan's order.
    public var items: [EvaluationItem] { EvaluationItem.allCases.filter { $0.area == self } }
}

/// One of the seven items (7개 항목) on which a 4급 department head is evaluated, in the plan's order.
///
/// ```swift
/// EvaluationItem.communicationPlan.koreanLabel // "소통계획 수립"
/// EvaluationItem.parse("소통계획 수립") // .communicationPlan, as EvaluationItem.parse("communication-plan")
/// ```
public enum EvaluationItem: String, KoreanLabelled {
    /// 소통계획 수립: the department's communication plan.
    case communicationPlan = "communication-plan"
    /// 교육참여도: participation in communication training (derived from the log).
    case trainingParticipation = "training-participation"
    /// 정책고객 관리: management of the department's policy customers.
    case policyCustomerManagement = "policy-customer-management"
    /// 제도개선: improvements to rules and procedures.
    case systemImprovement = "system-improvement"
    /// 소통관리: communication management.
    case communicationManagement = "communication-management"
    /// 민원처리: petition handling (derived from the log).
    case petitionHandling = "petition-handling"
    /// 현장소통: field communication (derived from the log).
    case fieldCommunication = "field-communication"

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .communicationPlan: "소통계획 수립"
        case .trainingParticipation: "교육참여도"
        case .policyCustomerManagement: "정책고객 관리"
        case .systemImprovement: "제도개선"
        case .communicationManagement: "소통관리"
        case .petitionHandling: "민원처리"
        case .fieldCommunication: "현장소통"
        }
    }

    /// The area the item belongs to: the first five are internal, the last two external.
    public var area: EvaluationArea {
        switch self {
        case .petitionHandling, .fieldCommunication: .external
        default: .internal
        }
    }

    /// Whether the projections derive the item's score from the log (training attendance,
    /// petitions, field communication days) instead of an evaluator scoring it by hand.
    public var isDerived: Bool {
        switch self {
        case .trainingParticipation, .petitionHandling, .fieldCommunication: true
        default: false
        }
    }
}
