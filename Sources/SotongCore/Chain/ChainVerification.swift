/// The outcome of walking the hash chain.
///
/// ```swift
/// let report = try await store.verify()
/// if let failure = report.failure { print("broken at", failure.position, failure.reason) }
/// ```
public struct ChainVerification: Hashable, Sendable {
    /// Where and why the chain is broken.
    public struct Failure: Hashable, Sendable, CustomStringConvertible {
        /// Why the chain breaks at ``position``.
        public enum Reason: String, Hashable, Sendable {
            /// The event at this position is missing (deleted rows, or rows out of order).
            case missingEvent = "missing-event"
            /// The stored previous hash is not the hash of the event before.
            case previousHashMismatch = "previous-hash-mismatch"
            /// The stored fields do not hash to the stored hash (an edited field or hash).
            case hashMismatch = "hash-mismatch"
            /// The recorded-at time went backwards.
            case recordedAtDecreased = "recorded-at-decreased"
            /// The stored row cannot be read as an event (a field edited into an impossible value).
            case unreadable = "unreadable"
            /// The chain ends before the store's recorded head (a truncated tail).
            case truncated = "truncated"
            /// The chain does not reach, or does not match, the head the caller expected.
            case headMismatch = "head-mismatch"
        }

        /// The first position where the chain breaks.
        public let position: Int64
        /// Why it breaks there.
        public let reason: Reason

        /// A failure at a position.
        public init(position: Int64, reason: Reason) {
            self.position = position
            self.reason = reason
        }

        /// `<reason> at position <n>`, for messages.
        public var description: String {
            switch reason {
            case .missingEvent: "event at position \(position) is missing"
            case .previousHashMismatch: "previous hash of position \(position) does not match the event before it"
            case .hashMismatch: "hash of position \(position) does not match its contents"
            case .unreadable: "the stored event at position \(position) cannot be read"
            case .recordedAtDecreased: "recorded-at of position \(position) is earlier than the event before it"
            case .truncated: "the log ends before position \(position), which the store recorded as its head"
            case .headMismatch: "position \(position) does not match the expected head"
            }
        }
    }

    /// The last position checked and its hash (the head, when the chain is intact).
    public let head: ChainHead
    /// How many events were checked.
    public let eventsChecked: Int64
    /// The first break, or `nil` when the chain is intact.
    public let failure: Failure?

    /// Whether the whole chain verified.
    public var isIntact: Bool { failure == nil }

    /// A verification report.
    public init(head: ChainHead, eventsChecked: Int64, failure: Failure?) {
        self.head = head
        self.eventsChecked = eventsChecked
        self.failure = failure
    }
}

extension EventStore {
    /// Walks the whole log, recomputing every hash, and reports the first position where the chain
    /// breaks — or that it is intact up to the store's recorded head.
    ///
    /// - Parameters:
    ///   - expectedHead: a head recorded earlier (a checkpoint); the log must still contain it.
    ///   - progress: called after each page with the events checked so far and the head position.
    ///
    /// ```swift
    /// let report = try await store.verify()
    /// print(report.isIntact ? "OK \(report.head)" : "BROKEN \(report.failure!)")
    /// ```
    public func verify(
        expectedHead: ChainHead? = nil, pageSize: Int = 2_000,
        progress: (@Sendable (_ checked: Int64, _ total: Int64) -> Void)? = nil
    ) async throws -> ChainVerification {
        let recordedHead = try await head()
        var walked = ChainHead.empty
        var lastRecordedAt = Int64.min
        var checked: Int64 = 0
        var expectedSeen = expectedHead == nil || expectedHead?.position == 0
        func report(_ position: Int64, _ reason: ChainVerification.Failure.Reason) -> ChainVerification {
            ChainVerification(head: walked, eventsChecked: checked, failure: .init(position: position, reason: reason))
        }
        var cursor: Int64 = 0
        var unreadableAt: Int64?
        // The next full page, read (on the store's own threads) while this one is hashed.
        var next: (after: Int64, read: Task<[RecordedEvent], any Error>)?
        defer { next?.read.cancel() }
        while true {
            if let unreadableAt, walked.position + 1 >= unreadableAt { return report(unreadableAt, .unreadable) }
            let limit = unreadableAt.map { Int($0 - cursor - 1) } ?? pageSize
            let page: [RecordedEvent]
            do {
                if let prefetched = next, prefetched.after == cursor, limit == pageSize {
                    next = nil
                    page = try await prefetched.read.value
                } else {
                    next?.read.cancel()
                    next = nil
                    page = try await readPage(after: cursor, limit: limit, types: nil)
                }
            } catch let error as EventStoreError where error.code == .corrupt && error.position != nil {
                // Check the rows before the unreadable one first: the report names the first break.
                unreadableAt = Swift.min(unreadableAt ?? .max, error.position!)
                continue
            }
            if unreadableAt == nil, page.count == pageSize, let last = page.last?.position {
                next = (last, Task { try await self.readPage(after: last, limit: pageSize, types: nil) })
            }
            for event in page {
                let expectedPosition = walked.position + 1
                guard event.position == expectedPosition else { return report(expectedPosition, .missingEvent) }
                guard event.previousHash == walked.hash else { return report(event.position, .previousHashMismatch) }
                guard event.computedHash() == event.hash else { return report(event.position, .hashMismatch) }
                let recordedAt = Timestamp.milliseconds(event.recordedAt)
                guard recordedAt >= lastRecordedAt else { return report(event.position, .recordedAtDecreased) }
                lastRecordedAt = recordedAt
                walked = ChainHead(position: event.position, hash: event.hash)
                checked += 1
                if let expectedHead, expectedHead.position == event.position {
                    guard expectedHead.hash == event.hash else { return report(event.position, .headMismatch) }
                    expectedSeen = true
                }
            }
            progress?(checked, recordedHead.position)
            if let unreadableAt {
                if page.isEmpty { return report(walked.position + 1 < unreadableAt ? walked.position + 1 : unreadableAt, walked.position + 1 < unreadableAt ? .missingEvent : .unreadable) }
                cursor = walked.position
                continue
            }
            guard let last = page.last, page.count == pageSize else { break }
            cursor = last.position
        }
        if walked.position < recordedHead.position { return report(walked.position + 1, .truncated) }
        if walked != recordedHead { return report(walked.position, .headMismatch) }
        if !expectedSeen, let expectedHead { return report(expectedHead.position, .truncated) }
        return ChainVerification(head: walked, eventsChecked: checked, failure: nil)
    }
}
