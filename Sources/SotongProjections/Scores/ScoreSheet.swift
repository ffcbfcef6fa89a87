import Foundation
import SotongDomain

/// One half's scores as of a date: the evidence behind the derived items, per department, and each
/// head's derived scores, total and rank. Built from a ``ScoresProjection/State`` for a view.
struct ScoreSheet {
    /// The counts one department's derived items rest on.
    struct Evidence: Hashable {
        /// Petitions settled in the half (answered on time in it, or falling due in it).
        var petitionsDue = 0
        /// Of those, the ones answered (완료 or 불가) by their due date.
        var petitionsOnTime = 0
        /// Field communication days hosted by the department's head in the half.
        var fieldDays = 0
        /// Training sessions of the half that the department attended.
        var sessionsAttended = 0
    }

    /// One head's row.
    struct Line {
        var head: EvaluationHeadRegistered
        var evidence: Evidence
        /// The derived items' scores on their own scale; an item without evidence is absent.
        var derived: [EvaluationItem: Double]
        /// The total out of 100, when all 7 items have a score.
        var total: Double?
        /// The rank among the heads with a total.
        var rank: Int?
    }

    let evaluation: EvaluationState
    let half: HalfYear
    let asOf: LocalDate
    let scheme: EvaluationSchemeAdopted?
    /// The field days required so far: `nil` before the half begins.
    let requiredFieldDays: Int?
    /// The training sessions held in the half up to the as-of date.
    let sessionsHeld: Int
    /// The half's year when it has no published holidays (its due dates then skip weekends only).
    let missingHolidayYears: [Int]
    private(set) var lines: [Line] = []

    /// The field days a half requires: 1 a month.
    static let fieldDaysPerMonth = 1

    init(state: ScoresProjection.State, half: HalfYear, asOf: LocalDate) {
        self.evaluation = state.evaluation.state
        self.half = half
        self.asOf = asOf
        self.scheme = evaluation.scheme(year: half.year)
        self.requiredFieldDays = Self.requiredFieldDays(in: half, asOf: asOf)
        let sofar = { (date: LocalDate) in half.firstDay <= date && date <= half.lastDay && date <= asOf }
        let sessions = state.sessions.filter { sofar($0.date) }
        self.sessionsHeld = sessions.count
        let calendar = state.calendar
        self.missingHolidayYears = calendar.missingYears(in: half.year...half.year)

        var evidence: [DepartmentID: Evidence] = [:]
        for day in state.fieldDays where sofar(day.date) {
            evidence[day.department, default: Evidence()].fieldDays += 1
        }
        for session in sessions {
            for department in session.departments { evidence[department, default: Evidence()].sessionsAttended += 1 }
        }
        let end = asOf.adding(days: 1).startOfDay
        var byDepartment: [UInt32: Evidence] = [:]
        for record in state.petitions.records {
            guard let onTime = Self.settlement(of: record, in: half, before: end, calendar: calendar) else {
                continue
            }
            byDepartment[record.department, default: Evidence()].petitionsDue += 1
            if onTime { byDepartment[record.department, default: Evidence()].petitionsOnTime += 1 }
        }
        for (department, counts) in byDepartment {
            let id = DepartmentID(state.petitions.strings[department])
            evidence[id, default: Evidence()].petitionsDue += counts.petitionsDue
            evidence[id, default: Evidence()].petitionsOnTime += counts.petitionsOnTime
        }

        lines = evaluation.heads(year: half.year).map { head in
            let found = evidence[head.department] ?? Evidence()
            let derived = derivedScores(found)
            return Line(head: head, evidence: found, derived: derived,
                        total: evaluation.weightedTotal(half: half, head: head.head, derived: derived))
        }
        let shown = lines.map { line in line.total.map { ($0 * 100).rounded() } }
        for index in lines.indices {
            guard let mine = shown[index] else { continue }
            lines[index].rank = 1 + shown.count(where: { ($0 ?? -.infinity) > mine })
        }
    }

    /// Whether a petition is settled in `half` before `end`, and if so whether on time: it is
    /// settled when answered by its due date (in the half of the answer), else when it falls due
    /// (in the half of its due date). `nil` when it is not settled in the half by `end`, or left the
    /// department's handling (transferred out, closed as a repeat).
    static func settlement(of petition: PetitionRecord, in half: HalfYear, before end: Date,
                           calendar: HolidayCalendar) -> Bool? {
        let status = petition.status
        guard status != .transferredOut, status != .closedAsRepeat else { return nil }
        let due = petition.dueDate(in: calendar)
        var settled = due
        var onTime = false
        if status == .answered, let answeredAt = petition.answeredDate, answeredAt <= due {
            settled = answeredAt
            onTime = true
        }
        guard settled < end, HalfYear(containing: LocalDate(settled)) == half else { return nil }
        return onTime
    }

    /// 1 a month: 6 for a half that is over, the months begun so far (the current one included) for
    /// a half in progress, `nil` for a half not begun.
    static func requiredFieldDays(in half: HalfYear, asOf: LocalDate) -> Int? {
        if asOf < half.firstDay { return nil }
        let last = asOf > half.lastDay ? half.lastDay : asOf
        return (last.month - half.firstDay.month + 1) * fieldDaysPerMonth
    }

    /// The derived items' scores for one department's evidence, on each item's own scale.
    private func derivedScores(_ evidence: Evidence) -> [EvaluationItem: Double] {
        guard let scheme else { return [:] }
        var derived: [EvaluationItem: Double] = [:]
        if sessionsHeld > 0, let maximum = scheme.maximum(of: .trainingParticipation) {
            derived[.trainingParticipation] = maximum * Double(evidence.sessionsAttended) / Double(sessionsHeld)
        }
        if evidence.petitionsDue > 0, let maximum = scheme.maximum(of: .petitionHandling) {
            derived[.petitionHandling] = maximum * Double(evidence.petitionsOnTime) / Double(evidence.petitionsDue)
        }
        if let requiredFieldDays, let maximum = scheme.maximum(of: .fieldCommunication) {
            derived[.fieldCommunication] = maximum * min(1, Double(evidence.fieldDays) / Double(requiredFieldDays))
        }
        return derived
    }

    /// The score of one item of a line: the derived one, or the hand score (latest correction).
    func score(_ item: EvaluationItem, of line: Line) -> Double? {
        item.isDerived ? line.derived[item] : evaluation.score(half: half, head: line.head.head, item: item)
    }
}
