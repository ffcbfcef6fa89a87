import SotongCore
public import SotongDomain

/// A fold of the log into one of the office's tables: a pure function of the events, rebuilt on
/// demand, available as of any date or position.
///
/// ```swift
/// struct NetworkProjection: Projection {
///     static let name = "network"
///     func apply(_ entry: History.Entry, to state: inout State) { … }
///     func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] { … }
/// }
/// ```
public protocol Projection: Sendable {
    associatedtype State: Sendable

    /// The name `sotong show` takes: roster, indicators, scores, petitions, …
    static var name: String { get }
    /// The event types the fold reads; `nil` for all. Lets the runner skip the rest unread.
    var eventTypes: Set<String>? { get }
    /// The state before the first event.
    func initialState() -> State
    /// Folds one event into the state. Must be pure: the same events give the same state.
    func apply(_ entry: History.Entry, to state: inout State)
    /// The tables at a moment (terms, deadlines and paces depend on the date).
    func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable]
}

/// The moment a view shows: the office date, and the last log position folded in.
///
/// ```swift
/// let result = try await runner.result(RosterProjection(), cutoff: .date(try LocalDate("2017-12-31")))
/// result.moment   // as of 2017-12-31, at the last position recorded by then
/// ```
public struct ProjectionMoment: Hashable, Sendable, Codable {
    /// The office date the view is as of (today for the head).
    public let asOf: LocalDate
    /// The last position folded in.
    public let position: Int64

    /// A moment.
    public init(asOf: LocalDate, position: Int64) {
        self.asOf = asOf
        self.position = position
    }
}

/// Where a view stops reading the log.
///
/// ```swift
/// try await store.projection(RosterProjection(), cutoff: .date(try LocalDate("2017-12-31")))
/// try await store.projection(RosterProjection(), cutoff: .position(2517))
/// ```
public enum Cutoff: Hashable, Sendable {
    /// Everything stored.
    case head
    /// Events up to and including this position.
    case position(Int64)
    /// Events that occurred up to the end of this office date (KST), whatever their position.
    case date(LocalDate)
}
