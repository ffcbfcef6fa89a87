public import SotongCore

/// A team (담당) of the office was established, with its duties (사무분장).
///
/// ```swift
/// try await office.record(TeamEstablished(team: .petitions, duties: ["직소민원 데이터 관리"]), context: context)
/// ```
public struct TeamEstablished: OfficeEvent {
    /// The stable type string.
    public static let eventType = "organisation.team-established"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A team (담당) of the office was established with its duties (사무분장), which the roster lists beside the team."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("team", "The team: \(Team.codeList)."),
        CatalogField("duties", "The team's duties (사무분장) as the plan lists them, one entry per duty, in order."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "A team is established only once (organisation.team-already-established).",
        "The duties list 1 to 50 entries, each 1 to 500 characters, without repeats (organisation.duties-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: TeamEstablished {
        TeamEstablished(team: .petitions, duties: [
            "시장실 방문 직소민원 응대 및 조정 관리", "직소민원 처리체계 개선 및 분석 보고", "직소민원 데이터 관리",
        ])
    }

    /// The team established.
    public let team: Team
    /// Its duties (사무분장), in the plan's order.
    public let duties: [String]

    /// An establishment of `team` with its `duties`.
    public init(team: Team, duties: [String]) {
        self.team = team
        self.duties = duties
    }

    /// Teams and quotas live in the `organisation` stream.
    public var stream: StreamID { .organisation }

    /// Refuses a second establishment and an empty, overlong or repeated duty.
    public func check(_ history: History, at context: RuleContext) throws {
        if history.fold(OrganisationState.self, of: .organisation).isEstablished(team) {
            throw DomainError(rule: "organisation.team-already-established", korean: "담당 중복 설치",
                              detail: "team \(team.rawValue) is already established", field: "team")
        }
        guard (1...50).contains(duties.count), duties.allSatisfy({ OrganisationChecks.isValid($0, limit: 500) }),
              Set(duties).count == duties.count
        else {
            throw DomainError(rule: "organisation.duties-invalid", korean: "사무분장 오류",
                              detail: "team \(team.rawValue) needs 1 to 50 distinct duties of 1 to 500 characters",
                              field: "duties")
        }
    }
}

/// The quota (정원) of one grade in one team was set. A later quota for the same team and grade
/// replaces the earlier one.
///
/// ```swift
/// try await office.record(TeamQuotaSet(team: .policy, grade: .grade6, quota: 2), context: context)
/// ```
public struct TeamQuotaSet: OfficeEvent {
    /// The stable type string.
    public static let eventType = "organisation.quota-set"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "The quota (정원) of one grade in one team was set; a later quota for the same team and grade replaces the earlier one."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("team", "The team: \(Team.codeList)."),
        CatalogField("grade", "The grade (급) as its number, 4 to 9."),
        CatalogField("quota", "The number of posts (정원) of that grade in that team, 0 or more."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The team must have been established (organisation.team-not-established).",
        "The quota is a whole number from 0 to 100 (organisation.quota-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: TeamQuotaSet { TeamQuotaSet(team: .policy, grade: .grade6, quota: 2) }

    /// The team whose quota is set.
    public let team: Team
    /// The grade the quota is for.
    public let grade: Grade
    /// The number of posts (정원).
    public let quota: Int

    /// A quota of `quota` posts of `grade` in `team`.
    public init(team: Team, grade: Grade, quota: Int) {
        self.team = team
        self.grade = grade
        self.quota = quota
    }

    /// Teams and quotas live in the `organisation` stream.
    public var stream: StreamID { .organisation }

    /// Refuses a quota for a team not established, and a negative or absurd quota.
    public func check(_ history: History, at context: RuleContext) throws {
        try OrganisationChecks.requireEstablished(team, in: history, field: "team")
        guard (0...100).contains(quota) else {
            throw DomainError(rule: "organisation.quota-invalid", korean: "정원 오류",
                              detail: "the quota of \(grade.koreanLabel) in team \(team.rawValue) must be 0 to 100, not \(quota)",
                              field: "quota")
        }
    }
}
