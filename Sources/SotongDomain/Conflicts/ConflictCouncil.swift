public import SotongCore

/// A mediation council for one case was formed (갈등민원조정협의회 구성).
///
/// ```swift
/// let event = ConflictCouncilFormed(
///     conflict: "C-2018-003", experts: ["EXP-2018-017"], stakeholders: ["논현동 주민대책위원회", "처리시설 운영업체"],
///     civicGroups: ["인천환경시민모임"], institutions: ["인천연구원"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictCouncilFormed: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.council-formed"
    /// The conflict case.
    public let conflict: ConflictID
    /// Members who are mediation experts of the pool.
    public let experts: [ExpertID]
    /// Members for the parties to the conflict.
    public let stakeholders: [String]
    /// Members for civic groups.
    public let civicGroups: [String]
    /// Members for related institutions.
    public let institutions: [String]

    /// Creates the event.
    public init(conflict: ConflictID, experts: [ExpertID], stakeholders: [String], civicGroups: [String],
                institutions: [String]) {
        self.conflict = conflict
        self.experts = experts
        self.stakeholders = stakeholders
        self.civicGroups = civicGroups
        self.institutions = institutions
    }

    /// The catalog sentence.
    public static let summary =
        "A per-case mediation council (갈등민원조정협의회) was formed of experts, stakeholders, civic groups and related institutions."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("conflict", "the conflict case's id"),
        CatalogField("experts", "members who are pool experts (갈등조정전문가), by id, each once"),
        CatalogField("stakeholders", "members for the parties (이해관계자), as names of groups, 1–200 characters each"),
        CatalogField("civicGroups", "members for civic groups (시민단체), 1–200 characters each"),
        CatalogField("institutions", "members for related institutions (유관기관), 1–200 characters each"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the conflict id is valid, the council has at least one member, ids and names are listed once and every name is 1–200 characters.",
        "conflict.not-registered: the conflict is registered.",
        "conflict.expert-not-in-pool: every expert member is registered in the expert pool and has not withdrawn.",
    ]
    /// An invented example.
    public static let example = ConflictCouncilFormed(
        conflict: "C-2018-003", experts: ["EXP-2018-017"], stakeholders: ["논현동 주민대책위원회", "처리시설 운영업체"],
        civicGroups: ["인천환경시민모임"], institutions: ["인천연구원"])

    /// `conflict-<conflict>`.
    public var stream: StreamID { ConflictStreams.stream(of: conflict) }
    /// The expert pool, to check the expert members.
    public var consultedStreams: [StreamID] { [ExpertPoolState.stream] }

    /// The number of members of every kind.
    public var memberCount: Int { experts.count + stakeholders.count + civicGroups.count + institutions.count }

    /// Refuses invalid values, an unregistered conflict and experts outside the pool.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.id(conflict, "conflict")
        try values.ids(experts, "experts")
        try values.names(stakeholders, "stakeholders")
        try values.names(civicGroups, "civicGroups")
        try values.names(institutions, "institutions")
        try values.require(memberCount >= 1, "experts", "and the other member lists must name at least one member in all")
        try ConflictStreams.requireRegistered(conflict, in: history)
        try ConflictStreams.requirePooled(experts, field: "experts", in: history)
    }
}

/// A case's mediation council met (갈등민원조정협의회 운영).
///
/// ```swift
/// let event = ConflictCouncilMet(
///     conflict: "C-2018-003", attendees: 9, minutesSummary: "악취 공동조사 방법과 조사기관 선정 기준에 합의함.")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictCouncilMet: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.council-met"
    /// The conflict case.
    public let conflict: ConflictID
    /// How many people attended.
    public let attendees: Int
    /// A summary of the minutes.
    public let minutesSummary: String

    /// Creates the event.
    public init(conflict: ConflictID, attendees: Int, minutesSummary: String) {
        self.conflict = conflict
        self.attendees = attendees
        self.minutesSummary = minutesSummary
    }

    /// The catalog sentence.
    public static let summary = "A case's mediation council (갈등민원조정협의회) met."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("conflict", "the conflict case's id"),
        CatalogField("attendees", "how many people attended, 1–1000"),
        CatalogField("minutesSummary", "a summary of the minutes, 1–500 characters"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the conflict id is valid, attendees is 1–1000 and the minutes summary is 1–500 characters.",
        "conflict.not-registered: the conflict is registered.",
        "conflict.council-not-formed: a mediation council has been formed for the conflict.",
    ]
    /// An invented example.
    public static let example = ConflictCouncilMet(
        conflict: "C-2018-003", attendees: 9, minutesSummary: "악취 공동조사 방법과 조사기관 선정 기준에 합의함.")

    /// `conflict-<conflict>`.
    public var stream: StreamID { ConflictStreams.stream(of: conflict) }

    /// Refuses invalid values and a meeting of a council that was never formed.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.id(conflict, "conflict")
        try values.count(attendees, "attendees", in: 1...1_000)
        try values.text(minutesSummary, "minutesSummary")
        try ConflictStreams.requireRegistered(conflict, in: history)
        if history.events(ConflictCouncilFormed.self, in: stream).isEmpty {
            throw DomainError(rule: "conflict.council-not-formed", korean: "협의회 미구성",
                              detail: "no mediation council has been formed for conflict \(conflict)", field: "conflict")
        }
    }
}
