import Foundation
import SotongCore
import SotongDomain
import Testing

/// Given/when/then for the office's rules: a fresh in-memory store whose clock stands at `now`.
struct Scenario {
    let store: InMemoryEventStore
    let office: Office
    /// The data subjects' keys: personal fields are sealed with them.
    let keys = InMemorySubjectKeyStore()
    let now: Date

    init(now: String = "2018-12-31T18:00:00+09:00") {
        let instant = RFC3339.date(from: now)!
        self.now = instant
        self.store = InMemoryEventStore(clock: .fixed(instant))
        self.office = Office(store: store, clock: .fixed(instant), keys: keys)
    }

    /// Office time on a date: `at("2018-03-02", hour: 10)`.
    static func at(_ day: String, hour: Int = 10, minute: Int = 0) -> Date {
        try! LocalDate(day).at(hour: hour, minute: minute)
    }

    func context(_ occurredAt: Date) -> RecordContext {
        RecordContext(actor: "test:clerk", occurredAt: occurredAt)
    }

    /// Records events that the rules must accept.
    @discardableResult
    func given(_ event: some OfficeEvent, on occurredAt: Date) async throws -> RecordedEvent {
        try await office.record(event, context: context(occurredAt))
    }

    /// Records an event that the rules must accept; returns it.
    @discardableResult
    func when(_ event: some OfficeEvent, on occurredAt: Date) async throws -> RecordedEvent {
        try await office.record(event, context: context(occurredAt))
    }

    /// Expects the rules to refuse the event with `rule`, and the store to be unchanged.
    func expectRefused(
        _ event: some OfficeEvent, on occurredAt: Date, rule: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = await store.head()
        do {
            try await office.record(event, context: context(occurredAt))
            Issue.record("expected refusal by rule \(rule), but the event was recorded", sourceLocation: sourceLocation)
        } catch let error as DomainError {
            #expect(error.rule == rule, "refused by \(error.rule): \(error)", sourceLocation: sourceLocation)
        }
        #expect(await store.head() == before, "the store changed", sourceLocation: sourceLocation)
    }
}
