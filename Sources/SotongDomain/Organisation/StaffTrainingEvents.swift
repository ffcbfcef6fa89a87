public import SotongCore

/// A staff member was sent on long-term training (장기교육 파견).
///
/// ```swift
/// try await office.record(StaffTrainingDispatched(staff: "S-0877", institution: "지방행정연수원",
///                                                 until: try LocalDate("2017-06-30")), context: context)
/// ```
public struct StaffTrainingDispatched: OfficeEvent, StaffMemberEvent {
    /// The stable type string.
    public static let eventType = "staff.training-dispatched"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A staff member was sent on long-term training (장기교육 파견); while away the member keeps the post but is not counted as current staff (현원)."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("staff", "The staff member's id."),
        CatalogField("institution", "Where the training takes place, such as 지방행정연수원 (at most 200 characters)."),
        CatalogField("until", "The planned last day of the training, YYYY-MM-DD (optional)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The staff member must be assigned to the office (staff.not-assigned).",
        "The staff member must not be away on long-term training already (staff.away-on-training).",
        "The institution is 1 to 200 characters (staff.institution-invalid).",
        "The planned end, when given, lies after the day of dispatch (staff.until-before-dispatch).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: StaffTrainingDispatched {
        StaffTrainingDispatched(staff: "S-0877", institution: "지방행정연수원",
                                until: LocalDate(year: 2017, month: 6, day: 30))
    }

    /// The staff member.
    public let staff: StaffID
    /// Where the training takes place.
    public let institution: String
    /// The planned last day of the training.
    public let until: LocalDate?

    /// A dispatch of `staff` to `institution`, planned to last `until`.
    public init(staff: StaffID, institution: String, until: LocalDate? = nil) {
        self.staff = staff
        self.institution = institution
        self.until = until
    }

    /// `staff-<staffID>`.
    public var stream: StreamID { .staff(staff) }

    /// Refuses a dispatch of someone not assigned or already away, and an invalid institution or end.
    public func check(_ history: History, at context: RuleContext) throws {
        let member = history.fold(StaffMemberState.self, of: stream)
        try OrganisationChecks.requireAssigned(member, staff)
        try OrganisationChecks.requireNotAway(member, staff)
        guard OrganisationChecks.isValid(institution, limit: 200) else {
            throw DomainError(rule: "staff.institution-invalid", korean: "교육기관 오류",
                              detail: "the institution must be 1 to 200 characters", field: "institution")
        }
        if let until, until <= context.occurredOn {
            throw DomainError(rule: "staff.until-before-dispatch", korean: "파견기간 오류",
                              detail: "the training of staff member \(staff.rawValue) cannot end on \(until), "
                                  + "not after the dispatch on \(context.occurredOn)", field: "until")
        }
    }
}

/// A staff member came back from long-term training (파견복귀).
///
/// ```swift
/// try await office.record(StaffTrainingReturned(staff: "S-0877"), context: context)
/// ```
public struct StaffTrainingReturned: OfficeEvent, StaffMemberEvent {
    /// The stable type string.
    public static let eventType = "staff.training-returned"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A staff member came back from long-term training (파견복귀) to the team held; the roster counts the member as a returnee (파견복귀자), in parentheses and apart from current staff (현원), until the member's next transfer, departure or dispatch, and at most until 31 December of the year after the return."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("staff", "The staff member's id."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The staff member must be away on long-term training (staff.not-away).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: StaffTrainingReturned { StaffTrainingReturned(staff: "S-0877") }

    /// The staff member.
    public let staff: StaffID

    /// The return of `staff` from training.
    public init(staff: StaffID) {
        self.staff = staff
    }

    /// `staff-<staffID>`.
    public var stream: StreamID { .staff(staff) }

    /// Refuses the return of someone not away on training.
    public func check(_ history: History, at context: RuleContext) throws {
        guard history.fold(StaffMemberState.self, of: stream).status == .awayOnTraining else {
            throw DomainError(rule: "staff.not-away", korean: "파견 중 아님",
                              detail: "staff member \(staff.rawValue) is not away on long-term training", field: "staff")
        }
    }
}
