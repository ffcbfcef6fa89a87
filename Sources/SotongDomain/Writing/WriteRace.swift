import SotongCore

/// Why a write's commit must be checked again: another writer changed what its rules saw between
/// the check and the append. ``WriteRetry`` re-checks against the new state and retries, a bounded
/// number of times; after the last attempt the underlying error is thrown.
package enum WriteRace: Error, Sendable {
    /// Another writer made a subject's key first: the values sealed with the staged key must be sealed again.
    case keyMadeElsewhere
    /// The store refused the append because another writer got in first: a stream moved on
    /// (``ConcurrencyError``) or an event id was stored meanwhile.
    case storeChanged(any Error)

    /// The error to report when no attempt is left.
    package var underlying: any Error {
        switch self {
        case .keyMadeElsewhere: self
        case .storeChanged(let error): error
        }
    }

    /// The store's append error as a race, when it is one.
    static func classify(_ error: any Error) -> any Error {
        switch error {
        case is ConcurrencyError: WriteRace.storeChanged(error)
        case let error as EventStoreError
            where error.code == .duplicateEventID || (error.code == .invalidBatch && error.field == "id"):
            WriteRace.storeChanged(error)
        default: error
        }
    }
}
