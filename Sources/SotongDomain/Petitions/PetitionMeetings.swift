public import SotongCore

/// A working-level consultation between the departments concerned (관련부서 실무자 협의) was held.
///
/// ```swift
/// let event = PetitionConsultationHeld(
///     petitionID: "2018-0042", departments: ["transport-policy", "road-management"],
///     topic: "정류장 이전 부지와 보도 폭 확보 방안")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionConsultationHeld: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.consultation-held"

    /// The petition.
    public var petitionID: PetitionID
    /// The departments that took part (the office itself need not be listed).
    public var departments: [DepartmentID]
    /// What was consulted on.
    public var topic: String

    /// A consultation.
    public init(petitionID: PetitionID, departments: [DepartmentID], topic: String) {
        self.petitionID = petitionID
        self.departments = departments
        self.topic = topic
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A working-level consultation between departments (관련부서 실무자 협의) was held on a direct petition."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("departments", "the departments (부서) that took part, at least two"),
        CatalogField("topic", "what was consulted on, at most 500 characters"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = PetitionGuard.handlingRules + [
        "departments names at least 2 distinct departments.",
        "topic is non-empty and at most 500 characters.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionConsultationHeld(
        petitionID: "2018-0042", departments: ["transport-policy", "road-management"],
        topic: "정류장 이전 부지와 보도 폭 확보 방안")

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        _ = try PetitionGuard.stateInHandling(of: petitionID, in: history, at: context)
        if Set(departments).count < 2 {
            throw DomainError(rule: "petition.consultation-departments", korean: "협의부서 부족",
                              detail: "a consultation on petition \(petitionID) names \(Set(departments).count) "
                                  + "distinct departments; it needs at least 2", field: "departments")
        }
        try PetitionGuard.requireText(topic, field: "topic", limit: PetitionGuard.textLimit, petition: petitionID)
    }
}

/// The petitioner met the mayor or the vice-mayor (시장(부시장) 면담).
///
/// ```swift
/// let event = PetitionMayorMeetingHeld(petitionID: "2018-0042", with: .viceMayor)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionMayorMeetingHeld: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.mayor-meeting-held"

    /// The petition.
    public var petitionID: PetitionID
    /// Who met the petitioner.
    public var with: PetitionMeetingHost

    /// A meeting in the mayor's office.
    public init(petitionID: PetitionID, with: PetitionMeetingHost) {
        self.petitionID = petitionID
        self.with = with
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "The petitioner of a direct petition met the mayor or vice-mayor (시장(부시장) 면담)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("with", "who met the petitioner: \(PetitionMeetingHost.codeList)"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = PetitionGuard.handlingRules

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionMayorMeetingHeld(petitionID: "2018-0042", with: .viceMayor)

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        _ = try PetitionGuard.stateInHandling(of: petitionID, in: history, at: context)
    }
}

/// An outreach empathy meeting (찾아가는 공감 면담) was held on site with the responsible department.
///
/// ```swift
/// let event = PetitionOutreachMeetingHeld(
///     petitionID: "2018-0042", site: "남동구 예시사거리 버스정류장", department: "transport-policy")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionOutreachMeetingHeld: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.outreach-meeting-held"

    /// The petition.
    public var petitionID: PetitionID
    /// Where the meeting was held (a place, not a private address).
    public var site: String
    /// The department that went along.
    public var department: DepartmentID

    /// An outreach meeting.
    public init(petitionID: PetitionID, site: String, department: DepartmentID) {
        self.petitionID = petitionID
        self.site = site
        self.department = department
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "An outreach empathy meeting (찾아가는 공감 면담) on a direct petition was held on site with the department."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("site", "where the meeting was held, at most 200 characters (a place, not a private address)"),
        CatalogField("department", "the department (부서) that went along"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = PetitionGuard.handlingRules + [
        "site is non-empty and at most 200 characters.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionOutreachMeetingHeld(
        petitionID: "2018-0042", site: "남동구 예시사거리 버스정류장", department: "transport-policy")

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        _ = try PetitionGuard.stateInHandling(of: petitionID, in: history, at: context)
        try PetitionGuard.requireText(site, field: "site", limit: PetitionGuard.shortTextLimit, petition: petitionID)
    }
}
