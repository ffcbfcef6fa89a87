import SotongCore

/// Opens the schema once, for every caller at once; a failed opening is tried again by the next caller.
actor OpeningGate {
    private enum State {
        case unopened
        case opening(Task<Void, any Error>)
        case open
        case closed
    }

    private var state = State.unopened

    func open(closedMessage: @autoclosure () -> String, _ prepare: @escaping @Sendable () async throws -> Void)
        async throws
    {
        switch state {
        case .open: return
        case .closed: throw EventStoreError(code: .closed, message: closedMessage())
        case .opening(let task): try await task.value
        case .unopened:
            let task = Task { try await prepare() }
            state = .opening(task)
            do {
                try await task.value
                if case .opening = state { state = .open }
            } catch {
                if case .opening = state { state = .unopened }
                throw error
            }
        }
    }

    func close() {
        state = .closed
    }
}
