public import SotongCore

/// Conflict-management training for officials was held (갈등관리 역량강화 교육), with a designated
/// institution such as 한국행정연구원 or 단국대 분쟁해결연구센터; twice a year is the target.
///
/// ```swift
/// let event = ConflictTrainingHeld(
///     institution: "단국대 분쟁해결연구센터", participants: 64,
///     departmentsAttending: ["resource-circulation", "urban-regeneration", "transport-policy"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct ConflictTrainingHeld: OfficeEvent {
    /// The stored type name.
    public static let eventType = "conflict.training-held"
    /// The stream of all conflict-management training sessions.
    public static let trainingStream: StreamID = "conflict-training"

    /// The institution that gave the training.
    public let institution: String
    /// How many officials took part.
    public let participants: Int
    /// The departments whose staff attended (feeds their training-participation score).
    public let departmentsAttending: [DepartmentID]

    /// Creates the event.
    public init(institution: String, participants: Int, departmentsAttending: [DepartmentID]) {
        self.institution = institution
        self.participants = participants
        self.departmentsAttending = departmentsAttending
    }

    /// The catalog sentence.
    public static let summary =
        "Conflict-management capacity training (갈등관리 역량강화 교육) for officials was held with a designated institution."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("institution", "the institution that gave the training (e.g. 한국행정연구원), 1–200 characters"),
        CatalogField("participants", "how many officials took part, 1–100000"),
        CatalogField("departmentsAttending", "the departments whose staff attended, each once (counts for their training participation, 교육참여도)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "conflict.invalid-value: the institution is 1–200 characters, participants is 1–100000 and departmentsAttending lists valid department ids, each once.",
    ]
    /// An invented example.
    public static let example = ConflictTrainingHeld(
        institution: "단국대 분쟁해결연구센터", participants: 64,
        departmentsAttending: ["resource-circulation", "urban-regeneration", "transport-policy"])

    /// `conflict-training`.
    public var stream: StreamID { Self.trainingStream }

    /// Refuses invalid values.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "conflict")
        try values.text(institution, "institution", limit: 200)
        try values.count(participants, "participants", in: 1...CivicValueCheck.maximumCount)
        try values.ids(departmentsAttending, "departmentsAttending")
    }
}
