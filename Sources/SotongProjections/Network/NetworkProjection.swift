public import SotongDomain

/// The civil-society communication network (시민사회 소통네트워크): its members by kind of
/// organisation, the common agendas with their practical tasks and where each stands, and the
/// meetings held per year.
///
/// Table `network` (「시민사회 소통네트워크」 구성현황): row `members` (인원); columns `category`
/// (구 분), `total` (계), `professional-association` (직능사회단체), `civic-group` (시민사회단체),
/// `city-council` (시의회), `city` (市). Active members only (those who left are not counted).
///
/// Table `agendas` (「4대 공동의제 12개 실천과제」 추진상황, the numbers as registered): one row per
/// practical task, keyed `<agenda>/<task>`, in the order adopted; columns `agenda` (공동의제),
/// `task` (실천과제), `status` (추진상황: the latest recorded 계획 / 추진중 / 완료) and `updated`
/// (최근 기록일); 자료 없음 for a task without progress records.
///
/// Table `meetings` (「시민사회 소통네트워크」 회의 개최 현황): rows `total` (계) and one per year
/// (`2018`); columns `year` (연도), `meetings` (횟수), `attendees` (참석인원).
///
/// ```swift
/// let result = try await ProjectionRunner(store: store).result(NetworkProjection())
/// result.table("network")?.cell(row: "members", column: "civic-group")   // .integer(7)
/// ```
public struct NetworkProjection: Projection {
    /// `sotong show network`.
    public static let name = "network"

    /// The network projection.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        [NetworkMemberJoined.eventType, NetworkMemberLeft.eventType, NetworkAgendaRegistered.eventType,
         NetworkMeetingHeld.eventType, NetworkTaskProgressRecorded.eventType]
    }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        state.apply(entry)
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        [members(state), agendas(state), meetings(state)]
    }

    func members(_ state: State) -> ProjectionTable {
        var table = ProjectionTable(
            key: "network", title: "「시민사회 소통네트워크」 구성현황",
            columns: [CivicCells.labelColumn("category", "구 분"), .init(key: "total", label: "계")]
                + NetworkCategory.allCases.map { .init(key: $0.rawValue, label: $0.koreanLabel) })
        let recorded = state.membersRecorded
        var cells: [String: Cell] = [
            "category": .text("인원"), "total": CivicCells.count(state.network.members.count, recorded: recorded),
        ]
        for (category, count) in state.network.countsByCategory {
            cells[category.rawValue] = CivicCells.count(count, recorded: recorded)
        }
        table.rows = [ProjectionTable.Row(key: "members", cells: cells)]
        if !recorded { table.notes.append("네트워크 구성 기록 없음") }
        return table
    }

    func agendas(_ state: State) -> ProjectionTable {
        let agendas = state.agendaOrder.compactMap { state.network.agendas[$0] }
        var table = ProjectionTable(
            key: "agendas",
            title: "「\(agendas.count)대 공동의제 \(state.network.taskCount)개 실천과제」 추진상황",
            columns: [CivicCells.labelColumn("agenda", "공동의제"), CivicCells.labelColumn("task", "실천과제"),
                      CivicCells.labelColumn("status", "추진상황"), CivicCells.labelColumn("updated", "최근 기록일")])
        var tally: [NetworkTaskStatus?: Int] = [:]
        for (number, agenda) in agendas.enumerated() {
            for task in agenda.tasks {
                let status = state.network.taskStatus[agenda.agenda]?[task.task]
                let updated = state.lastProgress[State.taskKey(agenda.agenda, task.task)]
                tally[status, default: 0] += 1
                table.rows.append(ProjectionTable.Row(key: State.taskKey(agenda.agenda, task.task), cells: [
                    "agenda": .text("\(number + 1). \(agenda.title)"), "task": .text(task.title),
                    "status": status.map { .text($0.koreanLabel) } ?? .noData,
                    "updated": updated.map { .text($0.description) } ?? .noData,
                ]))
            }
        }
        if agendas.isEmpty {
            table.notes.append("등록된 공동의제 없음")
        } else {
            let counts = NetworkTaskStatus.allCases.map { "\($0.koreanLabel) \(tally[$0] ?? 0)" }
                + ["기록 없음 \(tally[nil] ?? 0)"]
            table.notes.append("실천과제 추진상황: " + counts.joined(separator: " · "))
        }
        return table
    }

    func meetings(_ state: State) -> ProjectionTable {
        var table = ProjectionTable(
            key: "meetings", title: "「시민사회 소통네트워크」 회의 개최 현황",
            columns: [CivicCells.labelColumn("year", "연도"), .init(key: "meetings", label: "횟수"),
                      .init(key: "attendees", label: "참석인원")])
        table.rows = CivicYearTally.rows(state.meetings, heldKey: "meetings", peopleKey: "attendees")
        if state.meetings.isEmpty { table.notes.append("회의 개최 기록 없음") }
        return table
    }
}
