package import Foundation

/// The append logic every store shares, so that they cannot drift apart: validation,
/// idempotency, and building the recorded events with their chain hashes.
package enum AppendRules {
    /// Checks a batch before any storage is touched.
    package static func validate(_ batch: [EventData], stream: StreamID) throws {
        guard !batch.isEmpty else {
            throw EventStoreError(code: .invalidBatch, message: "the batch is empty")
        }
        if let problem = stream.problem {
            throw EventStoreError(code: .invalidEvent, message: "stream id \(problem)", field: "stream")
        }
        var seen = Set<UUID>()
        for (index, event) in batch.enumerated() {
            try event.validate(index: index)
            guard seen.insert(event.id).inserted else {
                throw EventStoreError(code: .invalidBatch,
                                      message: "event \(index + 1) of the batch repeats an earlier event id in the same batch",
                                      field: "id", index: index)
            }
        }
    }

    /// Decides what to do with event ids that are already stored.
    ///
    /// - Parameter existing: for each event of the batch, the stored event with its id, if any.
    /// - Returns: the stored events when the whole batch is already stored with identical content
    ///   (an idempotent repeat); `nil` when none of it is stored.
    /// - Throws: when an id is stored with other content, or when only part of the batch is stored.
    package static func resolveDuplicates(
        _ batch: [EventData], stream: StreamID, existing: [RecordedEvent?]
    ) throws -> [RecordedEvent]? {
        var stored: [RecordedEvent] = []
        for (event, found) in zip(batch, existing) {
            guard let found else { continue }
            guard event.hasSameContent(as: found, stream: stream) else {
                throw EventStoreError.duplicateEventID(event.id, position: found.position)
            }
            stored.append(found)
        }
        if stored.isEmpty { return nil }
        guard stored.count == batch.count else {
            throw EventStoreError(code: .invalidBatch,
                                  message: "\(stored.count) of the batch's \(batch.count) events are already stored; append only the new ones",
                                  field: "id")
        }
        return stored
    }

    /// The recorded-at time of a new batch: the clock, but never earlier than the last one stored.
    package static func recordedAt(clock: StoreClock, last: Date?) -> Date {
        let now = Timestamp.truncate(clock.now())
        guard let last, last > now else { return now }
        return last
    }

    /// The batch as it will be stored, chained onto `head`.
    package static func record(
        _ batch: [EventData], stream: StreamID, after streamVersion: Int64, head: ChainHead, recordedAt: Date
    ) -> [RecordedEvent] {
        var previous = head.hash
        var recorded: [RecordedEvent] = []
        recorded.reserveCapacity(batch.count)
        for (offset, event) in batch.enumerated() {
            var stored = RecordedEvent(
                id: event.id, stream: stream, streamVersion: streamVersion + Int64(offset) + 1,
                position: head.position + Int64(offset) + 1, type: event.type, schemaVersion: event.schemaVersion,
                occurredAt: Timestamp.truncate(event.occurredAt), recordedAt: recordedAt, metadata: event.metadata,
                payload: event.payload, previousHash: previous, hash: .genesis)
            stored.hash = ChainHasher.hash(of: stored, previous: previous)
            previous = stored.hash
            recorded.append(stored)
        }
        return recorded
    }
}
