public import SotongCore

/// Mediation experts began mediating a conflict (갈등조정전문가 중재활동).
///
/// ```swift
/// let event = ConflictMediationConvened(
///     conflict: "C-2018-003", experts: ["EXP-2018-017", "EXP-2018-031"],
///     stakeholders: ["논현동 주민대책위원회", "처리시설 운영업체"], civicGroups: ["인천환경시민모임"],
///     institutions: ["남동구청 환경과"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictMediationConvened: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.mediation-convened"
    /// The conflict case.
    public let conflict: ConflictID
    /// The pool experts who mediate.
    public let experts: [ExpertID]
    /// The parties to the conflict (residents' committees, companies…), by name of group.
    public let stakeholders: [String]
    /// The civic groups taking part.
    public let civicGroups: [String]
    /// The related institutions taking part.
    public let institutions: [String]

    /// Creates the event.
    public init(conflict: ConflictID, experts: [ExpertID], stakeholders: [String] = [], civicGroups: [String] = [],
                institutions: [String] = []) {
        self.conflict = conflict
        self.experts = experts
        self.stakeholders = stakeholders
        self.civicGroups = civicGroups
        self.institutions = institutions
    }

    /// The catalog sentence.
    public static let summary = "Mediation experts from the pool began a mediation (갈등조정전문가 중재활동) of a conflict."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("conflict", "the conflict case's id"),
        CatalogField("experts", "the ids of the pool experts who mediate; at least one, each once"),
        CatalogField("stakeholders", "the parties (이해관계자) taking part, as names of groups, 1–200 characters each"),
        CatalogField("civicGroups", "the civic groups (시민단체) taking part, 1–200 characters each"),
        CatalogField("institutions", "the related institutions (유관기관) taking part, 1–200 characters each"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the conflict id is valid, experts names at least one expert, each once, and every name in stakeholders, civicGroups and institutions is 1–200 characters and listed once.",
        "conflict.not-registered: the conflict is registered.",
        "conflict.expert-not-in-pool: a mediation can only seat experts registered in the pool: every expert is registered in the expert pool and has not withdrawn.",
    ]
    /// An invented example.
    public static let example = ConflictMediationConvened(
        conflict: "C-2018-003", experts: ["EXP-2018-017", "EXP-2018-031"],
        stakeholders: ["논현동 주민대책위원회", "처리시설 운영업체"], civicGroups: ["인천환경시민모임"],
        institutions: ["남동구청 환경과"])

    /// `conflict-<conflict>`.
    public var stream: StreamID { ConflictStreams.stream(of: conflict) }
    /// The expert pool, to check the experts.
    public var consultedStreams: [StreamID] { [ExpertPoolState.stream] }

    /// Refuses invalid values, an unregistered conflict and experts outside the pool.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.id(conflict, "conflict")
        try values.ids(experts, "experts", minimum: 1)
        try values.names(stakeholders, "stakeholders")
        try values.names(civicGroups, "civicGroups")
        try values.names(institutions, "institutions")
        try ConflictStreams.requireRegistered(conflict, in: history)
        try ConflictStreams.requirePooled(experts, field: "experts", in: history)
    }
}

/// A mediation ended, with or without agreement (조정 종결).
///
/// ```swift
/// let event = ConflictMediationConcluded(
///     conflict: "C-2018-003", agreed: true, summary: "악취 저감설비 설치와 주민감시단 운영에 합의함.")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictMediationConcluded: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.mediation-concluded"
    /// The conflict case.
    public let conflict: ConflictID
    /// Whether the parties reached an agreement (조정 성립).
    public let agreed: Bool
    /// What was agreed, or why no agreement was reached.
    public let summary: String

    /// Creates the event.
    public init(conflict: ConflictID, agreed: Bool, summary: String) {
        self.conflict = conflict
        self.agreed = agreed
        self.summary = summary
    }

    /// The catalog sentence.
    public static let summary = "The mediation of a conflict (갈등조정) concluded, with or without agreement."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("conflict", "the conflict case's id"),
        CatalogField("agreed", "true when the parties reached an agreement (조정 성립)"),
        CatalogField("summary", "what was agreed, or why no agreement was reached; 1–500 characters"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the conflict id is valid and the summary is 1–500 characters.",
        "conflict.not-registered: the conflict is registered.",
        "conflict.mediation-not-convened: a mediation of the conflict has been convened.",
        "conflict.mediation-already-concluded: the latest mediation is not concluded already (a mediation convened after a conclusion may be concluded in turn).",
    ]
    /// An invented example.
    public static let example = ConflictMediationConcluded(
        conflict: "C-2018-003", agreed: true, summary: "악취 저감설비 설치와 주민감시단 운영에 합의함.")

    /// `conflict-<conflict>`.
    public var stream: StreamID { ConflictStreams.stream(of: conflict) }

    /// Refuses invalid values, a conclusion without a mediation and a second conclusion.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.id(conflict, "conflict")
        try values.text(summary, "summary")
        try ConflictStreams.requireRegistered(conflict, in: history)
        let entries = history.entries(in: stream)
        guard let convened = entries.lastIndex(where: { $0.event is ConflictMediationConvened }) else {
            throw DomainError(rule: "conflict.mediation-not-convened", korean: "조정 미개시",
                              detail: "no mediation of conflict \(conflict) has been convened", field: "conflict")
        }
        if entries[convened...].contains(where: { $0.event is ConflictMediationConcluded }) {
            throw DomainError(rule: "conflict.mediation-already-concluded", korean: "조정 종결 중복",
                              detail: "the latest mediation of conflict \(conflict) is already concluded; convene a new mediation first",
                              field: "conflict")
        }
    }
}
