/// What a subscription delivers: events in order, and once the backlog is drained, a signal.
///
/// ```swift
/// for try await message in store.subscribe(after: checkpoint) {
///     if case .caughtUp(let position) = message { print("live from", position) }
/// }
/// ```
public enum SubscriptionMessage: Hashable, Sendable {
    /// The next event after the subscriber's checkpoint.
    case event(RecordedEvent)
    /// Every event stored when the subscription reached the head has been delivered; from here on
    /// events arrive live. Sent once, with the position reached.
    case caughtUp(Int64)
}

/// Catch-up from a checkpoint, then live: polls the store, so it also sees events that another
/// process appends to the same file or database.
///
/// ```swift
/// for try await message in store.subscribe(after: checkpoint) {
///     switch message {
///     case .event(let event): handle(event)
///     case .caughtUp: print("live")
///     }
/// }
/// ```
public struct EventSubscription: AsyncSequence, Sendable {
    /// Each element is an event or the caught-up signal.
    public typealias Element = SubscriptionMessage

    let store: any EventStore
    let after: Int64
    let types: Set<String>?
    let pageSize: Int
    let pollInterval: Duration

    /// An iterator that polls the store.
    public func makeAsyncIterator() -> Iterator {
        Iterator(store: store, cursor: after, types: types, pageSize: Swift.max(1, pageSize), pollInterval: pollInterval)
    }

    /// Polls the store for events after its cursor.
    public struct Iterator: AsyncIteratorProtocol {
        let store: any EventStore
        var cursor: Int64
        let types: Set<String>?
        let pageSize: Int
        let pollInterval: Duration
        var buffer: [RecordedEvent] = []
        var index = 0
        var caughtUp = false

        /// The next message; waits for new events once caught up. Ends (nil) when the task is cancelled.
        public mutating func next() async throws -> SubscriptionMessage? {
            while index == buffer.count {
                if Task.isCancelled { return nil }
                // With a type filter the page may skip positions: track the head position too.
                let head = try await store.head().position
                buffer = try await store.readPage(after: cursor, limit: pageSize, types: types)
                index = 0
                if buffer.isEmpty {
                    cursor = Swift.max(cursor, types == nil ? cursor : head)
                    if !caughtUp {
                        caughtUp = true
                        return .caughtUp(cursor)
                    }
                    do { try await Task.sleep(for: pollInterval) } catch { return nil }
                }
            }
            let event = buffer[index]
            index += 1
            cursor = event.position
            return .event(event)
        }
    }
}

extension EventStore {
    /// Subscribes to the log after a checkpoint (the last position the subscriber has handled).
    ///
    /// - Parameters:
    ///   - after: the checkpoint; 0 starts from the beginning.
    ///   - types: only these event types, when given.
    ///   - pollInterval: how long to wait between looks for new events once caught up.
    public func subscribe(
        after: Int64 = 0, types: Set<String>? = nil, pageSize: Int = 500,
        pollInterval: Duration = .milliseconds(50)
    ) -> EventSubscription {
        EventSubscription(store: self, after: after, types: types, pageSize: pageSize, pollInterval: pollInterval)
    }
}
