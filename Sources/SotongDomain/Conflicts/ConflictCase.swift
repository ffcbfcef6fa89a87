public import SotongCore

/// How severe a diagnosed conflict is (갈등수준).
///
/// ```swift
/// ConflictLevel.low.koreanLabel            // "낮음"
/// ConflictLevel.parse("낮음")       // .low, as ConflictLevel.parse("low")
/// ```
public enum ConflictLevel: String, KoreanLabelled {
    /// 낮음.
    case low
    /// 보통.
    case medium
    /// 높음.
    case high

    /// The label used in the office's tables.
    public var koreanLabel: String {
        switch self {
        case .low: "낮음"
        case .medium: "보통"
        case .high: "높음"
        }
    }
}

/// A conflict case (갈등민원·갈등현안) was registered for management.
///
/// ```swift
/// let event = ConflictRegistered(
///     conflict: "C-2018-003", title: "폐기물 처리시설 증설에 따른 주민 갈등", district: .namdong,
///     department: "resource-circulation")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictRegistered: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.registered"
    /// The conflict case.
    public let conflict: ConflictID
    /// A short title of the conflict.
    public let title: String
    /// The district where it arises, when it is local.
    public let district: District?
    /// The department responsible for the matter in conflict.
    public let department: DepartmentID

    /// Creates the event.
    public init(conflict: ConflictID, title: String, district: District? = nil, department: DepartmentID) {
        self.conflict = conflict
        self.title = title
        self.district = district
        self.department = department
    }

    /// The catalog sentence.
    public static let summary = "A conflict case (갈등민원) was registered for systematic conflict management (갈등관리)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("conflict", "the conflict case's id; names the stream conflict-<id>"),
        CatalogField("title", "a short title, 1–200 characters"),
        CatalogField("district", "optional: the district (구·군) where the conflict arises: \(District.codeList)"),
        CatalogField("department", "the department (부서) responsible for the matter in conflict"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the conflict and department ids are 1–100 characters without spaces and the title is 1–200 characters.",
        "conflict.already-registered: the conflict id is new: its stream holds no event yet.",
    ]
    /// An invented example.
    public static let example = ConflictRegistered(
        conflict: "C-2018-003", title: "폐기물 처리시설 증설에 따른 주민 갈등", district: .namdong,
        department: "resource-circulation")

    /// `conflict-<conflict>`.
    public var stream: StreamID { ConflictStreams.stream(of: conflict) }

    /// Refuses invalid values and a conflict id already in use.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.id(conflict, "conflict")
        try values.text(title, "title", limit: 200)
        try values.id(department, "department")
        if history.exists(stream) {
            throw DomainError(rule: "conflict.already-registered", korean: "갈등과제 중복 등록",
                              detail: "conflict \(conflict) is already registered", field: "conflict")
        }
    }
}

/// A conflict was diagnosed (갈등진단): its causes, parties and severity assessed.
///
/// ```swift
/// let event = ConflictDiagnosed(
///     conflict: "C-2018-003", findings: "인근 4개 아파트 단지 주민이 악취와 차량 증가를 우려함. 이해관계자 3개 집단, 장기화 우려.",
///     level: .high)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictDiagnosed: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.diagnosed"
    /// The conflict case.
    public let conflict: ConflictID
    /// What the diagnosis found.
    public let findings: String
    /// How severe the conflict is.
    public let level: ConflictLevel

    /// Creates the event.
    public init(conflict: ConflictID, findings: String, level: ConflictLevel) {
        self.conflict = conflict
        self.findings = findings
        self.level = level
    }

    /// The catalog sentence.
    public static let summary = "A registered conflict was diagnosed (갈등진단) and its level (갈등수준) assessed."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("conflict", "the conflict case's id"),
        CatalogField("findings", "what the diagnosis found: causes, parties, issues; 1–500 characters"),
        CatalogField("level", "the assessed level: \(ConflictLevel.codeList) (낮음, 보통, 높음)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the conflict id is 1–100 characters without spaces and the findings are 1–500 characters.",
        "conflict.not-registered: the conflict is registered.",
    ]
    /// An invented example.
    public static let example = ConflictDiagnosed(
        conflict: "C-2018-003", findings: "인근 4개 아파트 단지 주민이 악취와 차량 증가를 우려함. 이해관계자 3개 집단, 장기화 우려.",
        level: .high)

    /// `conflict-<conflict>`.
    public var stream: StreamID { ConflictStreams.stream(of: conflict) }

    /// Refuses invalid values and an unregistered conflict.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.id(conflict, "conflict")
        try values.text(findings, "findings")
        try ConflictStreams.requireRegistered(conflict, in: history)
    }
}

/// The response plan (대응계획) was adopted, finalised after discussion with mediation experts
/// (갈등조정전문가와 토론 후 최종 대응계획 결정).
///
/// ```swift
/// let event = ConflictResponsePlanAdopted(
///     conflict: "C-2018-003", summary: "주민설명회 2회 개최 후 갈등민원조정협의회를 구성하고 악취 공동조사를 추진한다.",
///     consultedExperts: ["EXP-2018-017", "EXP-2018-004"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictResponsePlanAdopted: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.response-plan-adopted"
    /// The conflict case.
    public let conflict: ConflictID
    /// What the plan does.
    public let summary: String
    /// The pool experts the plan was discussed with.
    public let consultedExperts: [ExpertID]

    /// Creates the event.
    public init(conflict: ConflictID, summary: String, consultedExperts: [ExpertID]) {
        self.conflict = conflict
        self.summary = summary
        self.consultedExperts = consultedExperts
    }

    /// The catalog sentence.
    public static let summary =
        "A response plan (대응계획) was adopted for a diagnosed conflict after discussion with mediation experts (갈등조정전문가)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("conflict", "the conflict case's id"),
        CatalogField("summary", "what the plan does, 1–500 characters"),
        CatalogField("consultedExperts", "the ids of the pool experts the plan was discussed with; at least one, each once"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the conflict id is valid, the summary is 1–500 characters and consultedExperts names at least one expert, each once.",
        "conflict.not-registered: the conflict is registered.",
        "conflict.not-diagnosed: the conflict has been diagnosed (갈등진단) before its response plan is adopted.",
        "conflict.expert-not-in-pool: every consulted expert is registered in the expert pool and has not withdrawn.",
    ]
    /// An invented example.
    public static let example = ConflictResponsePlanAdopted(
        conflict: "C-2018-003", summary: "주민설명회 2회 개최 후 갈등민원조정협의회를 구성하고 악취 공동조사를 추진한다.",
        consultedExperts: ["EXP-2018-017", "EXP-2018-004"])

    /// `conflict-<conflict>`.
    public var stream: StreamID { ConflictStreams.stream(of: conflict) }
    /// The expert pool, to check the consulted experts.
    public var consultedStreams: [StreamID] { [ExpertPoolState.stream] }

    /// Refuses invalid values, a plan before a diagnosis, and experts outside the pool.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.id(conflict, "conflict")
        try values.text(summary, "summary")
        try values.ids(consultedExperts, "consultedExperts", minimum: 1)
        try ConflictStreams.requireRegistered(conflict, in: history)
        if history.events(ConflictDiagnosed.self, in: stream).isEmpty {
            throw DomainError(rule: "conflict.not-diagnosed", korean: "갈등진단 미실시",
                              detail: "conflict \(conflict) has no diagnosis; diagnose it before adopting a response plan",
                              field: "conflict")
        }
        try ConflictStreams.requirePooled(consultedExperts, field: "consultedExperts", in: history)
    }
}
