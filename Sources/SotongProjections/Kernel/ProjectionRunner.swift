import Foundation
public import SotongCore
public import SotongDomain

/// Replays the log into projections: full rebuilds, views as of a date or position, incremental
/// catch-up from a checkpoint, and explanations of single cells.
///
/// ```swift
/// let runner = ProjectionRunner(store: store)
/// let roster = try await runner.result(of: RosterProjection(), cutoff: .date(try LocalDate("2017-12-31")))
/// print(roster.digest)
/// ```
public struct ProjectionRunner: Sendable {
    /// The log it replays.
    public let store: any EventStore
    /// "Today", for views at the head.
    public let clock: StoreClock

    /// A runner on a store.
    public init(store: any EventStore, clock: StoreClock = .system) {
        self.store = store
        self.clock = clock
    }

    /// A folded state and the position it reflects.
    public struct Folded<State: Sendable>: Sendable {
        /// The folded state.
        public var state: State
        /// The last position read (events after it are not in the state).
        public var position: Int64

        /// A fold at a position.
        public init(state: State, position: Int64) {
            self.state = state
            self.position = position
        }
    }

    /// Folds the log into a projection's state up to a cutoff, starting from a previous fold.
    ///
    /// `start` is consumed: pass it with `consume` (or as a last use) and the fold updates that state
    /// in place, so that catching up costs the new events only. A start that the caller still holds
    /// is copied on the first change (copy on write), which costs as much as the state is large.
    public func fold<P: Projection>(
        _ projection: P, cutoff: Cutoff = .head, from start: consuming Folded<P.State>? = nil
    ) async throws -> Folded<P.State> {
        var folded = start ?? Folded(state: projection.initialState(), position: 0)
        let (limit, end) = (cutoff.lastPosition, cutoff.endInstant)
        let headPosition = try await store.head().position
        var pages = DecodedPages(store: store, after: folded.position, through: limit ?? headPosition, end: end,
                                 types: projection.eventTypes)
        defer { pages.cancel() }
        while let page = try await pages.next() {
            for item in page {
                folded.position = item.position
                guard let entry = item.entry else { continue }
                projection.apply(entry, to: &folded.state)
            }
        }
        folded.position = Swift.max(folded.position, Swift.min(limit ?? headPosition, headPosition))
        return folded
    }

    /// The projection's view at a cutoff.
    public func result<P: Projection>(_ projection: P, cutoff: Cutoff = .head) async throws -> ProjectionResult {
        let folded = try await fold(projection, cutoff: cutoff)
        return view(projection, folded: folded, cutoff: cutoff)
    }

    /// The view of an already folded state.
    public func view<P: Projection>(_ projection: P, folded: Folded<P.State>, cutoff: Cutoff) -> ProjectionResult {
        let moment = ProjectionMoment(asOf: asOfDate(cutoff), position: folded.position)
        return ProjectionResult(projection: P.name, moment: moment, tables: projection.view(of: folded.state, at: moment))
    }

    /// The office date a cutoff stands for: its own date, or today.
    public func asOfDate(_ cutoff: Cutoff) -> LocalDate {
        if case .date(let date) = cutoff { return date }
        return LocalDate(clock.now())
    }

    /// The events behind one cell: every event after which the cell's value changed, in order.
    ///
    /// ```swift
    /// let events = try await runner.explain(NetworkProjection(), table: "network", row: "total", column: "members")
    /// ```
    public func explain<P: Projection>(
        _ projection: P, cutoff: Cutoff = .head, table: String, row: String, column: String
    ) async throws -> [RecordedEvent] {
        var state = projection.initialState()
        let asOf = asOfDate(cutoff)
        func value(_ position: Int64) -> Cell? {
            projection.view(of: state, at: ProjectionMoment(asOf: asOf, position: position))
                .first { $0.key == table }?.cell(row: row, column: column)
        }
        var current = value(0)
        var sources: [RecordedEvent] = []
        let (limit, end) = (cutoff.lastPosition, cutoff.endInstant)
        for try await recorded in store.readAll(through: limit, types: projection.eventTypes) {
            if let end, recorded.occurredAt >= end { continue }
            guard let entry = Self.decode(recorded) else { continue }
            projection.apply(entry, to: &state)
            let next = value(recorded.position)
            if next != current { sources.append(recorded) }
            current = next
        }
        return sources
    }

    /// Decodes an office event; events of other kinds (or of unknown types) are not the office's
    /// and are skipped.
    static func decode(_ recorded: RecordedEvent) -> History.Entry? {
        try? OfficeCatalog.decode(recorded)
    }
}

extension Cutoff {
    /// The last position a cutoff by position keeps (`nil` for the other cutoffs).
    var lastPosition: Int64? {
        if case .position(let position) = self { position } else { nil }
    }

    /// The first instant a cutoff by date leaves out: the start of the next office day (`nil` otherwise).
    var endInstant: Date? {
        if case .date(let date) = self { date.adding(days: 1).startOfDay } else { nil }
    }
}
