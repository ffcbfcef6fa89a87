public import SotongCore

/// The subject of an 애인(愛仁)토론회 forum.
///
/// ```swift
/// ForumTopic.welfare.koreanLabel           // "복지"
/// ForumTopic.parse("복지")          // .welfare, as ForumTopic.parse("welfare")
/// ```
public enum ForumTopic: String, KoreanLabelled {
    /// 복지.
    case welfare
    /// 교통.
    case transport
    /// 안전.
    case safety
    /// 교육.
    case education
    /// 원도심: the old downtown.
    case oldDowntown = "old-downtown"
    /// 기타: any other subject.
    case other

    /// The plan's label.
    public var koreanLabel: String {
        switch self {
        case .welfare: "복지"
        case .transport: "교통"
        case .safety: "안전"
        case .education: "교육"
        case .oldDowntown: "원도심"
        case .other: "기타"
        }
    }
}

/// Where a forum's events live and what its proposals have become.
///
/// ```swift
/// let forum = try await office.history(of: ForumStreams.stream(of: "aein-2018-1"))
/// ```
public enum ForumStreams {
    /// The stream of one forum: `forum-<activityID>`.
    public static func stream(of forum: ActivityID) -> StreamID { StreamID("forum-\(forum.rawValue)") }

    /// Refuses a proposal that was not collected at the forum, or was decided already.
    static func requireUndecided(_ proposal: ProposalID, forum: ActivityID, in history: History) throws {
        let entries = history.entries(in: stream(of: forum))
        let collected = entries.contains { ($0.event as? ForumProposalCollected)?.proposal == proposal }
        if !collected {
            throw DomainError(rule: "forum.unknown-proposal", korean: "미수집 제안",
                              detail: "proposal \(proposal) was not collected at forum \(forum)", field: "proposal")
        }
        let decided = entries.contains {
            ($0.event as? ForumProposalReflected)?.proposal == proposal
                || ($0.event as? ForumProposalDeclined)?.proposal == proposal
        }
        if decided {
            throw DomainError(rule: "forum.proposal-already-decided", korean: "제안 처리 중복",
                              detail: "proposal \(proposal) of forum \(forum) is already reflected or declined",
                              field: "proposal")
        }
    }
}

/// A citizens' forum 애인(愛仁)토론회 (행복한 시민 토론마당) was held.
///
/// ```swift
/// let event = ForumHeld(forum: "aein-2018-1", title: "원도심 활성화, 시민에게 듣다", topic: .oldDowntown,
///     participants: 520, facilitators: 48)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ForumHeld: OfficeEvent {
    /// The stored type name.
    public static let eventType = "forum.held"
    /// The forum.
    public let forum: ActivityID
    /// The forum's title.
    public let title: String
    /// Its subject.
    public let topic: ForumTopic
    /// How many citizens took part.
    public let participants: Int
    /// How many facilitators (퍼실리테이터) led the table discussions.
    public let facilitators: Int

    /// Creates the event.
    public init(forum: ActivityID, title: String, topic: ForumTopic, participants: Int, facilitators: Int) {
        self.forum = forum
        self.title = title
        self.topic = topic
        self.participants = participants
        self.facilitators = facilitators
    }

    /// The catalog sentence.
    public static let summary = "A citizens' forum 애인(愛仁)토론회 (행복한 시민 토론마당) was held."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("forum", "the forum's activity id; names the stream forum-<id>"),
        CatalogField("title", "the forum's title, 1–200 characters"),
        CatalogField("topic", "its subject: \(ForumTopic.codeList) (복지, 교통, 안전, 교육, 원도심, 기타)"),
        CatalogField("participants", "how many citizens took part, 1–100000"),
        CatalogField("facilitators", "how many facilitators (퍼실리테이터) led the discussion, 0–1000"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "forum.invalid-value: the forum id is valid, the title is 1–200 characters, participants is 1–100000 and facilitators is 0–1000.",
        "forum.already-held: the forum id is new: its stream holds no event yet.",
    ]
    /// An invented example.
    public static let example = ForumHeld(forum: "aein-2018-1", title: "원도심 활성화, 시민에게 듣다", topic: .oldDowntown,
                                          participants: 520, facilitators: 48)

    /// `forum-<forum>`.
    public var stream: StreamID { ForumStreams.stream(of: forum) }

    /// Refuses invalid values and a forum id already in use.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "forum")
        try values.id(forum, "forum")
        try values.text(title, "title", limit: 200)
        try values.count(participants, "participants", in: 1...CivicValueCheck.maximumCount)
        try values.count(facilitators, "facilitators", in: 0...1_000)
        if history.exists(stream) {
            throw DomainError(rule: "forum.already-held", korean: "토론회 중복 등록",
                              detail: "forum \(forum) is already recorded", field: "forum")
        }
    }
}
