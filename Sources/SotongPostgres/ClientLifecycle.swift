import Foundation
import PostgresNIO

/// Who runs the store's connection pool — postgres-nio's `PostgresClient.run()`, without which no
/// query is answered — and when it stops.
///
/// Either the caller runs it in its own structured task (``PostgresEventStore/run()``,
/// ``PostgresEventStore/withStore(url:options:clock:_:)``, or a service group), or, for a store
/// that is simply created and used, the store starts it in a task of its own on first use. Either
/// way ``PostgresEventStore/close()`` ends it and waits until it has ended.
final class ClientLifecycle: @unchecked Sendable {
    // @unchecked: `state`, `runEnded` and `endWaiters` are guarded by `lock`.
    private enum State {
        /// Nothing runs the pool yet.
        case idle
        /// The caller runs the pool (in ``runClaimed(_:)``).
        case runByCaller
        /// The store runs the pool in this task, started on first use.
        case runByStore(Task<Void, Never>)
        /// Closed: nothing more runs.
        case closed
    }

    private let lock = NSLock()
    private var state = State.idle
    private var runEnded = false
    private var endWaiters: [CheckedContinuation<Void, Never>] = []
    /// Finished by ``close()``: ends ``runClaimed(_:)``.
    private let closing: AsyncStream<Void>
    private let closingContinuation: AsyncStream<Void>.Continuation

    /// Whether ``startIfIdle(_:)`` may start the pool (``PostgresStoreOptions/runsItsPool``).
    private let startsOnFirstUse: Bool

    init(startsOnFirstUse: Bool) {
        self.startsOnFirstUse = startsOnFirstUse
        (closing, closingContinuation) = AsyncStream<Void>.makeStream()
    }

    /// Reserves the pool's run for the caller; false when it already runs, or the store was closed.
    func claim() -> Bool {
        lock.withLock {
            guard case .idle = state else { return false }
            state = .runByCaller
            return true
        }
    }

    /// Runs the claimed pool in a child task until ``close()`` or the calling task's cancellation.
    func runClaimed(_ client: PostgresClient) async {
        await withDiscardingTaskGroup { group in
            group.addTask { await client.run() }
            for await _ in closing {}  // returns when closed, or when this task is cancelled
            group.cancelAll()
        }
        let waiters = lock.withLock {
            runEnded = true
            state = .closed
            defer { endWaiters = [] }
            return endWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// A store used without a caller running its pool runs the pool itself, from its first use.
    func startIfIdle(_ client: PostgresClient) {
        lock.withLock {
            guard startsOnFirstUse, case .idle = state else { return }
            state = .runByStore(Task { await client.run() })
        }
    }

    /// Stops the pool, however it runs, and waits until it has stopped.
    func close() async {
        let selfRun: Task<Void, Never>? = lock.withLock {
            switch state {
            case .runByStore(let task):
                state = .closed
                return task
            case .idle:
                state = .closed
                return nil
            case .runByCaller, .closed:
                return nil  // a caller's run ends itself, below
            }
        }
        closingContinuation.finish()
        if let selfRun {
            selfRun.cancel()
            await selfRun.value
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ended = lock.withLock {
                // Only a caller's run has an end to wait for.
                guard case .runByCaller = state, !runEnded else { return true }
                endWaiters.append(continuation)
                return false
            }
            if ended { continuation.resume() }
        }
    }

    /// The last resort of a store released without ``close()``: its own run is cancelled.
    func cancelOwnRun() {
        lock.withLock {
            if case .runByStore(let task) = state { task.cancel() }
        }
    }
}
