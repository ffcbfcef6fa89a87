/// Events for one stream, with the version the appender expects the stream to be at.
///
/// ```swift
/// try await store.append([StreamBatch(stream: "a", events: [e1], expected: .noStream),
///                         StreamBatch(stream: "b", events: [e2], expected: .any)])
/// ```
public struct StreamBatch: Hashable, Sendable {
    public var stream: StreamID
    public var events: [EventData]
    public var expected: ExpectedVersion

    public init(stream: StreamID, events: [EventData], expected: ExpectedVersion) {
        self.stream = stream
        self.events = events
        self.expected = expected
    }
}
