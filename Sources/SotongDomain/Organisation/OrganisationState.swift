/// The office's organisation as the log tells it — teams, duties, quotas and staff — and the
/// roster (인력 현황) the plan prints: quota/current(returnees) per team and grade. A pure fold.
///
/// ```swift
/// let state = OrganisationState.fold(entries)                      // all events, in log order
/// state.teamTotal(.policy, asOf: try LocalDate("2017-12-01")).notation   // "6/7(2)"
/// ```
public struct OrganisationState: Hashable, Sendable {
    /// The duties (사무분장) of each established team.
    public private(set) var duties: [Team: [String]] = [:]
    /// The quota (정원) per team and grade, as last set.
    public private(set) var quotas: [Team: [Grade: Int]] = [:]
    /// Every staff member who has a history, by id.
    public private(set) var staff: [StaffID: StaffMemberState] = [:]

    /// An office with no history.
    public init() {}

    /// Whether `team` has been established.
    public func isEstablished(_ team: Team) -> Bool { duties[team] != nil }

    /// The established teams, in the plan's order.
    public var establishedTeams: [Team] { Team.allCases.filter(isEstablished) }

    /// The quota of `grade` in `team`, or `nil` when none was set.
    public func quota(_ team: Team, _ grade: Grade) -> Int? { quotas[team]?[grade] }

    /// The ids of the staff members holding a post in `team` (working or away), sorted.
    public func members(of team: Team) -> [StaffID] {
        staff.filter { $0.value.isAssigned && $0.value.team == team }.keys.sorted()
    }

    /// One cell of the roster, or `nil` (the plan's "-") when no quota is set and nobody holds a post.
    public func cell(_ team: Team, _ grade: Grade, asOf date: LocalDate) -> RosterCell? {
        var cell = RosterCell(quota: quota(team, grade) ?? 0)
        var anyone = false
        for member in staff.values where member.isAssigned && member.team == team && member.grade == grade {
            anyone = true
            if member.status == .awayOnTraining {
                cell.away += 1
            } else if member.isReturnee(asOf: date) {
                cell.returnees += 1
            } else {
                cell.current += 1
            }
        }
        return quota(team, grade) == nil && !anyone ? nil : cell
    }

    /// A team's row total (계 column).
    public func teamTotal(_ team: Team, asOf date: LocalDate) -> RosterCell {
        Grade.allCases.compactMap { cell(team, $0, asOf: date) }.reduce(RosterCell(), +)
    }

    /// A grade's total over all teams (계 row), or `nil` when every team's cell is "-".
    public func gradeTotal(_ grade: Grade, asOf date: LocalDate) -> RosterCell? {
        let cells = Team.allCases.compactMap { cell($0, grade, asOf: date) }
        return cells.isEmpty ? nil : cells.reduce(RosterCell(), +)
    }

    /// The office's total (계/계).
    public func officeTotal(asOf date: LocalDate) -> RosterCell {
        Team.allCases.map { teamTotal($0, asOf: date) }.reduce(RosterCell(), +)
    }

    /// Applies one event; events of other programmes leave the state unchanged.
    public mutating func apply(_ event: any OfficeEvent, occurredOn: LocalDate) {
        switch event {
        case let established as TeamEstablished:
            duties[established.team] = established.duties
        case let quotaSet as TeamQuotaSet:
            quotas[quotaSet.team, default: [:]][quotaSet.grade] = quotaSet.quota
        case let staffEvent as any StaffMemberEvent:
            staff[staffEvent.staff, default: StaffMemberState()].apply(staffEvent, occurredOn: occurredOn)
        default:
            break
        }
    }

    /// The state after `entries`, in log order (any mix of streams).
    public static func fold(_ entries: some Sequence<History.Entry>) -> OrganisationState {
        var state = OrganisationState()
        for entry in entries { state.apply(entry.event, occurredOn: LocalDate(entry.occurredAt)) }
        return state
    }
}

/// One cell of the roster: quota (정원), current staff (현원) and returnees from training
/// (파견복귀자, not included in current), plus those away on training (counted in neither).
///
/// ```swift
/// let cell = OrganisationState.fold(history).teamTotal(.policy, asOf: try LocalDate("2017-12-31"))
/// cell.notation   // "6/7(2)"
/// ```
public struct RosterCell: Hashable, Sendable {
    /// Posts (정원).
    public var quota: Int
    /// Staff working, returnees excluded (현원).
    public var current: Int
    /// Returnees from long-term training (파견복귀자).
    public var returnees: Int
    /// Staff away on long-term training.
    public var away: Int

    /// A cell with the given counts.
    public init(quota: Int = 0, current: Int = 0, returnees: Int = 0, away: Int = 0) {
        self.quota = quota
        self.current = current
        self.returnees = returnees
        self.away = away
    }

    /// The plan's notation: `quota/current`, then `(returnees)` when there are any — `6/7(2)`.
    public var notation: String { "\(quota)/\(current)" + (returnees > 0 ? "(\(returnees))" : "") }

    /// The sum of two cells, for totals.
    public static func + (lhs: RosterCell, rhs: RosterCell) -> RosterCell {
        RosterCell(quota: lhs.quota + rhs.quota, current: lhs.current + rhs.current,
                   returnees: lhs.returnees + rhs.returnees, away: lhs.away + rhs.away)
    }
}
