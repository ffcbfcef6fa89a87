public import SotongDomain

/// The conflict-mediation expert pool (갈등조정 전문가 인력풀 현황): experts registered now, by the
/// kind of body they come from. Experts who withdrew (해촉) are not counted.
///
/// Table `expert-pool`: row `members` (인원); columns `category` (구 분), `total` (계), `institute`
/// (전문기관), `professor` (대학교수), `related-institution` (유관기관), `civic-group` (시민단체).
///
/// ```swift
/// let result = try await ProjectionRunner(store: store).result(ExpertPoolProjection())
/// result.table("expert-pool")?.cell(row: "members", column: "total")   // .integer(51)
/// ```
public struct ExpertPoolProjection: Projection {
    /// `sotong show experts`.
    public static let name = "experts"

    /// The pool, folded by the domain's ``ExpertPoolState``.
    public struct State: Sendable, Equatable {
        var pool = ExpertPoolState()
        /// Whether any pool event was folded (no event: 자료 없음, not 0).
        var recorded = false
    }

    /// The expert pool projection.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? { [ExpertRegistered.eventType, ExpertWithdrawn.eventType] }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        guard entry.event is ExpertRegistered || entry.event is ExpertWithdrawn else { return }
        state.pool.apply(entry.event)
        state.recorded = true
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        var table = ProjectionTable(
            key: "expert-pool", title: "갈등조정 전문가 인력풀 현황",
            columns: [CivicCells.labelColumn("category", "구 분"), .init(key: "total", label: "계")]
                + ExpertCategory.allCases.map { .init(key: $0.rawValue, label: $0.koreanLabel) })
        var cells: [String: Cell] = [
            "category": .text("인원"), "total": CivicCells.count(state.pool.count, recorded: state.recorded),
        ]
        for (category, count) in state.pool.countsByCategory {
            cells[category.rawValue] = CivicCells.count(count, recorded: state.recorded)
        }
        table.rows = [ProjectionTable.Row(key: "members", cells: cells)]
        if !state.pool.withdrawn.isEmpty {
            table.notes.append("인력풀에서 해촉된 전문가 \(state.pool.withdrawn.count)명은 제외")
        }
        if !state.recorded { table.notes.append("인력풀 등록 기록 없음") }
        return [table]
    }
}

extension ExpertPoolProjection.State: Codable {
    /// The saved form: who is registered now (with category) and who withdrew, sorted by id.
    private struct Saved: Codable {
        struct Expert: Codable {
            let expert: ExpertID
            let category: ExpertCategory
        }
        let recorded: Bool
        let experts: [Expert]
        let withdrawn: [ExpertID]
    }

    /// Rebuilds the pool by registering the saved experts again (and withdrawing the withdrawn),
    /// which gives the same ``ExpertPoolState``.
    public init(from decoder: any Decoder) throws {
        let saved = try decoder.singleValueContainer().decode(Saved.self)
        recorded = saved.recorded
        for expert in saved.experts {
            pool.apply(ExpertRegistered(expert: expert.expert, category: expert.category))
        }
        for expert in saved.withdrawn {
            pool.apply(ExpertRegistered(expert: expert, category: .institute))
            pool.apply(ExpertWithdrawn(expert: expert))
        }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Saved(
            recorded: recorded,
            experts: pool.experts.sorted { $0.key < $1.key }.map { Saved.Expert(expert: $0.key, category: $0.value) },
            withdrawn: pool.withdrawn.sorted()))
    }
}
