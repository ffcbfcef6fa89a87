public import SotongCore

/// The streams of the organisation programme.
extension StreamID {
    /// `organisation`: the office's teams (담당) and quotas (정원).
    public static let organisation: StreamID = "organisation"

    /// `staff-<staffID>`: the history of one staff member in the office.
    public static func staff(_ staff: StaffID) -> StreamID { StreamID("staff-\(staff.rawValue)") }
}

/// An event in one staff member's stream.
protocol StaffMemberEvent: OfficeEvent {
    /// The staff member the event is about.
    var staff: StaffID { get }
}

/// Value checks shared by the organisation events.
enum OrganisationChecks {
    /// Whether `text` has a visible character and at most `limit` characters.
    static func isValid(_ text: String, limit: Int) -> Bool {
        text.contains { !$0.isWhitespace } && text.count <= limit
    }

    /// Refuses an event whose team is not established in `history`.
    static func requireEstablished(_ team: Team, in history: History, field: String) throws {
        let organisation = history.fold(OrganisationState.self, of: .organisation)
        guard organisation.isEstablished(team) else {
            throw DomainError(rule: "organisation.team-not-established", korean: "미설치 담당",
                              detail: "team \(team.rawValue) has not been established", field: field)
        }
    }

    /// Refuses an event for a staff member who is not assigned to the office (never, or no longer).
    static func requireAssigned(_ member: StaffMemberState, _ staff: StaffID) throws {
        guard member.isAssigned else {
            throw DomainError(rule: "staff.not-assigned", korean: "미배치 직원",
                              detail: "staff member \(staff.rawValue) is not assigned to the office", field: "staff")
        }
    }

    /// Refuses an event for a staff member who is away on long-term training.
    static func requireNotAway(_ member: StaffMemberState, _ staff: StaffID) throws {
        guard member.status != .awayOnTraining else {
            throw DomainError(rule: "staff.away-on-training", korean: "장기교육 파견 중",
                              detail: "staff member \(staff.rawValue) is away on long-term training", field: "staff")
        }
    }
}
