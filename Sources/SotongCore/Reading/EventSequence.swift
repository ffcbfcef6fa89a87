/// The log read in pages, lazily: only one page is in memory at a time, however long the log.
///
/// ```swift
/// for try await event in store.readAll(after: 0, types: ["petition.received"]) { … }
/// ```
public struct EventSequence: AsyncSequence, Sendable {
    /// Each element is one recorded event.
    public typealias Element = RecordedEvent

    let store: any EventStore
    let after: Int64
    let through: Int64?
    let types: Set<String>?
    let pageSize: Int

    /// An iterator that reads page after page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(store: store, cursor: after, through: through, types: types, pageSize: Swift.max(1, pageSize))
    }

    /// Reads the log a page at a time.
    public struct Iterator: AsyncIteratorProtocol {
        let store: any EventStore
        var cursor: Int64
        let through: Int64?
        let types: Set<String>?
        let pageSize: Int
        var buffer: [RecordedEvent] = []
        var index = 0
        var exhausted = false

        /// The next event, reading the next page when needed; `nil` at the end.
        public mutating func next() async throws -> RecordedEvent? {
            if index == buffer.count {
                if exhausted { return nil }
                try Task.checkCancellation()
                buffer = try await store.readPage(after: cursor, limit: pageSize, types: types)
                index = 0
                if buffer.count < pageSize { exhausted = true }
                guard let last = buffer.last else { return nil }
                cursor = last.position
            }
            let event = buffer[index]
            if let through, event.position > through {
                exhausted = true
                buffer = []
                index = 0
                return nil
            }
            index += 1
            return event
        }
    }
}

extension EventStore {
    /// The whole log (or the events of some types) after a position, in position order.
    ///
    /// - Parameters:
    ///   - after: a checkpoint: the last position already seen (0 reads from the start).
    ///   - through: the last position to read, for a view of the log as of that position.
    ///   - types: only these event types, when given.
    ///   - pageSize: how many events each read fetches.
    public func readAll(
        after: Int64 = 0, through: Int64? = nil, types: Set<String>? = nil, pageSize: Int = 1_000
    ) -> EventSequence {
        EventSequence(store: self, after: after, through: through, types: types, pageSize: pageSize)
    }
}

extension EventSequence {
    /// Reads every event of the sequence into an array (for small logs and tests).
    public func collect() async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        for try await event in self { events.append(event) }
        return events
    }
}
