public import SotongCore

/// A session of the communication academy (소통아카데미) was held; three a year is the target.
///
/// ```swift
/// let event = AcademySessionHeld(
///     title: "갈등의 창조적 해결을 위한 소통리더 과정", participants: 112,
///     departmentsAttending: ["communication-office", "transport-policy", "welfare-policy"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct AcademySessionHeld: OfficeEvent {
    /// The stored type name.
    public static let eventType = "academy.session-held"
    /// The stream of all academy sessions.
    public static let academyStream: StreamID = "academy"

    /// The session's title.
    public let title: String
    /// How many people took part (officials and participating citizens).
    public let participants: Int
    /// The departments whose staff attended.
    public let departmentsAttending: [DepartmentID]

    /// Creates the event.
    public init(title: String, participants: Int, departmentsAttending: [DepartmentID]) {
        self.title = title
        self.participants = participants
        self.departmentsAttending = departmentsAttending
    }

    /// The catalog sentence.
    public static let summary = "A session of the communication academy (소통아카데미) was held."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("title", "the session's title, 1–200 characters"),
        CatalogField("participants", "how many people took part, 1–100000"),
        CatalogField("departmentsAttending", "the departments whose staff attended, each once (counts for their training participation, 교육참여도)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "academy.invalid-value: the title is 1–200 characters, participants is 1–100000 and departmentsAttending lists valid department ids, each once.",
    ]
    /// An invented example.
    public static let example = AcademySessionHeld(
        title: "갈등의 창조적 해결을 위한 소통리더 과정", participants: 112,
        departmentsAttending: ["communication-office", "transport-policy", "welfare-policy"])

    /// `academy`.
    public var stream: StreamID { Self.academyStream }

    /// Refuses invalid values.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "academy")
        try values.text(title, "title", limit: 200)
        try values.count(participants, "participants", in: 1...CivicValueCheck.maximumCount)
        try values.ids(departmentsAttending, "departmentsAttending")
    }
}
