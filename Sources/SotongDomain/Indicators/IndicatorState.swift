/// One indicator as its stream tells it — definition, targets and historical actuals by year.
/// A pure fold over `indicator-<indicatorID>`.
///
/// ```swift
/// let academy = IndicatorState.fold(try await office.history(of: .indicator("academy-sessions")))
/// academy.target(2018)?.notation   // "3 (300)"
/// ```
public struct IndicatorState: Equatable, Sendable {
    /// A figure for one year: a value and, for times-with-participants, participants.
    public struct Figure: Hashable, Sendable {
        /// The value in the indicator's unit.
        public let value: Int
        /// The participants, when counted.
        public let participants: Int?
        /// Where a historical actual comes from; `nil` for a target.
        public let source: String?

        /// A figure of `value` (and `participants`), from `source` for a historical actual.
        public init(value: Int, participants: Int? = nil, source: String? = nil) {
            self.value = value
            self.participants = participants
            self.source = source
        }

        /// The plan's notation: `3`, or `3 (300)` with participants.
        public var notation: String { "\(value)" + (participants.map { " (\($0))" } ?? "") }
    }

    /// The definition, once recorded.
    public private(set) var definition: IndicatorDefined?
    /// Targets by year, the latest for each year.
    public private(set) var targets: [Int: Figure] = [:]
    /// Historical actuals by year, the latest for each year.
    public private(set) var historicalActuals: [Int: Figure] = [:]

    /// An indicator with no history.
    public init() {}

    /// The target for `year`.
    public func target(_ year: Int) -> Figure? { targets[year] }
    /// The historical actual for `year`.
    public func historicalActual(_ year: Int) -> Figure? { historicalActuals[year] }

    /// Applies one event of the indicator's stream; other events leave the state unchanged.
    public mutating func apply(_ event: any OfficeEvent) {
        switch event {
        case let defined as IndicatorDefined:
            definition = defined
        case let target as IndicatorTargetSet:
            targets[target.year] = Figure(value: target.value, participants: target.participants, source: nil)
        case let actual as IndicatorHistoricalActualRecorded:
            historicalActuals[actual.year] = Figure(value: actual.value, participants: actual.participants,
                                                    source: actual.source)
        default:
            break
        }
    }

    /// The state after `entries` (one indicator's stream, oldest first).
    public static func fold(_ entries: some Sequence<History.Entry>) -> IndicatorState {
        var state = IndicatorState()
        for entry in entries { state.apply(entry.event) }
        return state
    }
}
