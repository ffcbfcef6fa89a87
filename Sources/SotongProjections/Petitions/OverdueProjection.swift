import Foundation
public import SotongDomain

/// Petitions still being handled (open or under review: not answered, not transferred to another
/// agency, not closed as a repeat) whose processing period has run out or is about to, as of the view's
/// date: 처리기한 경과 when the current due date (statutory, or the latest extension's) falls before the
/// end of that date, 처리기한 도래 when it falls within the next two working days. Due dates come from the
/// programme's ``StatutoryDeadline`` over the holidays published in the `calendar` stream.
///
/// ```swift
/// let overdue = try await runner.result(OverdueProjection(), cutoff: .date(try LocalDate("2018-03-16")))
/// overdue.table("overdue")?.cell(row: "total", column: "count")   // .integer(3)
/// ```
public struct OverdueProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `overdue`.
    public static let name = "overdue"
    /// How many working days ahead 처리기한 도래 looks.
    public static let atRiskWorkingDays = 2

    /// The overdue and at-risk tables.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        Set([PetitionEventTypes.received] + PetitionEventTypes.routing + PetitionEventTypes.outcomes
            + PetitionEventTypes.extensions + PetitionEventTypes.calendar)
    }

    /// The state before the first event.
    public func initialState() -> PetitionBook { PetitionBook() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout PetitionBook) {
        state.fold(entry)
    }

    /// One petition whose deadline the tables show.
    struct Watched {
        var state: PetitionState
        var due: Date
        /// Calendar days from the due date to the view's date; `nil` for 처리기한 도래.
        var daysOverdue: Int?
    }

    /// The projection's tables at a moment.
    public func view(of state: PetitionBook, at moment: ProjectionMoment) -> [ProjectionTable] {
        let calendar = state.calendar
        let endOfDay = moment.asOf.adding(days: 1).startOfDay
        var watched: [Watched] = []
        var missing: Set<Int> = []
        for row in state.records.indices where state.records[row].isInHandling {
            let record = state.records[row]
            let due = record.dueDate(in: calendar)
            let dueDay = LocalDate(due)
            missing.formUnion(calendar.missingYears(in: LocalDate(record.receivedDate)...dueDay))
            if due < endOfDay {
                watched.append(Watched(state: state.state(row: Int32(row)), due: due,
                                       daysOverdue: dueDay.days(to: moment.asOf)))
            } else if calendar.workingDays(after: moment.asOf, through: dueDay, limit: Self.atRiskWorkingDays + 1)
                        <= Self.atRiskWorkingDays {
                watched.append(Watched(state: state.state(row: Int32(row)), due: due, daysOverdue: nil))
            }
        }
        watched.sort { ($0.due, $0.state.petitionID) < ($1.due, $1.state.petitionID) }
        var notes = ["(기준 : \(PetitionText.short(moment.asOf)))"]
        if !missing.isEmpty {
            let years = missing.sorted().map { "\($0)년" }.joined(separator: ", ")
            notes.append("공휴일 달력에 \(years) 공휴일이 없음: 주말만 제외하고 계산한 처리기한이 실제보다 이를 수 있음 "
                + "(calendar.holidays-published missing)")
        }
        if state.isEmpty { notes.append("접수된 직소민원 기록이 없음 (no petition recorded)") }
        let atRisk = watched.filter { $0.daysOverdue == nil }, overdue = watched.filter { $0.daysOverdue != nil }
        return [
            byDepartment(atRisk, key: "at-risk", title: "처리기한 도래", known: !state.isEmpty, notes: notes + [
                "처리기한 도래: 처리중·검토 민원 중 처리기한이 기준일 다음 \(Self.atRiskWorkingDays)근무일 이내인 민원"]),
            byDepartment(overdue, key: "overdue", title: "처리기한 경과", known: !state.isEmpty, notes: notes + [
                "처리기한 경과: 처리중·검토 민원 중 처리기한이 기준일 종료 전에 지난 민원"]),
            detail(watched, notes: notes),
        ]
    }

    /// Counts by department (부서 id), the total first.
    func byDepartment(_ watched: [Watched], key: String, title: String, known: Bool, notes: [String])
        -> ProjectionTable
    {
        var table = ProjectionTable(
            key: key, title: title,
            columns: [.init(key: "department", label: "부 서", alignment: .left), .init(key: "count", label: "건수")],
            notes: notes)
        table.rows = [.init(key: "total", cells: ["department": .text("계"),
                                                  "count": known ? .integer(watched.count) : .noData])]
        let counts = Dictionary(grouping: watched, by: \.state.department).mapValues(\.count)
        for department in counts.keys.sorted() {
            table.rows.append(.init(key: department.rawValue, cells: [
                "department": PetitionText.department(department), "count": .integer(counts[department] ?? 0)]))
        }
        return table
    }

    /// One row per petition, earliest due date first.
    func detail(_ watched: [Watched], notes: [String]) -> ProjectionTable {
        var table = ProjectionTable(
            key: "overdue-detail", title: "처리기한 도래·경과 민원 목록",
            columns: [.init(key: "petition", label: "민원번호", alignment: .left),
                      .init(key: "status", label: "구 분", alignment: .left),
                      .init(key: "department", label: "부 서", alignment: .left),
                      .init(key: "kind", label: "유 형", alignment: .left),
                      .init(key: "received", label: "접수일", alignment: .left),
                      .init(key: "due", label: "처리기한", alignment: .left),
                      .init(key: "daysOverdue", label: "경과일수")],
            notes: notes + ["경과일수: 처리기한일부터 기준일까지의 날수 (기준일 당일 경과는 0)"])
        table.rows = watched.map { item in
            .init(key: item.state.petitionID.rawValue, cells: [
                "petition": .text(item.state.petitionID.rawValue),
                "status": .text(item.daysOverdue == nil ? "처리기한 도래" : "처리기한 경과"),
                "department": PetitionText.department(item.state.department),
                "kind": .text(item.state.kind.koreanLabel),
                "received": .text(PetitionText.day(item.state.receivedAt)),
                "due": .text(PetitionText.minute(item.due)),
                "daysOverdue": item.daysOverdue.map(Cell.integer) ?? .notApplicable,
            ])
        }
        return table
    }
}
