import Foundation
import PostgresNIO

/// Runs work on a connection, but stops waiting for it as soon as the connection closes.
///
/// postgres-nio 1.33 never answers a query written to a connection in the moment it closes (the
/// server terminated it, the network dropped it): whoever awaits that query waits forever. So the
/// work runs in a task of its own while a watch looks at the connection; when the connection is
/// closed first, the caller gets ``PostgresFailure/ConnectionLost`` and tries again on another
/// connection, and the stranded work is abandoned. A retry is safe even when the work did commit:
/// event ids make an append that is tried twice come back as already stored.
enum ConnectionWatch {
    static func run<T: Sendable>(
        on connection: PostgresConnection, interval: Duration = .milliseconds(25),
        _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let task = Task { try await work() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                let outcome = Outcome(continuation)
                Task { outcome.resume(with: await task.result) }
                Task {
                    while !outcome.isResumed {
                        if connection.isClosed {
                            // Let a query that was failed properly report its own error first.
                            try? await Task.sleep(for: interval)
                            outcome.resume(with: .failure(PostgresFailure.ConnectionLost()))
                            return
                        }
                        try? await Task.sleep(for: interval)
                    }
                }
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Resumes a continuation once, whichever side comes first.
    private final class Outcome<T: Sendable>: @unchecked Sendable {
        // @unchecked: `continuation` is guarded by `lock`.
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?

        init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = continuation }

        var isResumed: Bool { lock.withLock { continuation == nil } }

        func resume(with result: Result<T, any Error>) {
            let waiting = lock.withLock {
                defer { continuation = nil }
                return continuation
            }
            waiting?.resume(with: result)
        }
    }
}
