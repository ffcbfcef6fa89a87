import Foundation
import PostgresNIO
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

/// Failures a test can ask the store to simulate.
///
/// ```swift
/// store.faults.loseNextCommitAcknowledgement()
/// let result = try await store.append(events, to: "p", expecting: .noStream)
/// #expect(result.wasAlreadyStored)   // the retry found the committed events by their ids
/// ```
@_spi(Testing)
public final class PostgresFaults: @unchecked Sendable {
    // @unchecked: `pending` is guarded by `lostAcknowledgements`.
    private let lostAcknowledgements = NSLock()
    private var pending = 0

    init() {}

    /// The next transaction commits, then its connection drops before the caller hears back.
    public func loseNextCommitAcknowledgement(times: Int = 1) {
        lostAcknowledgements.withLock { pending += times }
    }

    func takeLostAcknowledgement() -> Bool {
        lostAcknowledgements.withLock {
            guard pending > 0 else { return false }
            pending -= 1
            return true
        }
    }
}

extension PostgresLocation {
    /// The postgres-nio client configuration for this location and these options.
    func clientConfiguration(options: PostgresStoreOptions) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if host.hasPrefix("/") {
            configuration = .init(unixSocketPath: "\(host)/.s.PGSQL.\(port)", username: user, password: password,
                                  database: database)
        } else {
            configuration = .init(host: host, port: port, username: user, password: password, database: database,
                                  tls: clientTLS)
        }
        configuration.options.maximumConnections = max(1, options.maximumConnections)
        configuration.options.connectTimeout = options.connectTimeout
        var parameters = [("application_name", options.applicationName),
                          ("lock_timeout", "\(options.lockTimeout.milliseconds)ms")]
        if options.readOnly { parameters.append(("default_transaction_read_only", "on")) }
        configuration.options.additionalStartupParameters = parameters
        return configuration
    }

    private var clientTLS: PostgresClient.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch tls {
        case .disable: return .disable
        case .prefer: return .prefer(unverified)
        case .require: return .require(unverified)
        case .verifyFull: return .require(.makeClientConfiguration())
        }
    }
}
