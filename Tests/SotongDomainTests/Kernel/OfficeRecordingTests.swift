import Foundation
import SotongCore
import SotongDomain
import Testing

/// The rules every event shares, and optimistic concurrency for commands.
@Suite struct OfficeRecordingTests {
    let session = AcademySessionHeld(title: "소통아카데미 1회", participants: 95, departmentsAttending: ["transport-policy"])

    @Test func anOccurredAtMoreThanADayAheadIsRefused() async throws {
        let scenario = Scenario(now: "2018-03-02T10:00:00+09:00")
        let tomorrowEvening = RFC3339.date(from: "2018-03-03T11:00:00+09:00")!
        try await scenario.expectRefused(session, on: tomorrowEvening, rule: "event.occurred-in-future")
        // Within a day of the clock is accepted (clock skew between machines).
        try await scenario.when(session, on: RFC3339.date(from: "2018-03-03T09:00:00+09:00")!)
    }

    @Test func anActorIsRequired() async throws {
        let scenario = Scenario(now: "2018-03-02T10:00:00+09:00")
        let before = await scenario.store.head()
        do {
            try await scenario.office.record(session, context: RecordContext(actor: "  ", occurredAt: scenario.now))
            Issue.record("an event without an actor was recorded")
        } catch let error as DomainError {
            #expect(error.rule == "event.actor-required")
            #expect(error.field == "metadata.actor")
        }
        #expect(await scenario.store.head() == before)
    }

    @Test func twoCommandsOnAStaleStateCannotBothSucceed() async throws {
        let scenario = Scenario(now: "2018-12-31T18:00:00+09:00")
        try await scenario.given(session, on: Scenario.at("2018-03-02"))
        // Two clerks check against the same state of the academy stream…
        var first = WriteSession(view: scenario.store, clock: .fixed(scenario.now), keys: nil)
        var second = WriteSession(view: scenario.store, clock: .fixed(scenario.now), keys: nil)
        _ = try await first.write(session, context: scenario.context(Scenario.at("2018-05-04")))
        _ = try await second.write(session, context: scenario.context(Scenario.at("2018-05-05")))
        let stream = session.stream
        // …the first append wins, the second fails on the version it saw, and nothing of it is stored.
        _ = try await first.commit(to: scenario.store)
        do {
            _ = try await second.commit(to: scenario.store)
            Issue.record("a commit from a stale state was appended")
        } catch let race as WriteRace {
            #expect(race.underlying as? ConcurrencyError == ConcurrencyError(stream: stream, expected: .exact(1), actual: 2))
        }
        #expect(await scenario.store.head().position == 2)
    }

    @Test func aBatchOfEventsIsAllOrNothing() async throws {
        let scenario = Scenario(now: "2018-12-31T18:00:00+09:00")
        let bad = AcademySessionHeld(title: "", participants: 10, departmentsAttending: [])
        do {
            _ = try await scenario.office.record([(session, scenario.context(Scenario.at("2018-03-02"))),
                                                  (bad, scenario.context(Scenario.at("2018-03-03")))])
            Issue.record("a batch with a refused event was recorded")
        } catch is DomainError {}
        #expect(await scenario.store.head() == .empty)
    }
}
