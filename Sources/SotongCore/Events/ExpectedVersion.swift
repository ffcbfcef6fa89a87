/// What the appender believes about a stream's current version (optimistic concurrency).
///
/// ```swift
/// try await store.append(events, to: "petition-1", expecting: .noStream)
/// try await store.append(more, to: "petition-1", expecting: .exact(1))
/// ```
public enum ExpectedVersion: Hashable, Sendable, CustomStringConvertible {
    /// Append whatever the stream's version.
    case any
    /// The stream must not exist yet.
    case noStream
    /// The stream's last version must be exactly this (1 or more).
    case exact(Int64)

    /// Whether a stream whose last version is `actual` (0 when absent) satisfies this expectation.
    public func isSatisfied(byActual actual: Int64) -> Bool {
        switch self {
        case .any: true
        case .noStream: actual == 0
        case .exact(let version): actual == version
        }
    }

    /// `any`, `no stream` or the exact version, for messages.
    public var description: String {
        switch self {
        case .any: "any"
        case .noStream: "no stream"
        case .exact(let version): "\(version)"
        }
    }
}
