public import SotongCore

/// The person who brought a petition: a data subject whose name, phone and address are personal data.
///
/// ```swift
/// Petitioner(subject: "subject-2018-0042", name: Personal("김예시"), phone: Personal("010-0000-1234"))
/// ```
public struct Petitioner: Hashable, Codable, Sendable {
    /// The data subject the personal fields belong to (for encryption and erasure).
    public var subject: SubjectID
    /// The petitioner's name (personal data).
    public var name: Personal
    /// The petitioner's phone number, for notices (personal data).
    public var phone: Personal?
    /// The petitioner's address (personal data).
    public var address: Personal?

    /// A petitioner.
    public init(subject: SubjectID, name: Personal, phone: Personal? = nil, address: Personal? = nil) {
        self.subject = subject
        self.name = name
        self.phone = phone
        self.address = address
    }
}

/// A direct petition (직소민원) was received at the mayor's office. Schema version 2: the petitioner
/// is nested; version 1 payloads (flat `petitionerName`, `petitionerPhone`) are upcast when read.
///
/// ```swift
/// let event = PetitionReceived(
///     petitionID: "2018-0042", channel: .visit, kind: .grievance, subject: "버스정류장 이전 요청",
///     district: .namdong, department: "transport-policy",
///     petitioner: Petitioner(subject: "subject-2018-0042", name: Personal("김예시"),
///     phone: Personal("010-0000-1234"), address: Personal("인천광역시 남동구 예시로 1")))
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionReceived: PersonalDataCarrier {
    /// The stable type string.
    public static let eventType = "petition.received"
    /// Version 2 nests the petitioner; version 1 payloads are upcast when read.
    public static let schemaVersion = 2

    /// The petition's public id, such as `2018-0042`.
    public var petitionID: PetitionID
    /// How it reached the office.
    public var channel: PetitionChannel
    /// Its kind, which sets the processing period.
    public var kind: PetitionKind
    /// A short subject, without personal data.
    public var subject: String
    /// The district it concerns.
    public var district: District
    /// The responsible department.
    public var department: DepartmentID
    /// Who brought it.
    public var petitioner: Petitioner

    /// A received petition.
    public init(petitionID: PetitionID, channel: PetitionChannel, kind: PetitionKind, subject: String,
                district: District, department: DepartmentID, petitioner: Petitioner) {
        self.petitionID = petitionID
        self.channel = channel
        self.kind = kind
        self.subject = subject
        self.district = district
        self.department = department
        self.petitioner = petitioner
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A direct petition (직소민원) was received by visit, phone, in writing, at a one-day field office or online."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition's public id, such as 2018-0042; names the stream petition-<petitionID>"),
        CatalogField("channel", "how it reached the office: \(PetitionChannel.codeList)"),
        CatalogField("kind", "its kind, which sets the processing period: \(PetitionKind.codeList)"),
        CatalogField("subject", "a short subject of at most 200 characters, without personal data"),
        CatalogField("district", "the district (구·군) it concerns: \(District.codeList)"),
        CatalogField("department", "the responsible department (부서) id"),
        CatalogField("petitioner", "the petitioner, a data subject"),
        CatalogField("petitioner.subject", "the data-subject id the personal fields belong to"),
        CatalogField("petitioner.name", "the petitioner's name", personal: true),
        CatalogField("petitioner.phone", "the petitioner's phone number, for notices (optional)", personal: true),
        CatalogField("petitioner.address", "the petitioner's address (optional)", personal: true),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "A petition is received once: its stream petition-<petitionID> must not exist yet.",
        "subject is non-empty and at most 200 characters.",
        "petitioner.name is non-empty; petitioner.phone and petitioner.address, when given, are non-empty; "
            + "name and phone at most 100 characters, address at most 500 (checked on plaintext input; "
            + "a value already sealed is accepted as it is).",
        "Name, phone and address are sealed with the petitioner's key before the event is stored.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionReceived(
        petitionID: "2018-0042", channel: .visit, kind: .grievance, subject: "버스정류장 이전 요청",
        district: .namdong, department: "transport-policy",
        petitioner: Petitioner(subject: "subject-2018-0042", name: Personal("김예시"),
                               phone: Personal("010-0000-1234"), address: Personal("인천광역시 남동구 예시로 1")))

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        if history.exists(stream) {
            throw DomainError(rule: "petition.already-received", korean: "중복 접수",
                              detail: "petition \(petitionID) is already received", field: "petitionID")
        }
        try PetitionGuard.requireText(subject, field: "subject", limit: PetitionGuard.shortTextLimit,
                                      petition: petitionID)
        // Personal fields are checked as plaintext input; a value already sealed (an export being
        // imported again) is accepted as it is.
        if !petitioner.name.isSealed {
            try PetitionGuard.requireText(petitioner.name.plaintext, field: "petitioner.name",
                                          limit: PetitionGuard.personalLimit, petition: petitionID)
        }
        if petitioner.phone?.isSealed != true {
            try PetitionGuard.requireText(petitioner.phone?.plaintext, field: "petitioner.phone",
                                          limit: PetitionGuard.personalLimit, petition: petitionID)
        }
        if petitioner.address?.isSealed != true {
            try PetitionGuard.requireText(petitioner.address?.plaintext, field: "petitioner.address",
                                          limit: PetitionGuard.textLimit, petition: petitionID)
        }
    }

    /// The petitioner: the subject whose key seals name, phone and address.
    public var dataSubject: SubjectID? { petitioner.subject }
}
