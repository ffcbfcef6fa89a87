package import Foundation

/// A store that can take another store's events exactly as they were recorded — same positions,
/// recorded-at times and hashes — so that a log moves between stores (SQLite ⇄ PostgreSQL) with
/// every link of its chain unchanged. `sotong copy` is built on it.
///
/// Nothing is trusted: each event must follow the store's head (next position, previous hash equal
/// to the head's hash), hash to its own stored hash, not go back in recorded-at time, and take the
/// next version of its stream. One call is one transaction: all of it or none.
///
/// ```swift
/// let target = InMemoryEventStore()
/// try await target.appendVerbatim(try await source.readAll().collect())
/// assert(try await target.head() == source.head())
/// ```
public protocol VerbatimCopyTarget: EventStore {
    /// Appends events recorded by another store, unchanged, after this store's head.
    ///
    /// - Throws: ``EventStoreError`` — `invalidBatch` when the first event does not follow the head
    ///   (copy into an empty store), `corrupt` (naming the position) when an event does not link to
    ///   the one before it, does not match its hash, goes back in time or skips a stream version;
    ///   `readOnly` for a store opened read-only. Nothing is stored then.
    func appendVerbatim(_ events: [RecordedEvent]) async throws

    /// ``appendVerbatim(_:)`` for one batch of a copy that runs in several: in the same transaction
    /// the store records that it holds an unfinished copy of a log whose head is `sourceHead` — or,
    /// when the batch brings the store's head to `sourceHead`, that the copy is finished (the mark
    /// is removed). A copy killed between batches thus leaves a store that says so
    /// (``unfinishedCopy()``) instead of one that looks like a whole log. With no events, only the mark
    /// is brought up to date.
    ///
    /// ```swift
    /// let sourceHead = try await source.head()
    /// var cursor: Int64 = 0
    /// while cursor < sourceHead.position {
    ///     let page = try await source.readPage(after: cursor, limit: 500, types: nil)
    ///     try await target.appendVerbatim(page, copying: sourceHead)
    ///     cursor = page.last!.position
    /// }
    /// ```
    ///
    /// - Throws: as ``appendVerbatim(_:)``; nothing is stored and the mark is left as it was then.
    func appendVerbatim(_ events: [RecordedEvent], copying sourceHead: ChainHead) async throws

    /// The head of the log an unfinished copy into this store was copying (the store holds a prefix
    /// of it), or `nil` when no copy into this store is unfinished. Works on a store opened read-only.
    ///
    /// ```swift
    /// if let source = try await store.unfinishedCopy() { print("holds a part of a copy of a log ending at \(source)") }
    /// ```
    func unfinishedCopy() async throws -> ChainHead?
}

/// The checks every ``VerbatimCopyTarget`` makes before storing a run of copied events.
package enum VerbatimRules {
    /// The `store_info` key that marks an unfinished copy; its value is the source's head as
    /// `<position> <hash hex>` (Docs/StoredFormat.md).
    package static let unfinishedCopyKey = "unfinished_copy"

    /// The value of the mark for a copy of a log ending at `sourceHead`.
    package static func markText(_ sourceHead: ChainHead) -> String { "\(sourceHead.position) \(sourceHead.hash.hex)" }

    /// The source head a stored mark names.
    ///
    /// - Throws: ``EventStoreError`` `corrupt` when the text is not `<position> <64 hex digits>`.
    package static func sourceHead(fromMark text: String) throws -> ChainHead {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, let position = Int64(parts[0]), position > 0, let hash = ChainHash(hex: String(parts[1])) else {
            throw EventStoreError(code: .corrupt, message: "the store's mark of an unfinished copy is damaged ('\(text.prefix(80))')")
        }
        return ChainHead(position: position, hash: hash)
    }

    /// Whether storing `events` after `head` brings the store to `sourceHead`: the copy is finished.
    package static func finishes(_ events: [RecordedEvent], after head: ChainHead, copying sourceHead: ChainHead) -> Bool {
        (events.last.map { ChainHead(position: $0.position, hash: $0.hash) } ?? head) == sourceHead
    }

    /// Checks that `events` continue the chain ending at `head`.
    ///
    /// - Parameters:
    ///   - lastRecordedAt: the recorded-at time of the head event, if any.
    ///   - storedVersions: the last stored version of each stream the events name (absent: 0).
    package static func check(
        _ events: [RecordedEvent], after head: ChainHead, lastRecordedAt: Date?, storedVersions: [StreamID: Int64]
    ) throws {
        var previous = head
        var lastMilliseconds = lastRecordedAt.map(Timestamp.milliseconds)
        var versions = storedVersions
        var seen = Set<UUID>()
        for event in events {
            let position = event.position
            func broken(_ what: String) -> EventStoreError {
                EventStoreError(code: .corrupt, message: "the event at position \(position) \(what); nothing was copied",
                                position: position)
            }
            guard position == previous.position + 1 else {
                throw EventStoreError(
                    code: .invalidBatch,
                    message: "the event at position \(position) does not follow the target's head at position \(previous.position); copy into an empty store",
                    field: "position", position: position)
            }
            guard event.previousHash == previous.hash else { throw broken("does not link to the event before it") }
            guard event.computedHash() == event.hash else { throw broken("does not match its hash") }
            let recordedAt = Timestamp.milliseconds(event.recordedAt)
            if let lastMilliseconds, recordedAt < lastMilliseconds { throw broken("was recorded before the event before it") }
            let expectedVersion = (versions[event.stream] ?? 0) + 1
            guard event.streamVersion == expectedVersion else { throw broken("skips or repeats a version of its stream") }
            guard seen.insert(event.id).inserted else { throw broken("repeats an earlier event id") }
            versions[event.stream] = event.streamVersion
            lastMilliseconds = recordedAt
            previous = ChainHead(position: position, hash: event.hash)
        }
    }
}
