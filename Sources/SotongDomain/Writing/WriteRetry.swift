import Foundation

/// Runs a write again when another writer got in between its check and its append: a stream it
/// writes moved on (``ConcurrencyError``), an event id it writes was stored first, or a subject key
/// it made was made first (``WriteRace``). Each attempt checks the rules again against the new
/// state, so an event that only raced on a shared stream's version goes in, and a true rule race
/// (the same petition answered twice) still has exactly one winner: the loser's rules refuse it.
package enum WriteRetry {
    /// Attempts at most, the first included.
    package static let maximumAttempts = 8

    /// Runs `attempt` (given its 1-based number) until it ends in something other than a race.
    package static func run<Result: Sendable>(_ attempt: (Int) async throws -> Result) async throws -> Result {
        var number = 1
        while true {
            do {
                return try await attempt(number)
            } catch let race as WriteRace {
                guard number < maximumAttempts else { throw race.underlying }
                // A short pause that grows and is jittered, so racing writers do not meet again in step.
                let ceiling = UInt64(1 << min(number, 6)) * 1_000_000
                try await Task.sleep(nanoseconds: UInt64.random(in: ceiling / 2 ... ceiling))
                number += 1
            }
        }
    }
}
