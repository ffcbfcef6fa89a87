import PostgresNIO
import SotongCore

/// Sorts the driver's and the server's failures into transient ones (tried again) and the store
/// errors they become. Messages name the location and the SQLSTATE, never the server's own text
/// (it can quote values, and values can be personal data).
enum PostgresFailure {
    /// A connection found closed before use, or that closed while work on it was under way.
    struct ConnectionLost: Error {}

    /// The SQLSTATE of a server error, if this is one.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Whether trying again may succeed: a serialization failure, a deadlock, a standby's
    /// recovery conflict, or a connection that went away (the commit may or may not have happened;
    /// event ids make the retry safe).
    static func isTransient(_ error: any Error) -> Bool {
        if error is ConnectionLost { return true }
        if let state = sqlState(error) {
            return ["40001", "40P01", "57P01", "57P02", "57P03"].contains(state) || state.hasPrefix("08")
        }
        return isConnectionFailure(error)
    }

    /// Whether the connection itself failed (so nothing more can be sent on it).
    static func isConnectionFailure(_ error: any Error) -> Bool {
        if error is ConnectionLost { return true }
        if let state = sqlState(error) { return state.hasPrefix("08") || state.hasPrefix("57P") }
        guard let error = error as? PSQLError else { return false }
        return [.serverClosedConnection, .uncleanShutdown, .connectionError, .clientClosedConnection].contains(error.code)
    }

    /// The store error for a failure that was not retried, or retried until the attempts ran out.
    static func storeError(_ error: any Error, location: PostgresLocation, operation: String) -> any Error {
        switch error {
        case is EventStoreError, is ConcurrencyError, is CancellationError: return error
        case is PostgresDecodingError:
            return EventStoreError(code: .corrupt, message: "\(location) holds a value that no Sotong could have written")
        case is ConnectionLost:
            return EventStoreError(code: .storage, message: "lost the connection to \(location) while \(operation)")
        default: break
        }
        if let state = sqlState(error) { return serverError(state: state, error: error, location: location, operation: operation) }
        if let error = error as? PSQLError {
            switch error.code {
            case .poolClosed:
                return EventStoreError(code: .closed, message: "the store at \(location) was closed")
            case .serverClosedConnection, .uncleanShutdown, .connectionError, .clientClosedConnection:
                return EventStoreError(code: .storage, message: "lost the connection to \(location) while \(operation)")
            case .sslUnsupported:
                return EventStoreError(code: .storage, message: "\(location) does not offer TLS, which sslmode requires")
            case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
                return EventStoreError(code: .storage,
                                       message: "could not log in to \(location) (check the user, and the password or PGPASSWORD)")
            default:
                return EventStoreError(code: .storage, message: "PostgreSQL client error (\(error.code)) on \(location)")
            }
        }
        return EventStoreError(code: .storage, message: "cannot reach \(location) (\(type(of: error)))")
    }

    private static func serverError(state: String, error: any Error, location: PostgresLocation, operation: String)
        -> EventStoreError
    {
        let constraint = (error as? PSQLError)?.serverInfo?[.constraintName].map { " on \($0)" } ?? ""
        switch state {
        case "40001", "40P01":
            return EventStoreError(code: .locked, message: "\(location) kept reporting conflicting writers (SQLSTATE \(state)); try again")
        case "55P03":
            return EventStoreError(code: .locked, message: "\(location) is locked by another writer; try again later")
        case "25006":
            return EventStoreError(code: .readOnly,
                                   message: "\(location) accepts only reads (a standby, or a read-only session); nothing was written")
        case "42501":
            return EventStoreError(code: .storage, message: "the role may not do this on \(location) (permission denied while \(operation))")
        case "3D000":
            return EventStoreError(code: .missing, message: "there is no database \(location.database) at \(location)")
        case "28000", "28P01":
            return EventStoreError(code: .storage,
                                   message: "could not log in to \(location) (check the user, and the password or PGPASSWORD)")
        case "53100":
            return EventStoreError(code: .storage, message: "the disk holding \(location) is full; nothing was written")
        case "53300":
            return EventStoreError(code: .locked, message: "\(location) has too many connections; try again later")
        case "57014":
            return EventStoreError(code: .locked, message: "\(location) cancelled a statement (timeout) while \(operation)")
        case "P0001":
            return EventStoreError(code: .storage, message: "\(location) refused the change: the log is append-only and its head only moves forward")
        default:
            if state.hasPrefix("08") || state.hasPrefix("57P") {
                return EventStoreError(code: .storage, message: "lost the connection to \(location) while \(operation)")
            }
            return EventStoreError(code: .storage,
                                   message: "PostgreSQL error SQLSTATE \(state)\(constraint) on \(location) while \(operation)")
        }
    }
}
