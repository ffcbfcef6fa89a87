public import SotongCore

/// A proposal (제안사항) from a forum's table discussions was collected.
///
/// ```swift
/// let event = ForumProposalCollected(
///     forum: "aein-2018-1", proposal: "P-2018-1-04", summary: "빈 점포를 청년 창업 공간으로 임대하는 공공임대상가 도입")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ForumProposalCollected: OfficeEvent {
    /// The stored type name.
    public static let eventType = "forum.proposal-collected"
    /// The forum it came from.
    public let forum: ActivityID
    /// The proposal.
    public let proposal: ProposalID
    /// What it proposes.
    public let summary: String

    /// Creates the event.
    public init(forum: ActivityID, proposal: ProposalID, summary: String) {
        self.forum = forum
        self.proposal = proposal
        self.summary = summary
    }

    /// The catalog sentence.
    public static let summary = "A citizens' proposal (제안사항) was collected at an 애인(愛仁)토론회 forum."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("forum", "the forum's activity id"),
        CatalogField("proposal", "the proposal's id"),
        CatalogField("summary", "what it proposes, 1–500 characters"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "forum.invalid-value: the forum and proposal ids are valid and the summary is 1–500 characters.",
        "forum.not-held: the forum has been held (recorded by forum.held).",
        "forum.proposal-already-collected: the proposal id is not collected at the forum already.",
    ]
    /// An invented example.
    public static let example = ForumProposalCollected(
        forum: "aein-2018-1", proposal: "P-2018-1-04", summary: "빈 점포를 청년 창업 공간으로 임대하는 공공임대상가 도입")

    /// `forum-<forum>`.
    public var stream: StreamID { ForumStreams.stream(of: forum) }

    /// Refuses invalid values, a forum not held and a proposal collected twice.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "forum")
        try values.id(forum, "forum")
        try values.id(proposal, "proposal")
        try values.text(summary, "summary")
        if history.events(ForumHeld.self, in: stream).isEmpty {
            throw DomainError(rule: "forum.not-held", korean: "미개최 토론회",
                              detail: "forum \(forum) has not been held", field: "forum")
        }
        if history.events(ForumProposalCollected.self, in: stream).contains(where: { $0.proposal == proposal }) {
            throw DomainError(rule: "forum.proposal-already-collected", korean: "제안 중복 수집",
                              detail: "proposal \(proposal) is already collected at forum \(forum)", field: "proposal")
        }
    }
}

/// A forum proposal was reflected in a policy (시정 반영).
///
/// ```swift
/// let event = ForumProposalReflected(
///     forum: "aein-2018-1", proposal: "P-2018-1-04", policy: "2019 원도심 청년창업 공공임대상가 조성사업",
///     department: "urban-regeneration")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ForumProposalReflected: OfficeEvent {
    /// The stored type name.
    public static let eventType = "forum.proposal-reflected"
    /// The forum it came from.
    public let forum: ActivityID
    /// The proposal.
    public let proposal: ProposalID
    /// The policy or project it was reflected in.
    public let policy: String
    /// The department that reflected it.
    public let department: DepartmentID

    /// Creates the event.
    public init(forum: ActivityID, proposal: ProposalID, policy: String, department: DepartmentID) {
        self.forum = forum
        self.proposal = proposal
        self.policy = policy
        self.department = department
    }

    /// The catalog sentence.
    public static let summary = "A forum proposal was reflected in city policy (시정 반영) by a department."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("forum", "the forum's activity id"),
        CatalogField("proposal", "the proposal's id"),
        CatalogField("policy", "the policy or project it was reflected in, 1–200 characters"),
        CatalogField("department", "the department that reflected it"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "forum.invalid-value: the forum, proposal and department ids are valid and the policy is 1–200 characters.",
        "forum.unknown-proposal: the proposal was collected at the forum.",
        "forum.proposal-already-decided: the proposal is not reflected or declined already.",
    ]
    /// An invented example.
    public static let example = ForumProposalReflected(
        forum: "aein-2018-1", proposal: "P-2018-1-04", policy: "2019 원도심 청년창업 공공임대상가 조성사업",
        department: "urban-regeneration")

    /// `forum-<forum>`.
    public var stream: StreamID { ForumStreams.stream(of: forum) }

    /// Refuses invalid values, an unknown proposal and a second decision.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "forum")
        try values.id(forum, "forum")
        try values.id(proposal, "proposal")
        try values.text(policy, "policy", limit: 200)
        try values.id(department, "department")
        try ForumStreams.requireUndecided(proposal, forum: forum, in: history)
    }
}

/// A forum proposal was declined, with the reason (미반영).
///
/// ```swift
/// let event = ForumProposalDeclined(
///     forum: "aein-2018-1", proposal: "P-2018-1-07", reason: "국가 사무로 시 권한 밖이어서 관계부처에 건의로 대신함")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ForumProposalDeclined: OfficeEvent {
    /// The stored type name.
    public static let eventType = "forum.proposal-declined"
    /// The forum it came from.
    public let forum: ActivityID
    /// The proposal.
    public let proposal: ProposalID
    /// Why it was not reflected.
    public let reason: String

    /// Creates the event.
    public init(forum: ActivityID, proposal: ProposalID, reason: String) {
        self.forum = forum
        self.proposal = proposal
        self.reason = reason
    }

    /// The catalog sentence.
    public static let summary = "A forum proposal was declined (미반영), with the reason."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("forum", "the forum's activity id"),
        CatalogField("proposal", "the proposal's id"),
        CatalogField("reason", "why it was not reflected, 1–500 characters"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "forum.invalid-value: the forum and proposal ids are valid and the reason is 1–500 characters.",
        "forum.unknown-proposal: the proposal was collected at the forum.",
        "forum.proposal-already-decided: the proposal is not reflected or declined already.",
    ]
    /// An invented example.
    public static let example = ForumProposalDeclined(
        forum: "aein-2018-1", proposal: "P-2018-1-07", reason: "국가 사무로 시 권한 밖이어서 관계부처에 건의로 대신함")

    /// `forum-<forum>`.
    public var stream: StreamID { ForumStreams.stream(of: forum) }

    /// Refuses invalid values, an unknown proposal and a second decision.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "forum")
        try values.id(forum, "forum")
        try values.id(proposal, "proposal")
        try values.text(reason, "reason")
        try ForumStreams.requireUndecided(proposal, forum: forum, in: history)
    }
}
