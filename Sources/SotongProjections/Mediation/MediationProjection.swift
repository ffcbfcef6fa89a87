import SotongCore
public import SotongDomain

/// Conflict management (갈등민원 관리): one row per conflict case with its diagnosis, response plan,
/// mediations, council and outcome; and the conflict-management trainings per year.
///
/// Table `conflicts` (갈등조정전문가 중재활동 및 갈등민원조정협의회 구성·운영): rows keyed by conflict
/// id, in the order registered, then `total` (계); columns `title` (갈등과제), `department`
/// (담당부서), `diagnosis` (진단: the latest level 낮음/보통/높음, or `-`), `plan` (대응계획: 채택 or
/// `-`), `mediations` (조정활동: mediations convened), `council` (협의회: meetings held when a council
/// was formed, `-` when none was), `outcome` (결과: 합의 / 결렬 / 진행중, by the latest mediation).
/// In `total`: cases diagnosed, plans adopted, mediations and council meetings summed, outcomes counted.
///
/// Table `trainings` (갈등관리 역량강화 교육): rows `total` (계) and one per year; columns `year`
/// (연도), `sessions` (횟수), `participants` (참여인원).
///
/// ```swift
/// let result = try await ProjectionRunner(store: store).result(MediationProjection())
/// result.table("conflicts")?.cell(row: "C-2018-003", column: "outcome")   // .text("합의")
/// ```
public struct MediationProjection: Projection {
    /// `sotong show mediation`.
    public static let name = "mediation"

    /// The mediation projection.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        let types: [any OfficeEvent.Type] = [
            ConflictRegistered.self, ConflictDiagnosed.self, ConflictResponsePlanAdopted.self,
            ConflictMediationConvened.self, ConflictMediationConcluded.self, ConflictCouncilFormed.self,
            ConflictCouncilMet.self, ConflictTrainingHeld.self,
        ]
        return Set(types.map { $0.eventType })
    }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        state.apply(entry)
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        [conflicts(state), trainings(state)]
    }

    func conflicts(_ state: State) -> ProjectionTable {
        var table = ProjectionTable(
            key: "conflicts", title: "갈등조정전문가 중재활동 및 갈등민원조정협의회 구성·운영",
            columns: [CivicCells.labelColumn("title", "갈등과제"), CivicCells.labelColumn("department", "담당부서"),
                      CivicCells.labelColumn("diagnosis", "진단"), CivicCells.labelColumn("plan", "대응계획"),
                      .init(key: "mediations", label: "조정활동"), .init(key: "council", label: "협의회"),
                      CivicCells.labelColumn("outcome", "결과")])
        for item in state.cases {
            table.rows.append(ProjectionTable.Row(key: item.conflict.rawValue, cells: [
                "title": .text(item.title), "department": .text(item.department.rawValue),
                "diagnosis": item.level.map { .text($0.koreanLabel) } ?? .notApplicable,
                "plan": item.planAdopted ? .text("채택") : .notApplicable,
                "mediations": .integer(item.mediations),
                "council": item.councilFormed ? .integer(item.councilMeetings) : .notApplicable,
                "outcome": .text(item.outcome.koreanLabel),
            ]))
        }
        let cases = state.cases
        let recorded = !cases.isEmpty
        let outcomes = Outcome.allCases.map { outcome in
            "\(outcome.koreanLabel) \(cases.count { $0.outcome == outcome })"
        }
        table.rows.append(ProjectionTable.Row(key: "total", cells: [
            "title": .text("계"), "department": .notApplicable,
            "diagnosis": CivicCells.count(cases.count { $0.level != nil }, recorded: recorded),
            "plan": CivicCells.count(cases.count(where: \.planAdopted), recorded: recorded),
            "mediations": CivicCells.count(cases.reduce(0) { $0 + $1.mediations }, recorded: recorded),
            "council": CivicCells.count(cases.reduce(0) { $0 + $1.councilMeetings }, recorded: recorded),
            "outcome": recorded ? .text(outcomes.joined(separator: " · ")) : .noData,
        ]))
        table.notes.append(recorded ? "갈등과제 \(cases.count)건" : "등록된 갈등과제 없음")
        table.notes.append("협의회: 갈등민원조정협의회를 구성한 과제는 개최 횟수, 미구성은 -")
        table.notes.append("계: 진단·대응계획은 해당 과제 수, 조정활동·협의회는 횟수 합계")
        return table
    }

    func trainings(_ state: State) -> ProjectionTable {
        var table = ProjectionTable(
            key: "trainings", title: "갈등관리 역량강화 교육",
            columns: [CivicCells.labelColumn("year", "연도"), .init(key: "sessions", label: "횟수"),
                      .init(key: "participants", label: "참여인원")])
        table.rows = CivicYearTally.rows(state.trainings, heldKey: "sessions", peopleKey: "participants")
        if state.trainings.isEmpty { table.notes.append("교육 실시 기록 없음") }
        return table
    }
}
