import SotongCore
import Foundation
public import SotongDomain

/// The office's staffing as the plan prints it (I. 일반현황): the roster 인력(정/현원) by team and
/// grade, the staff by job series (직렬), and each team's duties (사무분장).
///
/// Tables and keys:
/// - `roster` 「인력(정/현원)」: rows `total` (계) and one per established team (its code, such as
///   `communication-policy`); columns `category`, `total`, `grade4` … `grade8` (`grade9` only when a
///   team has a 9급 quota or staff) and `remarks`. A cell is `quota/current(returnees)`, `-` where
///   the team has neither quota nor staff of the grade.
/// - `job-series` 「직렬별 현원」: rows `total`, `total.<series>`, `<team>.<series>`; columns
///   `category`, `series`, `total`, `grade4` … — staff at work (returnees included, staff away on
///   training not).
/// - `duties` 「사무분장」: rows `<team>.<n>`; columns `team`, `number`, `duty`.
///
/// ```swift
/// let roster = try await runner.result(RosterProjection(), cutoff: .date(try LocalDate("2017-12-31")))
/// roster.table("roster")?.cell(row: "total", column: "total")   // .text("17/18(2)")
/// ```
public struct RosterProjection: Projection {
    /// The folded organisation.
    public typealias State = RosterState

    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `roster`.
    public static let name = "roster"

    /// The roster projection.
    public init() {}

    /// The organisation programme's events: teams, quotas and staff.
    public var eventTypes: Set<String>? { Set(OfficeCatalog.organisationEventTypes.map { $0.eventType }) }

    /// The state before the first event.
    public func initialState() -> RosterState { RosterState() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout RosterState) {
        state.apply(entry.event, occurredOn: LocalDate(entry.occurredAt))
    }

    /// The projection's tables at a moment.
    public func view(of state: RosterState, at moment: ProjectionMoment) -> [ProjectionTable] {
        let tables = RosterTables(organisation: state.organisation, asOf: moment.asOf)
        return [tables.roster(), tables.jobSeries(), tables.duties()]
    }
}
