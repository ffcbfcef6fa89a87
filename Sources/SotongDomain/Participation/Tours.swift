public import SotongCore

/// Which citizen-happiness communication tour (시민행복 소통투어) was held.
///
/// ```swift
/// TourKind.livelihood.koreanLabel          // "민생현장"
/// TourKind.parse("민생현장")        // .livelihood, as TourKind.parse("livelihood")
/// ```
public enum TourKind: String, KoreanLabelled {
    /// 민생현장: livelihood sites (women, the elderly, vulnerable groups, business); first half.
    case livelihood
    /// 정책현장: major policy sites; second half.
    case policy

    /// The plan's label.
    public var koreanLabel: String {
        switch self {
        case .livelihood: "민생현장"
        case .policy: "정책현장"
        }
    }

    /// The half of the year (1 or 2) in which the plan holds this kind of tour.
    public var half: Int {
        switch self {
        case .livelihood: 1
        case .policy: 2
        }
    }
}

/// A citizen-happiness communication tour (시민행복 소통투어) visited sites.
///
/// ```swift
/// let event = TourHeld(kind: .livelihood, sites: ["부평 여성인력개발센터", "남동공단 중소기업 간담회장"],
///     participants: 46)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct TourHeld: OfficeEvent {
    /// The stored type name.
    public static let eventType = "tour.held"
    /// The stream of all tours.
    public static let toursStream: StreamID = "tours"

    /// Livelihood or policy tour.
    public let kind: TourKind
    /// The sites visited.
    public let sites: [String]
    /// How many citizens took part, when counted.
    public let participants: Int?

    /// Creates the event.
    public init(kind: TourKind, sites: [String], participants: Int? = nil) {
        self.kind = kind
        self.sites = sites
        self.participants = participants
    }

    /// The catalog sentence.
    public static let summary =
        "A citizen-happiness communication tour (시민행복 소통투어) visited livelihood (민생현장) or policy (정책현장) sites."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("kind", "the tour: \(TourKind.codeList) (민생현장, 정책현장)"),
        CatalogField("sites", "the sites visited, at least one, each 1–200 characters and listed once"),
        CatalogField("participants", "optional: how many citizens took part, 0–100000"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "tour.invalid-value: sites lists at least one site, each 1–200 characters and listed once, and participants, when given, is 0–100000.",
        "tour.wrong-half: livelihood tours (민생현장) are held in the first half of the year (January–June) and policy tours (정책현장) in the second half (July–December).",
    ]
    /// An invented example.
    public static let example = TourHeld(kind: .livelihood, sites: ["부평 여성인력개발센터", "남동공단 중소기업 간담회장"],
                                         participants: 46)

    /// `tours`.
    public var stream: StreamID { Self.toursStream }

    /// Refuses invalid values and a tour in the wrong half of the year.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "tour")
        try values.names(sites, "sites", minimum: 1)
        if let participants { try values.count(participants, "participants", in: 0...CivicValueCheck.maximumCount) }
        let half = HalfYear(containing: context.occurredOn)
        if half.half != kind.half {
            throw DomainError(rule: "tour.wrong-half", korean: "소통투어 시기 오류",
                              detail: "a \(kind.rawValue) tour belongs in the \(kind.half == 1 ? "first" : "second") half of the year, not \(half)",
                              field: "kind")
        }
    }
}
