import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

@Suite("Department communication scores: explanations and checkpoints")
struct ScoresExplainTests {
    typealias F = ScoresFixture

    @Test("the 현장소통 cell is explained by the head's registration and its own field days only")
    func explainFieldCommunication() async throws {
        let history = try await ScoresProjectionTests.recorded()
        let events = try await history.world.runner.explain(
            ScoresProjection(year: 2018), cutoff: .date(try LocalDate("2018-06-30")), table: "scores-h1",
            row: F.housing.rawValue, column: "field-communication")
        // The registration creates the row (0 of 6 days: 0.00); each of the three days adds 3.33 points.
        // Other departments' days, the director's and the mayor's days do not change it.
        let expected = ["reg-housing", "fd-housing-1", "fd-housing-2", "fd-housing-3"].compactMap { history.marks[$0] }
        #expect(expected.count == 4)
        #expect(events.map(\.id) == expected.map(\.id))
        #expect(events.dropFirst().allSatisfy { $0.type == FieldDayHeld.eventType })
    }

    @Test("the 민원처리 cell changes with each receipt that falls due and each answer on time, not a late one")
    func explainPetitionHandling() async throws {
        let history = try await ScoresProjectionTests.recorded()
        let events = try await history.world.runner.explain(
            ScoresProjection(year: 2018), cutoff: .date(try LocalDate("2018-06-30")), table: "scores-h1",
            row: F.transport.rawValue, column: "petition-handling")
        // 자료 없음 → 0.00 (2018-0003 due, unanswered) → 20.00 → 10.00 → 6.67 → 13.33 → 10.00 → 15.00. The late
        // answer of 2018-0002 leaves it late; 2018-0008 (not due by 2018-06-30, then transferred) never counts.
        let marks = ["reg-transport", "p3-received", "p3-answered", "p1-received", "p2-received", "p1-answered",
                     "p4-received", "p4-answered"]
        let expected = marks.compactMap { history.marks[$0] }
        #expect(expected.count == marks.count)
        #expect(events.map(\.id) == expected.map(\.id))
    }

    @Test("catch-up from a saved checkpoint equals a full rebuild, and the checkpoint holds no personal data")
    func catchUpEqualsRebuild() async throws {
        var history = ScoresHistory(ScoresWorld())
        try await history.recordFirstHalf()
        let runner = history.world.runner
        let projection = ScoresProjection(year: 2018)

        let midway = try await runner.catchUp(projection, from: nil)
        let saved = try CanonicalJSON.encode(midway)
        let text = String(decoding: saved, as: UTF8.self)
        #expect(!text.contains("홍길동") && !text.contains("010-1234-5678"))
        let loaded = try CanonicalJSON.decode(ProjectionCheckpoint<ScoresProjection.State>.self, from: saved)
        #expect(try CanonicalJSON.encode(loaded) == saved)

        try await history.recordSecondHalf()
        let caughtUp = try await runner.catchUp(projection, from: loaded)
        let rebuilt = try await runner.catchUp(projection, from: nil)
        #expect(caughtUp.position == rebuilt.position)
        #expect(caughtUp.position > midway.position)
        #expect(try CanonicalJSON.encode(caughtUp.state) == CanonicalJSON.encode(rebuilt.state))

        let full = try await runner.result(projection)
        let fromCheckpoint = ProjectionResult(projection: ScoresProjection.name, moment: full.moment,
                                              tables: projection.view(of: caughtUp.state, at: full.moment))
        #expect(fromCheckpoint.digest == full.digest)
        #expect(full.text("scores-h1", F.transport, "total") == "88.25")
        #expect(fromCheckpoint.text("scores-h2", F.welfare, "petition-handling") == "20.00")
    }

    @Test("the fold reads exactly the event types it needs")
    func eventTypes() {
        let types = ScoresProjection().eventTypes ?? []
        #expect(types == [
            "evaluation.scheme-adopted", "evaluation.head-registered", "evaluation.scored",
            "evaluation.score-corrected", "evaluation.round-completed", "petition.received", "petition.assigned",
            "petition.transferred", "petition.extension-granted", "petition.outcome-recorded", "petition.reopened",
            "petition.closed-as-repeat", "calendar.holidays-published", "field-day.held", "academy.session-held",
            "conflict.training-held",
        ])
        #expect(ScoresProjection.name == "scores")
    }
}
