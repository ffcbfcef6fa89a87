import Foundation
public import SotongCore

/// A state folded from one stream's entries, one entry at a time. The rules read it through
/// ``History/fold(_:of:)``: a write folds each state once from the stored stream, then advances it
/// with every event it accepts, so checking an event costs the same at the start of a long stream
/// as at its end.
///
/// ```swift
/// extension NetworkState: StreamFold {
///     public mutating func apply(_ entry: History.Entry) { apply(entry.event) }
/// }
/// let network = history.fold(NetworkState.self, of: NetworkState.stream)
/// ```
public protocol StreamFold: Sendable {
    /// The state of an empty stream.
    init()
    /// Advances the state by the stream's next entry; entries of other types leave it unchanged.
    mutating func apply(_ entry: History.Entry)
}

/// The folded states of a history, by stream and state type. Shared by copies of one `History`
/// (a rule reading a state fills the cache of the history it was given); copied before a write
/// when another history shares it, so histories keep value semantics.
final class FoldCache: @unchecked Sendable {
    // @unchecked: `states` is read and written only under `lock`.
    private let lock = NSLock()
    private var states: [StreamID: [ObjectIdentifier: any StreamFold]] = [:]

    init(states: [StreamID: [ObjectIdentifier: any StreamFold]] = [:]) {
        self.states = states
    }

    func copy() -> FoldCache { lock.withLock { FoldCache(states: states) } }

    /// The cached state, or the one `make` folds (then cached).
    func state<State: StreamFold>(_ type: State.Type, of stream: StreamID, make: () -> State) -> State {
        let key = ObjectIdentifier(type)
        if let cached = lock.withLock({ states[stream]?[key] }) as? State { return cached }
        let made = make()
        lock.withLock { states[stream, default: [:]][key] = made }
        return made
    }

    /// Advances every cached state of the stream by one entry.
    func advance(_ stream: StreamID, by entry: History.Entry) {
        lock.withLock {
            guard var cached = states[stream] else { return }
            for (key, state) in cached {
                var advanced = state
                advanced.apply(entry)
                cached[key] = advanced
            }
            states[stream] = cached
        }
    }

    /// Forgets the stream's states (its entries were replaced).
    func forget(_ stream: StreamID) {
        lock.withLock { _ = states.removeValue(forKey: stream) }
    }
}

extension History {
    /// The state `State` folds from the stream's entries, computed once per history and then
    /// advanced with each event the history accepts.
    public func fold<State: StreamFold>(_ type: State.Type, of stream: StreamID) -> State {
        folds.state(type, of: stream) {
            var state = State()
            for entry in entries(in: stream) { state.apply(entry) }
            return state
        }
    }
}

// The office's states, as the rules read them.

extension BudgetState: StreamFold {
    /// Applies the entry's event.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event) }
}

extension PlanState: StreamFold {
    /// Applies the entry's event.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event) }
}

extension IndicatorState: StreamFold {
    /// Applies the entry's event.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event) }
}

extension OrganisationState: StreamFold {
    /// Applies the entry's event on the office-time date it happened.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event, occurredOn: LocalDate(entry.occurredAt)) }
}

extension StaffMemberState: StreamFold {
    /// Applies the entry's event on the office-time date it happened.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event, occurredOn: LocalDate(entry.occurredAt)) }
}

extension NetworkState: StreamFold {
    /// Applies the entry's event.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event) }
}

extension AdvisoryGroupState: StreamFold {
    /// Applies the entry's event on the office-time date it happened.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event, on: LocalDate(entry.occurredAt)) }
}

extension ExpertPoolState: StreamFold {
    /// Applies the entry's event.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event) }
}

extension EvaluationState: StreamFold {
    /// Applies the entry's event with the id it was recorded under.
    public mutating func apply(_ entry: History.Entry) { apply(entry.event, id: entry.id) }
}

extension HolidayCalendar: StreamFold {
    /// Applies a holiday publication; other events leave the calendar unchanged.
    public mutating func apply(_ entry: History.Entry) {
        if let publication = entry.event as? HolidaysPublished { publish(publication) }
    }
}
