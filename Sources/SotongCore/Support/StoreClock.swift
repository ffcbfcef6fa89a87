public import Foundation

/// Where a store gets the recorded-at time from; injected so that tests are deterministic.
///
/// ```swift
/// let store = InMemoryEventStore(clock: .fixed(Date(timeIntervalSince1970: 0)))
/// ```
public struct StoreClock: Sendable {
    /// Returns the current time.
    public let now: @Sendable () -> Date

    /// A clock from a function.
    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The system's wall clock.
    public static let system = StoreClock { Date() }

    /// Always the same instant.
    public static func fixed(_ date: Date) -> StoreClock { StoreClock { date } }
}
