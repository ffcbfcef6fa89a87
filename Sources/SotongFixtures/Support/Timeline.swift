public import Foundation
import SotongCore
import SotongDomain

/// The events of one part of the fixture, each with its business time and who records it, in
/// whatever order the programmes produce them. ``record(into:random:)`` records them in time order.
final class Timeline {
    /// One event waiting to be recorded.
    struct Item {
        let occurredAt: Date
        let sequence: Int
        let event: any OfficeEvent
        let actor: String
        let reason: String?
    }

    private(set) var items: [Item] = []

    /// Schedules `event` at `occurredAt`.
    func add(_ event: some OfficeEvent, at occurredAt: Date, actor: String, reason: String? = nil) {
        items.append(Item(occurredAt: occurredAt, sequence: items.count, event: event, actor: actor, reason: reason))
    }

    /// The latest business time scheduled, if any.
    var latest: Date? { items.map(\.occurredAt).max() }

    /// The items in the order they are recorded: by business time, then in the order scheduled.
    /// Equal times are moved apart by a minute each, so that business times strictly increase
    /// through the log (and so within every stream).
    func ordered() -> [Item] {
        let sorted = items.sorted { ($0.occurredAt, $0.sequence) < ($1.occurredAt, $1.sequence) }
        var result: [Item] = []
        result.reserveCapacity(sorted.count)
        for item in sorted {
            var at = item.occurredAt
            if let previous = result.last?.occurredAt, at <= previous { at = previous.addingTimeInterval(60) }
            result.append(Item(occurredAt: at, sequence: item.sequence, event: item.event, actor: item.actor,
                               reason: item.reason))
        }
        return result
    }

    /// Records every item through the office, rules checked, with event ids drawn from `random`.
    ///
    /// - Returns: how many events were recorded.
    @discardableResult
    func record(into office: Office, random: SeededRandom) async throws -> Int {
        let ordered = ordered()
        for item in ordered {
            let context = RecordContext(actor: item.actor, occurredAt: item.occurredAt, eventID: random.uuid(),
                                        reason: item.reason)
            do {
                _ = try await office.record([(item.event, context)])
            } catch {
                throw FixtureError(event: type(of: item.event).eventType, stream: item.event.stream.rawValue,
                                   occurredAt: item.occurredAt, underlying: "\(error)")
            }
        }
        return ordered.count
    }
}

/// An event of the fixture that the office's rules refused: a bug in the generator.
public struct FixtureError: Error, CustomStringConvertible {
    /// The event type refused.
    public let event: String
    /// Its stream.
    public let stream: String
    /// Its business time.
    public let occurredAt: Date
    /// What the rules said.
    public let underlying: String

    public var description: String {
        "fixture event \(event) in \(stream) at \(RFC3339.string(from: occurredAt)) was refused: \(underlying)"
    }
}
