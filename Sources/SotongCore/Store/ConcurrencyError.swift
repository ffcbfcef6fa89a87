/// An append found the stream at another version than the appender expected; nothing was stored.
///
/// ```swift
/// do { try await store.append(events, to: stream, expecting: .exact(3)) }
/// catch let conflict as ConcurrencyError { print(conflict.actual) }   // reload, decide, retry
/// ```
public struct ConcurrencyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The stream whose version did not match.
    public let stream: StreamID
    /// What the appender expected.
    public let expected: ExpectedVersion
    /// The stream's last version when the append was tried (0 when the stream did not exist).
    public let actual: Int64

    /// A conflict on a stream.
    public init(stream: StreamID, expected: ExpectedVersion, actual: Int64) {
        self.stream = stream
        self.expected = expected
        self.actual = actual
    }

    /// One line naming the stream and both versions.
    public var description: String {
        "concurrency conflict on stream '\(stream)': expected version \(expected), actual \(actual == 0 ? "no stream" : String(actual))"
    }
}
