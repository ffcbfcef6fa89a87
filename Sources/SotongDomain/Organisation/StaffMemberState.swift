/// One staff member as their stream tells it: a pure fold over `staff-<staffID>`.
///
/// ```swift
/// let member = StaffMemberState.fold(try await office.history(of: .staff("S-0877")))
/// member.isReturnee(asOf: try LocalDate("2017-12-01"))   // true after a return in 2017
/// ```
public struct StaffMemberState: Hashable, Sendable {
    /// Where the staff member stands.
    public enum Status: String, Hashable, Sendable {
        /// Never assigned to the office.
        case notAssigned = "not-assigned"
        /// Working in a team (현원).
        case active
        /// Away on long-term training (장기교육 파견): holds the post, not counted as current.
        case awayOnTraining = "away-on-training"
        /// Left the office.
        case left
    }

    /// Where the staff member stands.
    public private(set) var status: Status = .notAssigned
    /// The team held (the last one, after leaving).
    public private(set) var team: Team?
    /// The grade held.
    public private(set) var grade: Grade?
    /// The job series (직렬).
    public private(set) var jobSeries: JobSeries?
    /// The post within the team, such as 직소민원실; cleared by a move to another team.
    public private(set) var role: String?
    /// The training institution while away.
    public private(set) var trainingInstitution: String?
    /// The planned end of the training while away.
    public private(set) var trainingUntil: LocalDate?
    /// The day of the last return from training, while the member still counts as a returnee
    /// candidate; cleared by a transfer, a departure or a new dispatch.
    public private(set) var returnedOn: LocalDate?

    /// A staff member with no history.
    public init() {}

    /// Whether the member holds a post in the office (working or away on training).
    public var isAssigned: Bool { status == .active || status == .awayOnTraining }

    /// Whether the roster counts the member as a returnee from training (파견복귀자) on `date`:
    /// working, back from training and not moved since, up to 31 December of the year after the return.
    public func isReturnee(asOf date: LocalDate) -> Bool {
        guard status == .active, let returnedOn else { return false }
        return returnedOn <= date && date.year <= returnedOn.year + 1
    }

    /// Applies one event of the member's stream; other events leave the state unchanged.
    public mutating func apply(_ event: any OfficeEvent, occurredOn: LocalDate) {
        switch event {
        case let assigned as StaffAssigned:
            status = .active
            team = assigned.team
            grade = assigned.grade
            jobSeries = assigned.jobSeries
            role = assigned.role
            returnedOn = nil
        case let transferred as StaffTransferred:
            if transferred.toTeam != team { role = nil }
            team = transferred.toTeam
            grade = transferred.grade ?? grade
            returnedOn = nil
        case is StaffLeft:
            status = .left
            trainingInstitution = nil
            trainingUntil = nil
            returnedOn = nil
        case let dispatched as StaffTrainingDispatched:
            status = .awayOnTraining
            trainingInstitution = dispatched.institution
            trainingUntil = dispatched.until
            returnedOn = nil
        case is StaffTrainingReturned:
            status = .active
            trainingInstitution = nil
            trainingUntil = nil
            returnedOn = occurredOn
        default:
            break
        }
    }

    /// The state after `entries` (one staff member's stream, oldest first).
    public static func fold(_ entries: some Sequence<History.Entry>) -> StaffMemberState {
        var state = StaffMemberState()
        for entry in entries { state.apply(entry.event, occurredOn: LocalDate(entry.occurredAt)) }
        return state
    }
}
