public import Foundation
public import SotongCore

/// Small, deterministic events for store tests (not office events: the stores know no domain).
public enum SampleEvents {
    /// A fixed business time: 2018-03-02 10:00 KST.
    public static let baseTime = Date(timeIntervalSince1970: 1_519_952_400)

    /// An event of type `sample.noted` whose payload holds `number` (and optional text).
    public static func noted(
        _ number: Int, id: UUID = TimeOrderedID.next(), type: String = "sample.noted", text: String = "", actor: String = "test:clerk",
        reason: String? = nil
    ) -> EventData {
        let payload = Data(#"{"number":\#(number),"text":"\#(text)"}"#.utf8)
        return EventData(id: id, type: type, payload: payload,
                         occurredAt: baseTime.addingTimeInterval(Double(number) * 60),
                         metadata: EventMetadata(actor: actor, correlationID: nil, causationID: nil, reason: reason))
    }

    /// `count` events numbered from `first`.
    public static func batch(_ count: Int, from first: Int = 1, type: String = "sample.noted") -> [EventData] {
        (first..<(first + count)).map { noted($0, type: type) }
    }
}

/// A clock that moves forward one second each time it is read (and can be told to go back).
public final class SteppingClock: @unchecked Sendable {
    // @unchecked: the mutable instant is guarded by `lock`.
    private let lock = NSLock()
    private var instant: Date
    private let step: TimeInterval

    public init(start: Date = SampleEvents.baseTime, step: TimeInterval = 1) {
        instant = start
        self.step = step
    }

    /// Moves the clock by `interval` (negative to go back, as a badly set machine clock would).
    public func move(by interval: TimeInterval) {
        lock.withLock { instant.addTimeInterval(interval) }
    }

    public var storeClock: StoreClock {
        StoreClock { [self] in
            lock.withLock {
                defer { instant.addTimeInterval(step) }
                return instant
            }
        }
    }
}
