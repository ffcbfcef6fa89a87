import Foundation

/// Thrown by ``withTimeLimit(_:_:_:)`` when the work had not finished in time.
public struct TimeLimitExceeded: Error, CustomStringConvertible {
    /// What was awaited, as the test named it.
    public let what: String
    /// How long the test waited.
    public let limit: Duration

    /// "…: no result within 30 s".
    public var description: String { "\(what): no result within \(limit.components.seconds) s" }
}

/// Runs `work`, but waits for it at most `limit`: then the work is cancelled and
/// ``TimeLimitExceeded`` is thrown, naming `what`, so that a test awaiting something that never
/// comes (a subscription's next message) fails with a message instead of hanging. The caller stops
/// waiting even when the work ignores the cancellation.
///
/// ```swift
/// let seen = try await withTimeLimit(.seconds(30), "the subscription's live events") {
///     var iterator = store.subscribe(after: 2).makeAsyncIterator()
///     return try await iterator.next()
/// }
/// ```
public func withTimeLimit<T: Sendable>(
    _ limit: Duration = .seconds(30), _ what: String, _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
    let task = Task { try await work() }
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let race = FirstResult(continuation)
            let timer = Task {
                try? await Task.sleep(for: limit)
                if race.resume(with: .failure(TimeLimitExceeded(what: what, limit: limit))) { task.cancel() }
            }
            Task {
                race.resume(with: await task.result)
                timer.cancel()
            }
        }
    } onCancel: {
        task.cancel()
    }
}

/// Resumes a continuation with whichever result comes first.
private final class FirstResult<T: Sendable>: @unchecked Sendable {
    // @unchecked: `continuation` is guarded by `lock`.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = continuation }

    /// True when this result was the first.
    @discardableResult
    func resume(with result: Result<T, any Error>) -> Bool {
        let waiting = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
        return waiting != nil
    }
}
