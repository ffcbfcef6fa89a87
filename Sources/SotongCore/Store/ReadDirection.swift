/// Which way to read a stream.
///
/// ```swift
/// let last = try await store.readStream("organisation", from: .max, direction: .backwards, limit: 1)
/// ```
public enum ReadDirection: Hashable, Sendable {
    /// Oldest first.
    case forwards
    /// Newest first.
    case backwards
}
