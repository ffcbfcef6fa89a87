public import SotongCore

/// The conflict-mediation expert pool (갈등조정 전문가 인력풀) as of the end of a history:
/// who is registered now, and how many per category.
///
/// ```swift
/// let pool = ExpertPoolState(entries: try await office.history(of: ExpertPoolState.stream))
/// pool.count(.professor)   // 17
/// ```
public struct ExpertPoolState: Sendable, Equatable {
    /// The stream the pool's events are appended to.
    public static let stream: StreamID = "expert-pool"

    /// Experts registered now (not withdrawn), with their category.
    public private(set) var experts: [ExpertID: ExpertCategory] = [:]
    /// Experts who withdrew and have not registered again.
    public private(set) var withdrawn: Set<ExpertID> = []

    /// An empty pool.
    public init() {}

    /// The pool after these events, oldest first; events of other types are ignored.
    public init(events: [any OfficeEvent]) {
        for event in events { apply(event) }
    }

    /// The pool after the entries of the `expert-pool` stream.
    public init(entries: [History.Entry]) {
        self.init(events: entries.map(\.event))
    }

    /// The pool as a rule sees it: the `expert-pool` stream of the history.
    public init(_ history: History) {
        self = history.fold(Self.self, of: Self.stream)
    }

    /// Applies one event of the pool.
    public mutating func apply(_ event: any OfficeEvent) {
        if let registered = event as? ExpertRegistered {
            experts[registered.expert] = registered.category
            withdrawn.remove(registered.expert)
        } else if let left = event as? ExpertWithdrawn, experts[left.expert] != nil {
            experts[left.expert] = nil
            withdrawn.insert(left.expert)
        }
    }

    /// Whether the expert is registered now (and has not withdrawn).
    public func isRegistered(_ expert: ExpertID) -> Bool { experts[expert] != nil }

    /// The number of experts registered now.
    public var count: Int { experts.count }

    /// The number of experts registered now in one category.
    public func count(_ category: ExpertCategory) -> Int {
        experts.values.count { $0 == category }
    }

    /// Experts registered now per category, every category listed (zero when empty).
    public var countsByCategory: [ExpertCategory: Int] {
        Dictionary(uniqueKeysWithValues: ExpertCategory.allCases.map { ($0, count($0)) })
    }

    /// The first of `candidates` that is not registered now, if any.
    func firstUnregistered(_ candidates: [ExpertID]) -> ExpertID? {
        candidates.first { !isRegistered($0) }
    }
}
