public import Foundation

/// An append-only event log. Every store — in-memory, SQLite, PostgreSQL — passes the same
/// contract suite, so code written against this protocol runs on any of them.
///
/// A handful of requirements; reading the whole log, subscribing and verifying the chain are
/// built on them in extensions.
///
/// ```swift
/// let store: any EventStore = InMemoryEventStore()
/// let event = EventData(type: "note.written", payload: Data(#"{"text":"hi"}"#.utf8),
///                       occurredAt: Date(), metadata: EventMetadata(actor: "clerk:kim"))
/// try await store.append([event], to: "notes", expecting: .noStream)
/// ```
public protocol EventStore: Sendable {
    /// Appends batches of events, each to one stream, in one transaction: all of them or none.
    /// Batches are applied in order, so two batches may name the same stream.
    ///
    /// - Throws: ``ConcurrencyError`` when a stream is not at its batch's expected version;
    ///   ``EventStoreError`` when an event is invalid or its id is already stored with other content.
    ///   A batch whose event ids are all stored with identical content returns the originals.
    func append(_ batches: [StreamBatch]) async throws -> [AppendResult]

    /// Reads one stream starting at `version` (inclusive) in `direction`, at most `limit` events.
    /// Reading backwards from `Int64.max` starts at the stream's last event.
    func readStream(_ stream: StreamID, from version: Int64, direction: ReadDirection, limit: Int) async throws
        -> [RecordedEvent]

    /// Up to `limit` events with a position greater than `position`, in position order, optionally
    /// only those whose type is in `types`. The primitive under ``readAll(after:through:types:pageSize:)``.
    func readPage(after position: Int64, limit: Int, types: Set<String>?) async throws -> [RecordedEvent]

    /// The store's recorded head: the last position and its hash, as the store wrote them.
    /// ``verify(expectedHead:progress:)`` checks the walked chain ends exactly here.
    func head() async throws -> ChainHead

    /// The stored event with this id, if any.
    func event(id: UUID) async throws -> RecordedEvent?
}

extension EventStore {
    /// Reads a whole stream forwards.
    ///
    /// ```swift
    /// let history = try await store.readStream("petition-2017-0001")
    /// ```
    public func readStream(_ stream: StreamID) async throws -> [RecordedEvent] {
        try await readStream(stream, from: 1, direction: .forwards, limit: .max)
    }

    /// The last version of a stream, or 0 when it has no events.
    public func streamVersion(_ stream: StreamID) async throws -> Int64 {
        try await readStream(stream, from: .max, direction: .backwards, limit: 1).first?.streamVersion ?? 0
    }

    /// Appends a batch of events to one stream, atomically: all of them or none.
    ///
    /// ```swift
    /// let result = try await store.append([opened, noted], to: "petition-1", expecting: .noStream)
    /// ```
    @discardableResult
    public func append(_ events: [EventData], to stream: StreamID, expecting expected: ExpectedVersion) async throws
        -> AppendResult
    {
        try await append([StreamBatch(stream: stream, events: events, expected: expected)])[0]
    }

    /// Appends one event.
    ///
    /// ```swift
    /// try await store.append(event, to: "notes", expecting: .any)
    /// ```
    @discardableResult
    public func append(_ event: EventData, to stream: StreamID, expecting expected: ExpectedVersion) async throws
        -> AppendResult
    {
        try await append([event], to: stream, expecting: expected)
    }
}
