import Foundation
import SotongCore
import SotongDomain

/// The log as a fold reads it: pages of decoded events, each page read and decoded one page ahead
/// (in its own task) while the fold applies the one before. Reading and decoding JSON took as long
/// as the folding itself; pipelined, a rebuild uses a second core (Docs/Performance.md).
struct DecodedPages {
    /// One event of a page: its position and time, and the decoded office event (`nil` when it is not
    /// one, or when it occurred at or after `end` and so need not be decoded).
    struct Item: Sendable {
        let position: Int64
        /// The stored event type (a shared fold routes the event by it).
        let type: String
        let occurredAt: Date
        let entry: History.Entry?
    }

    private struct Page: Sendable {
        let items: [Item]
        /// The last position read, and whether a next page may follow.
        let last: Int64?
        let more: Bool
    }

    private let store: any EventStore
    private let through: Int64
    private let end: Date?
    private let types: Set<String>?
    private let pageSize: Int
    private var pending: Task<Page, any Error>?

    /// The events after `after` up to `through`, of `types` (all when `nil`).
    init(store: any EventStore, after: Int64, through: Int64, end: Date?, types: Set<String>?, pageSize: Int = 1_000) {
        self.store = store
        self.through = through
        self.end = end
        self.types = types
        self.pageSize = pageSize
        pending = after < through ? read(after: after) : nil
    }

    /// The next page, or `nil` after the last.
    mutating func next() async throws -> [Item]? {
        try Task.checkCancellation()
        guard let task = pending else { return nil }
        pending = nil
        let page = try await task.value
        if page.more, let last = page.last { pending = read(after: last) }
        return page.items
    }

    /// Stops reading ahead (when the fold ends early).
    func cancel() { pending?.cancel() }

    private func read(after position: Int64) -> Task<Page, any Error> {
        let (store, through, end, types, pageSize) = (store, through, end, types, pageSize)
        return Task {
            let events = try await store.readPage(after: position, limit: pageSize, types: types)
            let kept = events.prefix { $0.position <= through }
            let items = kept.map { event in
                Item(position: event.position, type: event.type, occurredAt: event.occurredAt,
                     entry: end.map { event.occurredAt >= $0 } == true ? nil : ProjectionRunner.decode(event))
            }
            return Page(items: items, last: events.last?.position,
                        more: events.count == pageSize && kept.count == events.count && (events.last?.position ?? through) < through)
        }
    }
}
