/// Events for one stream, with the version the appender expects the stream to be at.
///
/// ```swift
/// try await store.append([StreamBatch(stream: "a", events: [e1], expected: .noStream),
///                         StreamBatch(stream: "b", events: [e2], expected: .any)])
/// ```
public struct StreamBatch: Hashable, Sendable {
    /// The stream the events are appended to.
    public var stream: StreamID
    /// The events, in order.
    public var events: [EventData]
    /// The version the stream must be at.
    public var expected: ExpectedVersion

    /// A batch for one stream.
    public init(stream: StreamID, events: [EventData], expected: ExpectedVersion) {
        self.stream = stream
        self.events = events
        self.expected = expected
    }
}
