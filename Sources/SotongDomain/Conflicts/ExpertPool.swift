public import SotongCore

/// The kind of body a mediation expert of the pool (갈등조정 전문가 인력풀) comes from.
///
/// ```swift
/// ExpertCategory.institute.koreanLabel     // "전문기관"
/// ExpertCategory.parse("전문기관")  // .institute, as ExpertCategory.parse("institute")
/// ```
public enum ExpertCategory: String, KoreanLabelled {
    /// 전문기관: a specialised institute.
    case institute
    /// 대학교수: a university professor.
    case professor
    /// 유관기관: a related public institution.
    case relatedInstitution = "related-institution"
    /// 시민단체: a civic group.
    case civicGroup = "civic-group"

    /// The plan's label.
    public var koreanLabel: String {
        switch self {
        case .institute: "전문기관"
        case .professor: "대학교수"
        case .relatedInstitution: "유관기관"
        case .civicGroup: "시민단체"
        }
    }
}

/// A conflict-mediation expert joined the pool (갈등조정 전문가 인력풀).
///
/// ```swift
/// let event = ExpertRegistered(expert: "EXP-2018-017", category: .professor,
///     field: "환경분쟁 조정")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ExpertRegistered: OfficeEvent {
    /// The stored type name.
    public static let eventType = "expert.registered"
    /// The expert who joined.
    public let expert: ExpertID
    /// The kind of body the expert comes from.
    public let category: ExpertCategory
    /// The expert's field of expertise, when recorded.
    public let field: String?

    /// Creates the event.
    public init(expert: ExpertID, category: ExpertCategory, field: String? = nil) {
        self.expert = expert
        self.category = category
        self.field = field
    }

    /// The catalog sentence.
    public static let summary =
        "A conflict-mediation expert was registered in the expert pool (갈등조정 전문가 인력풀)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("expert", "the expert's id in the pool (an id, not a name)"),
        CatalogField("category", "where the expert comes from: \(ExpertCategory.codeList) (전문기관, 대학교수, 유관기관, 시민단체)"),
        CatalogField("field", "optional: the expert's field of expertise, 1–200 characters"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "expert.invalid-value: the expert id is 1–100 characters without spaces and the field, when given, is 1–200 characters.",
        "expert.already-registered: the expert is not registered in the pool already (an expert who withdrew may register again).",
    ]
    /// An invented example.
    public static let example = ExpertRegistered(expert: "EXP-2018-017", category: .professor,
                                                 field: "환경분쟁 조정")

    /// The pool's stream.
    public var stream: StreamID { ExpertPoolState.stream }

    /// Refuses invalid values and a second registration.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "expert")
        try values.id(expert, "expert")
        try values.optionalText(field, "field", limit: 200)
        if ExpertPoolState(history).isRegistered(expert) {
            throw DomainError(rule: "expert.already-registered", korean: "전문가 중복 등록",
                              detail: "expert \(expert) is already registered in the pool", field: "expert")
        }
    }
}

/// An expert left the pool (인력풀 해촉): from now on no mediation or council may seat them.
///
/// ```swift
/// let event = ExpertWithdrawn(expert: "EXP-2018-017")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ExpertWithdrawn: OfficeEvent {
    /// The stored type name.
    public static let eventType = "expert.withdrawn"
    /// The expert who left.
    public let expert: ExpertID

    /// Creates the event.
    public init(expert: ExpertID) {
        self.expert = expert
    }

    /// The catalog sentence.
    public static let summary = "An expert withdrew from the conflict-mediation expert pool (갈등조정 전문가 인력풀)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("expert", "the expert's id in the pool"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "expert.invalid-value: the expert id is 1–100 characters without spaces.",
        "expert.not-registered: the expert is registered in the pool and has not withdrawn.",
    ]
    /// An invented example.
    public static let example = ExpertWithdrawn(expert: "EXP-2018-017")

    /// The pool's stream.
    public var stream: StreamID { ExpertPoolState.stream }

    /// Refuses an expert who is not in the pool now.
    public func check(_ history: History, at context: RuleContext) throws {
        try CivicValueCheck(prefix: "expert").id(expert, "expert")
        if !ExpertPoolState(history).isRegistered(expert) {
            throw DomainError(rule: "expert.not-registered", korean: "미등록 전문가",
                              detail: "expert \(expert) is not registered in the pool", field: "expert")
        }
    }
}
