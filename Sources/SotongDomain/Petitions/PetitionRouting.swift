public import SotongCore

/// The petition was assigned to the department responsible for handling it.
///
/// ```swift
/// let event = PetitionAssigned(petitionID: "2018-0042", department: "road-management")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionAssigned: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.assigned"

    /// The petition.
    public var petitionID: PetitionID
    /// The department now responsible.
    public var department: DepartmentID

    /// An assignment.
    public init(petitionID: PetitionID, department: DepartmentID) {
        self.petitionID = petitionID
        self.department = department
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A direct petition (직소민원) was assigned to its responsible department (소관부서)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("department", "the department (부서) now responsible"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = PetitionGuard.handlingRules

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionAssigned(petitionID: "2018-0042", department: "road-management")

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        _ = try PetitionGuard.stateInHandling(of: petitionID, in: history, at: context)
    }
}

/// The petition was transferred: to another department of the city, or to another agency (이송),
/// which ends the office's handling.
///
/// ```swift
/// let event = PetitionTransferred(petitionID: "2018-0042", toAgency: "국토교통부")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionTransferred: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.transferred"

    /// The petition.
    public var petitionID: PetitionID
    /// The city department that takes it over, for a transfer inside the city.
    public var toDepartment: DepartmentID?
    /// The competent agency that takes it over (이송), for a transfer outside the city.
    public var toAgency: String?

    /// A transfer; give exactly one of `toDepartment` and `toAgency`.
    public init(petitionID: PetitionID, toDepartment: DepartmentID? = nil, toAgency: String? = nil) {
        self.petitionID = petitionID
        self.toDepartment = toDepartment
        self.toAgency = toAgency
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A direct petition (직소민원) was transferred to another department, or to the competent agency (이송)."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("toDepartment", "the city department (부서) that takes it over (or toAgency)"),
        CatalogField("toAgency", "the name of the competent agency it is transferred to (이송), which ends the "
                         + "office's handling (or toDepartment)"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = PetitionGuard.handlingRules + [
        "Exactly one of toDepartment and toAgency is given.",
        "toDepartment differs from the department responsible now.",
        "toAgency is non-empty and at most 200 characters.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionTransferred(petitionID: "2018-0042", toAgency: "국토교통부")

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = try PetitionGuard.stateInHandling(of: petitionID, in: history, at: context)
        guard (toDepartment == nil) != (toAgency == nil) else {
            throw DomainError(rule: "petition.transfer-target", korean: "이송 대상 오류",
                              detail: "a transfer of petition \(petitionID) names exactly one of a department "
                                  + "and an agency", field: "toDepartment")
        }
        if let toDepartment, toDepartment == state.department {
            throw DomainError(rule: "petition.transfer-same-department", korean: "동일 부서 이송",
                              detail: "petition \(petitionID) is already with department \(toDepartment)",
                              field: "toDepartment")
        }
        try PetitionGuard.requireText(toAgency, field: "toAgency", limit: PetitionGuard.shortTextLimit,
                                      petition: petitionID)
    }
}
