/// What an append stored (or, for an idempotent repeat, what had been stored before).
///
/// ```swift
/// let result = try await store.append(events, to: stream, expecting: .any)
/// let next = ExpectedVersion.exact(result.streamVersion)
/// ```
public struct AppendResult: Hashable, Sendable {
    /// The events as recorded, in order.
    public let events: [RecordedEvent]
    /// True when every event id was already stored with identical content, so nothing was added.
    public let wasAlreadyStored: Bool

    /// An append's result.
    public init(events: [RecordedEvent], wasAlreadyStored: Bool) {
        self.events = events
        self.wasAlreadyStored = wasAlreadyStored
    }

    /// The stream's version after the batch's last event.
    public var streamVersion: Int64 { events.last?.streamVersion ?? 0 }
    /// The global position of the batch's first event.
    public var firstPosition: Int64 { events.first?.position ?? 0 }
    /// The global position of the batch's last event.
    public var lastPosition: Int64 { events.last?.position ?? 0 }
}
