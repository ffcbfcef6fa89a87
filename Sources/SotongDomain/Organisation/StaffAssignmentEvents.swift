public import SotongCore

/// A staff member was assigned (배치) to a team of the office.
///
/// ```swift
/// try await office.record(StaffAssigned(staff: "S-1043", team: .petitions, grade: .grade6,
///                                       jobSeries: .facilities, role: "직소민원실"), context: context)
/// ```
public struct StaffAssigned: OfficeEvent, StaffMemberEvent {
    /// The stable type string.
    public static let eventType = "staff.assigned"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A staff member was assigned (배치) to a team of the office, in a grade and job series (직렬)."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("staff", "The staff member's id (the city's staff number, never a name)."),
        CatalogField("team", "The team assigned to: \(Team.codeList)."),
        CatalogField("grade", "The grade (급) as its number, 4 to 9."),
        CatalogField("jobSeries", "The job series (직렬): \(JobSeries.codeList)."),
        CatalogField("role", "A post within the team, such as 직소민원실 (optional, at most 100 characters)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The team must have been established; a quota need not be set, and an assignment above the team's quota for the grade is allowed, as the plan's 8급 0/1 shows (organisation.team-not-established).",
        "The staff member must not be assigned to the office already; a move between teams is a staff.transferred (staff.already-assigned).",
        "The role, when given, is 1 to 100 characters (staff.role-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: StaffAssigned {
        StaffAssigned(staff: "S-1043", team: .petitions, grade: .grade6, jobSeries: .facilities, role: "직소민원실")
    }

    /// The staff member.
    public let staff: StaffID
    /// The team assigned to.
    public let team: Team
    /// The staff member's grade.
    public let grade: Grade
    /// The staff member's job series (직렬).
    public let jobSeries: JobSeries
    /// A post within the team, such as 직소민원실.
    public let role: String?

    /// An assignment of `staff` to `team`.
    public init(staff: StaffID, team: Team, grade: Grade, jobSeries: JobSeries, role: String? = nil) {
        self.staff = staff
        self.team = team
        self.grade = grade
        self.jobSeries = jobSeries
        self.role = role
    }

    /// `staff-<staffID>`.
    public var stream: StreamID { .staff(staff) }
    /// The `organisation` stream, to see the team established.
    public var consultedStreams: [StreamID] { [.organisation] }

    /// Refuses an unknown team, a second assignment and an empty or overlong role.
    public func check(_ history: History, at context: RuleContext) throws {
        try OrganisationChecks.requireEstablished(team, in: history, field: "team")
        if history.fold(StaffMemberState.self, of: stream).isAssigned {
            throw DomainError(rule: "staff.already-assigned", korean: "중복 배치",
                              detail: "staff member \(staff.rawValue) is already assigned; record a transfer instead",
                              field: "staff")
        }
        if let role, !OrganisationChecks.isValid(role, limit: 100) {
            throw DomainError(rule: "staff.role-invalid", korean: "담당업무 오류",
                              detail: "the role of staff member \(staff.rawValue) must be 1 to 100 characters", field: "role")
        }
    }
}

/// A staff member moved to another team (전보), or changed grade (승진), within the office.
///
/// ```swift
/// try await office.record(StaffTransferred(staff: "S-1043", toTeam: .field, grade: .grade5), context: context)
/// ```
public struct StaffTransferred: OfficeEvent, StaffMemberEvent {
    /// The stable type string.
    public static let eventType = "staff.transferred"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A staff member moved to another team of the office (전보), or changed grade on promotion (승진); a returnee from training is then placed and no longer counted apart."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("staff", "The staff member's id."),
        CatalogField("toTeam", "The team moved to (the same team when only the grade changes): \(Team.codeList)."),
        CatalogField("grade", "The new grade (급) as its number, when it changes (optional)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The staff member must be assigned to the office (staff.not-assigned).",
        "The staff member must not be away on long-term training (staff.away-on-training).",
        "The team moved to must have been established (organisation.team-not-established).",
        "The transfer changes the team, the grade or both (staff.transfer-changes-nothing).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: StaffTransferred { StaffTransferred(staff: "S-1043", toTeam: .field, grade: .grade5) }

    /// The staff member.
    public let staff: StaffID
    /// The team moved to.
    public let toTeam: Team
    /// The new grade, when it changes.
    public let grade: Grade?

    /// A move of `staff` to `toTeam`, with a new `grade` on promotion.
    public init(staff: StaffID, toTeam: Team, grade: Grade? = nil) {
        self.staff = staff
        self.toTeam = toTeam
        self.grade = grade
    }

    /// `staff-<staffID>`.
    public var stream: StreamID { .staff(staff) }
    /// The `organisation` stream, to see the team established.
    public var consultedStreams: [StreamID] { [.organisation] }

    /// Refuses a transfer of someone not assigned or away, to an unknown team, or changing nothing.
    public func check(_ history: History, at context: RuleContext) throws {
        let member = history.fold(StaffMemberState.self, of: stream)
        try OrganisationChecks.requireAssigned(member, staff)
        try OrganisationChecks.requireNotAway(member, staff)
        try OrganisationChecks.requireEstablished(toTeam, in: history, field: "toTeam")
        if member.team == toTeam, grade == nil || grade == member.grade {
            throw DomainError(rule: "staff.transfer-changes-nothing", korean: "변동 없는 전보",
                              detail: "staff member \(staff.rawValue) is already in team \(toTeam.rawValue) in that grade",
                              field: "toTeam")
        }
    }
}

/// A staff member left the office (전출·퇴직).
///
/// ```swift
/// try await office.record(StaffLeft(staff: "S-1043", reason: "정기인사 전출"), context: context)
/// ```
public struct StaffLeft: OfficeEvent, StaffMemberEvent {
    /// The stable type string.
    public static let eventType = "staff.left"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A staff member left the office (전출·퇴직), also when away on long-term training."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("staff", "The staff member's id."),
        CatalogField("reason", "Why, such as 정기인사 전출 or 퇴직 (optional, at most 500 characters)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The staff member must be assigned to the office (staff.not-assigned).",
        "The reason, when given, is 1 to 500 characters (staff.reason-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: StaffLeft { StaffLeft(staff: "S-1043", reason: "정기인사 전출") }

    /// The staff member.
    public let staff: StaffID
    /// Why the staff member left.
    public let reason: String?

    /// The departure of `staff`.
    public init(staff: StaffID, reason: String? = nil) {
        self.staff = staff
        self.reason = reason
    }

    /// `staff-<staffID>`.
    public var stream: StreamID { .staff(staff) }

    /// Refuses the departure of someone not assigned, and an empty or overlong reason.
    public func check(_ history: History, at context: RuleContext) throws {
        try OrganisationChecks.requireAssigned(history.fold(StaffMemberState.self, of: stream), staff)
        if let reason, !OrganisationChecks.isValid(reason, limit: 500) {
            throw DomainError(rule: "staff.reason-invalid", korean: "사유 오류",
                              detail: "the reason must be 1 to 500 characters", field: "reason")
        }
    }
}
