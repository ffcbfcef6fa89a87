public import SotongCore

/// The kind of organisation a member of the civil-society network represents.
///
/// ```swift
/// NetworkCategory.professionalAssociation.koreanLabel // "직능사회단체"
/// NetworkCategory.parse("직능사회단체") // .professionalAssociation, as NetworkCategory.parse("professional-association")
/// ```
public enum NetworkCategory: String, KoreanLabelled {
    /// 직능사회단체: a professional or occupational association.
    case professionalAssociation = "professional-association"
    /// 시민사회단체: a civic group.
    case civicGroup = "civic-group"
    /// 시의회: the city council.
    case cityCouncil = "city-council"
    /// 市: the city government.
    case city

    /// The plan's label.
    public var koreanLabel: String {
        switch self {
        case .professionalAssociation: "직능사회단체"
        case .civicGroup: "시민사회단체"
        case .cityCouncil: "시의회"
        case .city: "市"
        }
    }
}

/// An organisation joined the civil-society communication network (시민사회 소통네트워크).
///
/// ```swift
/// let event = NetworkMemberJoined(member: "NET-07", category: .professionalAssociation,
///     organisation: "인천광역시 소상공인연합회")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct NetworkMemberJoined: OfficeEvent {
    /// The stored type name.
    public static let eventType = "network.member-joined"
    /// The member's id in the network.
    public let member: MemberID
    /// The kind of organisation.
    public let category: NetworkCategory
    /// The organisation's name (an organisation, never a person).
    public let organisation: String

    /// Creates the event.
    public init(member: MemberID, category: NetworkCategory, organisation: String) {
        self.member = member
        self.category = category
        self.organisation = organisation
    }

    /// The catalog sentence.
    public static let summary = "An organisation joined the civil-society communication network (시민사회 소통네트워크)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("member", "the member's id in the network"),
        CatalogField("category", "the kind of organisation: \(NetworkCategory.codeList) (직능사회단체, 시민사회단체, 시의회, 市)"),
        CatalogField("organisation", "the organisation's name, 1–200 characters; an organisation, never a person"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "network.invalid-value: the member id is 1–100 characters without spaces and the organisation is 1–200 characters.",
        "network.member-already-active: the member is not an active member of the network already (a member who left may join again).",
    ]
    /// An invented example.
    public static let example = NetworkMemberJoined(member: "NET-07", category: .professionalAssociation,
                                                    organisation: "인천광역시 소상공인연합회")

    /// `network`.
    public var stream: StreamID { NetworkState.stream }

    /// Refuses invalid values and a member who is active already.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "network")
        try values.id(member, "member")
        try values.text(organisation, "organisation", limit: 200)
        if NetworkState(history).isActive(member) {
            throw DomainError(rule: "network.member-already-active", korean: "네트워크 중복 가입",
                              detail: "member \(member) is already an active member of the network", field: "member")
        }
    }
}

/// An organisation left the civil-society communication network.
///
/// ```swift
/// let event = NetworkMemberLeft(member: "NET-07")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct NetworkMemberLeft: OfficeEvent {
    /// The stored type name.
    public static let eventType = "network.member-left"
    /// The member who left.
    public let member: MemberID

    /// Creates the event.
    public init(member: MemberID) {
        self.member = member
    }

    /// The catalog sentence.
    public static let summary = "An organisation left the civil-society communication network (시민사회 소통네트워크)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("member", "the member's id in the network"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "network.invalid-value: the member id is 1–100 characters without spaces.",
        "network.member-not-active: the member is an active member of the network.",
    ]
    /// An invented example.
    public static let example = NetworkMemberLeft(member: "NET-07")

    /// `network`.
    public var stream: StreamID { NetworkState.stream }

    /// Refuses a member who is not active.
    public func check(_ history: History, at context: RuleContext) throws {
        try CivicValueCheck(prefix: "network").id(member, "member")
        if !NetworkState(history).isActive(member) {
            throw DomainError(rule: "network.member-not-active", korean: "활동 회원 아님",
                              detail: "member \(member) is not an active member of the network", field: "member")
        }
    }
}
