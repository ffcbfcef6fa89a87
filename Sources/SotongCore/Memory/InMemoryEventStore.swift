public import Foundation

/// The reference store: everything in memory, the exact behaviour of the durable stores.
/// For tests, and for tools that embed Sotong without a file.
///
/// ```swift
/// let store = InMemoryEventStore()
/// try await store.append(event, to: "notes", expecting: .noStream)
/// ```
public actor InMemoryEventStore: EventStore {
    private var events: [RecordedEvent] = []
    private var streams: [StreamID: [Int]] = [:]
    private var indexByID: [UUID: Int] = [:]
    /// Kept apart from `events`, as the durable stores keep it, so that a truncated tail shows.
    private var recordedHead = ChainHead.empty
    /// The source head of an unfinished verbatim copy into this store (``VerbatimCopyTarget``).
    private var unfinishedCopyHead: ChainHead?
    private let clock: StoreClock

    /// An empty store whose recorded-at times come from `clock`.
    public init(clock: StoreClock = .system) {
        self.clock = clock
    }

    /// Appends batches in one transaction (see ``EventStore/append(_:)``).
    public func append(_ batches: [StreamBatch]) throws -> [AppendResult] {
        guard !batches.isEmpty else {
            throw EventStoreError(code: .invalidBatch, message: "the batch is empty")
        }
        for batch in batches { try AppendRules.validate(batch.events, stream: batch.stream) }
        let rollback = (count: events.count, head: recordedHead)
        do {
            return try batches.map(appendOne)
        } catch {
            // All or nothing: undo the batches already applied in this call.
            for event in events[rollback.count...] {
                indexByID[event.id] = nil
                streams[event.stream]?.removeLast()
                if streams[event.stream]?.isEmpty == true { streams[event.stream] = nil }
            }
            events.removeSubrange(rollback.count...)
            recordedHead = rollback.head
            throw error
        }
    }

    private func appendOne(_ batch: StreamBatch) throws -> AppendResult {
        let existing = batch.events.map { indexByID[$0.id].map { events[$0] } }
        if let stored = try AppendRules.resolveDuplicates(batch.events, stream: batch.stream, existing: existing) {
            return AppendResult(events: stored, wasAlreadyStored: true)
        }
        let actual = Int64(streams[batch.stream]?.count ?? 0)
        guard batch.expected.isSatisfied(byActual: actual) else {
            throw ConcurrencyError(stream: batch.stream, expected: batch.expected, actual: actual)
        }
        let recordedAt = AppendRules.recordedAt(clock: clock, last: events.last?.recordedAt)
        let recorded = AppendRules.record(batch.events, stream: batch.stream, after: actual, head: recordedHead,
                                          recordedAt: recordedAt)
        for event in recorded {
            indexByID[event.id] = events.count
            streams[batch.stream, default: []].append(events.count)
            events.append(event)
        }
        if let last = recorded.last { recordedHead = ChainHead(position: last.position, hash: last.hash) }
        return AppendResult(events: recorded, wasAlreadyStored: false)
    }

    /// Reads one stream (see ``EventStore/readStream(_:from:direction:limit:)``).
    public func readStream(_ stream: StreamID, from version: Int64, direction: ReadDirection, limit: Int)
        -> [RecordedEvent]
    {
        guard let indices = streams[stream], limit > 0 else { return [] }
        switch direction {
        case .forwards:
            let start = Int(max(version, 1) - 1)
            guard start < indices.count else { return [] }
            return indices[start..<min(indices.count, start + min(limit, indices.count))].map { events[$0] }
        case .backwards:
            guard version >= 1 else { return [] }
            let end = Int(min(version, Int64(indices.count)))
            let start = max(0, end - min(limit, end))
            return indices[start..<end].reversed().map { events[$0] }
        }
    }

    /// A page of the log after a position (see ``EventStore/readPage(after:limit:types:)``).
    public func readPage(after position: Int64, limit: Int, types: Set<String>?) -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        var page: [RecordedEvent] = []
        // Position p sits at index p - 1; tampered test logs fall back to a scan.
        var index = Int(min(max(position, 0), Int64(events.count)))
        if index < events.count, events[index].position != position + 1 {
            index = events.firstIndex { $0.position > position } ?? events.count
        }
        while index < events.count, page.count < limit {
            if types?.contains(events[index].type) ?? true { page.append(events[index]) }
            index += 1
        }
        return page
    }

    /// The recorded head.
    public func head() -> ChainHead {
        recordedHead
    }

    /// The event with this id, if stored.
    public func event(id: UUID) -> RecordedEvent? {
        indexByID[id].map { events[$0] }
    }
}

extension InMemoryEventStore: VerbatimCopyTarget {
    /// Appends events copied from another store exactly as recorded (positions, times, hashes),
    /// after checking that they extend this store's chain.
    public func appendVerbatim(_ events: [RecordedEvent]) throws {
        var versions: [StreamID: Int64] = [:]
        for event in events { versions[event.stream] = Int64(streams[event.stream]?.count ?? 0) }
        try VerbatimRules.check(events, after: recordedHead, lastRecordedAt: self.events.last?.recordedAt,
                                storedVersions: versions)
        if let stored = events.first(where: { indexByID[$0.id] != nil }) {
            throw EventStoreError.duplicateEventID(stored.id, position: self.events[indexByID[stored.id]!].position)
        }
        for event in events {
            indexByID[event.id] = self.events.count
            streams[event.stream, default: []].append(self.events.count)
            self.events.append(event)
        }
        if let last = events.last { recordedHead = ChainHead(position: last.position, hash: last.hash) }
    }

    /// ``appendVerbatim(_:)``, marking the store as holding an unfinished copy until the events reach
    /// `sourceHead` (see ``VerbatimCopyTarget/appendVerbatim(_:copying:)``).
    public func appendVerbatim(_ events: [RecordedEvent], copying sourceHead: ChainHead) throws {
        let finishes = VerbatimRules.finishes(events, after: recordedHead, copying: sourceHead)
        try appendVerbatim(events)
        unfinishedCopyHead = finishes ? nil : sourceHead
    }

    /// The source head of an unfinished copy into this store, if any.
    public func unfinishedCopy() -> ChainHead? { unfinishedCopyHead }
}

@_spi(Testing)
extension InMemoryEventStore {
    /// Replaces the stored events wholesale, bypassing every check: for tamper-detection tests only.
    public func tamper(_ change: (inout [RecordedEvent]) -> Void) {
        change(&events)
    }
}
