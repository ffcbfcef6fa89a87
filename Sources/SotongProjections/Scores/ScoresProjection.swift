import Foundation
import SotongCore
public import SotongDomain

/// The department communication scores (소통활동 성과평가): per half-year and 4급 department head,
/// the 7 items, the two area subtotals, the total under the adopted scheme and the rank.
///
/// One table per half, `scores-h1` and `scores-h2`, with a row per head registered for the year
/// (row key: the head id) and columns `title` (부서장), `department` (부서), the 7 items by their
/// codes (`communication-plan` … `field-communication`), `internal-subtotal` (내부소통 계),
/// `external-subtotal` (외부소통 계), `total` (합계) and `rank` (순위). A companion table per half,
/// `score-basis-h1` / `score-basis-h2`, shows the counts the derived items rest on.
///
/// The 4 hand-scored items come from ``EvaluationState`` (the latest correction wins). The 3
/// derived items are computed from the log for the head's department and the half, on the item's
/// own scale (0 to its maximum in the year's scheme):
/// - 교육참여도 = maximum × attended ÷ held, over the academy sessions (`academy.session-held`) and
///   conflict-management trainings (`conflict.training-held`) held in the half up to the as-of date;
///   a session is attended when it lists the department. No session held: 자료 없음.
/// - 민원처리 = maximum × on time ÷ due. A petition of the department (its department now, after
///   assignments and transfers) counts once, in the half in which it was settled: the half of its
///   final answer (완료 or 불가, alike: no weighting by outcome) when that came by its due date
///   (statutory, or the latest extension's), otherwise the half of its due date — so a late or
///   missing answer counts against the half it fell due in. Only petitions settled by the as-of
///   date count; a provisional 검토 is not an answer; petitions transferred out (이송) or closed as
///   repeats are left out. No petition: 자료 없음.
/// - 현장소통 = maximum × min(1, days ÷ required), where days are the field communication days
///   hosted by a department head (`host` = department-head) of the department in the half, up to the
///   as-of date, and required is 1 a month: 6 for a half that is over, else the months of the half
///   begun by the as-of date (the current month included). Half not begun: 자료 없음.
///
/// Subtotals and the total are ``EvaluationState/areaSubtotal(half:head:area:derived:)`` and
/// ``EvaluationState/weightedTotal(half:head:derived:)``: `weight × score ÷ maximum`, out of 100.
/// A total needs all 7 items; ranks are among the heads of the half with a total (ties, at the two
/// decimals shown, share a rank); a head without a total is unranked (`-`).
///
/// ```swift
/// let result = try await runner.result(ScoresProjection(year: 2018, half: 1), cutoff: .date(try LocalDate("2018-06-30")))
/// result.table("scores-h1")?.cell(row: "head-2018-transport-policy", column: "total")   // .decimal(88.25, digits: 2)
/// ```
public struct ScoresProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `scores`.
    public static let name = "scores"

    /// The evaluation year; `nil` for the as-of date's year.
    public let year: Int?
    /// 1 or 2 for one half; `nil` for both.
    public let half: Int?

    /// The scores of `year` (default: the as-of year), for one half or both.
    public init(year: Int? = nil, half: Int? = nil) {
        self.year = year
        self.half = half
    }

    /// What the fold keeps: the evaluation, the petitions, the holiday calendar, the field days
    /// hosted by department heads and the training sessions.
    public struct State: Codable, Sendable {
        var evaluation = EvaluationReplay()
        /// The petitions, folded compactly (receipts without their petitioner; saved sorted by id).
        var petitions = PetitionBook()
        /// The latest holiday publication of each year (a later one replaces an earlier one).
        var holidays: [Int: HolidaysPublished] = [:]
        var fieldDays: [FieldDay] = []
        var sessions: [TrainingSession] = []

        /// No events yet.
        public init() {}

        /// The holiday calendar the due dates are counted in.
        var calendar: HolidayCalendar {
            HolidayCalendar(publications: holidays.keys.sorted().compactMap { holidays[$0] })
        }
    }

    /// A field communication day hosted by a department head.
    struct FieldDay: Codable, Sendable, Hashable {
        var date: LocalDate
        var department: DepartmentID
    }

    /// An academy session or a conflict-management training, with the departments that attended.
    struct TrainingSession: Codable, Sendable, Hashable {
        var date: LocalDate
        /// The departments that attended, sorted, each once.
        var departments: [DepartmentID]
    }

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        let types: [any OfficeEvent.Type] = OfficeCatalog.evaluationEventTypes
            + [PetitionReceived.self] + Self.petitionStepTypes
            + [HolidaysPublished.self, FieldDayHeld.self, AcademySessionHeld.self, ConflictTrainingHeld.self]
        return Set(types.map { $0.eventType })
    }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        let day = LocalDate(entry.occurredAt)
        switch entry.event {
        case is PetitionReceived:
            state.petitions.fold(entry)
        case let held as FieldDayHeld:
            if held.host == .departmentHead, let department = held.hostDepartment {
                state.fieldDays.append(FieldDay(date: day, department: department))
            }
        case let session as AcademySessionHeld:
            state.sessions.append(TrainingSession(date: day, departments: Set(session.departmentsAttending).sorted()))
        case let training as ConflictTrainingHeld:
            state.sessions.append(TrainingSession(date: day, departments: Set(training.departmentsAttending).sorted()))
        case let published as HolidaysPublished:
            state.holidays[published.year] = published
        default:
            if Self.petitionStepTypes.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(type(of: entry.event)) }) {
                state.petitions.fold(entry)
            } else {
                state.evaluation.apply(entry.event, id: entry.id)
            }
        }
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        let year = year ?? moment.asOf.year
        let halves = [1, 2].filter { half == nil || half == $0 }.compactMap { HalfYear(year: year, half: $0) }
        return halves.flatMap { half in
            let sheet = ScoreSheet(state: state, half: half, asOf: moment.asOf)
            return [sheet.scoresTable(), sheet.basisTable()]
        }
    }

    /// The later petition events the scores read: those that move the department, the due date or
    /// the answer.
    static let petitionStepTypes: [any OfficeEvent.Type] = [
        PetitionAssigned.self, PetitionTransferred.self, PetitionExtensionGranted.self,
        PetitionOutcomeRecorded.self, PetitionReopened.self, PetitionClosedAsRepeat.self,
    ]
}
