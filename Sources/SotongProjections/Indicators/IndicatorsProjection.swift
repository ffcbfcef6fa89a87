import Foundation
public import SotongDomain

/// The plan's detailed indicators (세부지표): per indicator its unit and, for every year with a
/// recorded actual or target and for the as-of year, the actual, the target and the achievement,
/// with the pace so far in the as-of year.
///
/// An actual is the one recorded from a document (`indicator.historical-actual-recorded`) when
/// there is one, else counted from the log by the indicator's ``IndicatorCounting``; years before
/// the log and years not yet begun print "-". The counted event types are data, so the projection
/// reads every event.
///
/// Table `indicators` 「세부지표」: one row per indicator (its id); columns `task`, `indicator`,
/// `unit`, then per year `actual-<year>`, `target-<year>`, `achievement-<year>`, then
/// `expected-<as-of year>` and `pace-<as-of year>`.
///
/// ```swift
/// let view = try await runner.result(IndicatorsProjection(), cutoff: .date(try LocalDate("2018-06-30")))
/// view.table("indicators")?.cell(row: "academy-sessions", column: "actual-2017")   // .text("2 (273)")
/// ```
public struct IndicatorsProjection: Projection {
    /// The folded indicators.
    public typealias State = IndicatorsState

    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `indicators`.
    public static let name = "indicators"

    /// The indicators projection.
    public init() {}

    /// Every type: the indicators' own streams and whatever types their counting rules name.
    public var eventTypes: Set<String>? { nil }

    /// The state before the first event.
    public func initialState() -> IndicatorsState { IndicatorsState() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout IndicatorsState) {
        state.apply(entry)
    }

    /// The projection's tables at a moment.
    public func view(of state: IndicatorsState, at moment: ProjectionMoment) -> [ProjectionTable] {
        [IndicatorsTable(state: state, asOf: moment.asOf).table()]
    }
}
