public import SotongCore

/// The role of a member of the policy monitor group.
///
/// ```swift
/// MonitorRole.facilitator.koreanLabel      // "퍼실리테이터"
/// MonitorRole.parse("퍼실리테이터") // .facilitator, as MonitorRole.parse("facilitator")
/// ```
public enum MonitorRole: String, KoreanLabelled {
    /// 퍼실리테이터: a facilitator of the 애인토론회 forums.
    case facilitator
    /// 일반시민: an ordinary citizen.
    case citizen

    /// The plan's label.
    public var koreanLabel: String {
        switch self {
        case .facilitator: "퍼실리테이터"
        case .citizen: "일반시민"
        }
    }
}

/// Who is an active member of the policy monitor group now.
enum MonitorGroup {
    /// The stream of the monitor group's events.
    static let stream: StreamID = "monitor-group"

    /// Active members after the history's `monitor-group` stream.
    static func activeMembers(in history: History) -> Set<MemberID> {
        history.fold(ActiveMembers.self, of: stream).members
    }

    /// The active members, folded from the `monitor-group` stream.
    struct ActiveMembers: StreamFold {
        var members: Set<MemberID> = []

        mutating func apply(_ entry: History.Entry) {
            if let joined = entry.event as? MonitorMemberJoined { members.insert(joined.member) }
            if let left = entry.event as? MonitorMemberLeft { members.remove(left.member) }
        }
    }

    /// Refuses a member who is not active.
    static func requireActive(_ member: MemberID, rule: String, korean: String, in history: History) throws {
        if !activeMembers(in: history).contains(member) {
            throw DomainError(rule: rule, korean: korean,
                              detail: "member \(member) is not an active member of the policy monitor group", field: "member")
        }
    }
}

/// A member joined the citizen-happiness policy monitor group (시민행복 정책 모니터단, new in 2018).
///
/// ```swift
/// let event = MonitorMemberJoined(member: "MON-2018-015", role: .facilitator)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct MonitorMemberJoined: OfficeEvent {
    /// The stored type name.
    public static let eventType = "monitor.member-joined"
    /// The member.
    public let member: MemberID
    /// Facilitator or ordinary citizen.
    public let role: MonitorRole

    /// Creates the event.
    public init(member: MemberID, role: MonitorRole) {
        self.member = member
        self.role = role
    }

    /// The catalog sentence.
    public static let summary = "A member joined the citizen-happiness policy monitor group (시민행복 정책 모니터단)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("member", "the member's id"),
        CatalogField("role", "the member's role: \(MonitorRole.codeList) (퍼실리테이터, 일반시민)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "monitor.invalid-value: the member id is 1–100 characters without spaces.",
        "monitor.member-already-active: the member is not an active member already (a member who left may join again).",
    ]
    /// An invented example.
    public static let example = MonitorMemberJoined(member: "MON-2018-015", role: .facilitator)

    /// `monitor-group`.
    public var stream: StreamID { MonitorGroup.stream }

    /// Refuses invalid values and a member who is active already.
    public func check(_ history: History, at context: RuleContext) throws {
        try CivicValueCheck(prefix: "monitor").id(member, "member")
        if MonitorGroup.activeMembers(in: history).contains(member) {
            throw DomainError(rule: "monitor.member-already-active", korean: "모니터단 중복 가입",
                              detail: "member \(member) is already an active member of the policy monitor group",
                              field: "member")
        }
    }
}

/// A member left the policy monitor group.
///
/// ```swift
/// let event = MonitorMemberLeft(member: "MON-2018-015")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct MonitorMemberLeft: OfficeEvent {
    /// The stored type name.
    public static let eventType = "monitor.member-left"
    /// The member.
    public let member: MemberID

    /// Creates the event.
    public init(member: MemberID) {
        self.member = member
    }

    /// The catalog sentence.
    public static let summary = "A member left the citizen-happiness policy monitor group (시민행복 정책 모니터단)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("member", "the member's id"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "monitor.invalid-value: the member id is 1–100 characters without spaces.",
        "monitor.member-not-active: the member is an active member of the policy monitor group.",
    ]
    /// An invented example.
    public static let example = MonitorMemberLeft(member: "MON-2018-015")

    /// `monitor-group`.
    public var stream: StreamID { MonitorGroup.stream }

    /// Refuses a member who is not active.
    public func check(_ history: History, at context: RuleContext) throws {
        try CivicValueCheck(prefix: "monitor").id(member, "member")
        try MonitorGroup.requireActive(member, rule: "monitor.member-not-active", korean: "활동 단원 아님", in: history)
    }
}

/// A monitor filed a monitoring report on a policy (정책 모니터링 보고).
///
/// ```swift
/// let event = MonitorReportFiled(
///     member: "MON-2018-015", policy: "인천 e음 지역화폐", summary: "전통시장 가맹점 안내 부족; 어르신 대상 사용법 교육 요청 다수")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct MonitorReportFiled: OfficeEvent {
    /// The stored type name.
    public static let eventType = "monitor.report-filed"
    /// The member who reports.
    public let member: MemberID
    /// The policy monitored.
    public let policy: String
    /// What the monitor found.
    public let summary: String

    /// Creates the event.
    public init(member: MemberID, policy: String, summary: String) {
        self.member = member
        self.policy = policy
        self.summary = summary
    }

    /// The catalog sentence.
    public static let summary =
        "A member of the policy monitor group (시민행복 정책 모니터단) filed a monitoring report on a policy."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("member", "the reporting member's id"),
        CatalogField("policy", "the policy monitored, 1–200 characters"),
        CatalogField("summary", "what the monitor found: citizens' opinions, whether they were reflected; 1–500 characters"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "monitor.invalid-value: the member id is valid, the policy is 1–200 characters and the summary is 1–500 characters.",
        "monitor.reporter-not-active: the reporter is an active member of the policy monitor group.",
    ]
    /// An invented example.
    public static let example = MonitorReportFiled(
        member: "MON-2018-015", policy: "인천 e음 지역화폐", summary: "전통시장 가맹점 안내 부족; 어르신 대상 사용법 교육 요청 다수")

    /// `monitor-group`.
    public var stream: StreamID { MonitorGroup.stream }

    /// Refuses invalid values and a reporter who is not an active member.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "monitor")
        try values.id(member, "member")
        try values.text(policy, "policy", limit: 200)
        try values.text(summary, "summary")
        try MonitorGroup.requireActive(member, rule: "monitor.reporter-not-active", korean: "모니터단원 아님", in: history)
    }
}
