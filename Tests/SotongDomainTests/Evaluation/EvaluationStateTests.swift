import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct EvaluationStateTests {
    typealias F = EvaluationFixture

    /// The example scheme; the head scored on the 4 hand items in H1, then one correction.
    private func scoredHistory() async throws -> (Scenario, correction: RecordedEvent, policy: RecordedEvent) {
        let s = try await F.ready()
        try await s.given(F.registered(F.otherHead), on: Scenario.at("2018-01-20"))
        try await s.given(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"))
        let policy = try await s.given(F.scored(.policyCustomerManagement, 7), on: Scenario.at("2018-06-25"))
        try await s.given(F.scored(.systemImprovement, 6), on: Scenario.at("2018-06-25"))
        try await s.given(F.scored(.communicationManagement, 10), on: Scenario.at("2018-06-25"))
        let correction = try await s.given(F.corrected(.communicationPlan, 9), on: Scenario.at("2018-07-05"))
        try await s.given(EvaluationRoundCompleted(half: F.h1), on: Scenario.at("2018-07-10"))
        return (s, correction, policy)
    }

    @Test func theCorrectedScoreWinsAndMissingItemsAreNil() async throws {
        let (s, correction, policy) = try await scoredHistory()
        let state = try EvaluationState(try await s.store.readStream(EvaluationState.stream(year: 2018)))

        #expect(state.score(half: F.h1, head: F.head, item: .communicationPlan) == 9)
        #expect(state.score(half: F.h1, head: F.head, item: .policyCustomerManagement) == 7)
        #expect(state.score(half: F.h1, head: F.head, item: .systemImprovement) == 6)
        #expect(state.score(half: F.h1, head: F.head, item: .communicationManagement) == 10)
        for item in [EvaluationItem.trainingParticipation, .petitionHandling, .fieldCommunication] {
            #expect(state.score(half: F.h1, head: F.head, item: item) == nil)
        }
        #expect(state.score(half: F.h2, head: F.head, item: .communicationPlan) == nil)
        #expect(state.score(half: F.h1, head: F.otherHead, item: .communicationPlan) == nil)

        let plan = state.itemScore(half: F.h1, head: F.head, item: .communicationPlan)
        #expect(plan?.eventID == correction.id)
        #expect(plan?.corrections == 1)
        #expect(plan?.correctionReason == "추가 증빙 확인")
        #expect(plan?.evidence == "부서 소통계획서 제출")
        #expect(state.itemScore(half: F.h1, head: F.head, item: .policyCustomerManagement)?.eventID == policy.id)
        #expect(state.heads(year: 2018).map(\.head) == [F.otherHead, F.head])
        #expect(state.completedRoundCount(year: 2018) == 1)
        #expect(state.isCompleted(F.h1))
        #expect(!state.isCompleted(F.h2))
    }

    @Test func weighsItemsAreasAndTheTotal() async throws {
        let (s, _, _) = try await scoredHistory()
        let state = try EvaluationState(try await s.store.readStream(EvaluationState.stream(year: 2018)))
        let derived: [EvaluationItem: Double] = [.trainingParticipation: 5, .petitionHandling: 16, .fieldCommunication: 10]

        // Without the derived items nothing adds up: missing is nil, never 0.
        #expect(state.weightedTotal(half: F.h1, head: F.head) == nil)
        #expect(state.areaSubtotal(half: F.h1, head: F.head, area: .internal) == nil)
        #expect(state.weightedPoints(half: F.h1, head: F.head, item: .petitionHandling) == nil)
        // 15×9/10 = 13.5 (the correction, not 12 from the original 8).
        #expect(state.weightedPoints(half: F.h1, head: F.head, item: .communicationPlan) == 13.5)
        // 13.5 + 15×5/10 + 10×7/10 + 15×6/10 + 15×10/10 = 13.5 + 7.5 + 7 + 9 + 15
        #expect(state.areaSubtotal(half: F.h1, head: F.head, area: .internal, derived: derived) == 52)
        // 15×16/20 + 15×10/20 = 12 + 7.5
        #expect(state.areaSubtotal(half: F.h1, head: F.head, area: .external, derived: derived) == 19.5)
        #expect(state.weightedTotal(half: F.h1, head: F.head, derived: derived) == 71.5)
        // A head without scores has no total, whatever is derived.
        #expect(state.weightedTotal(half: F.h1, head: F.otherHead, derived: derived) == nil)
    }

    @Test func foldsTheSameFromTypedEvents() throws {
        var state = EvaluationState()
        let first = UUID(), second = UUID()
        state.apply(F.scheme, id: UUID())
        state.apply(F.registered(), id: UUID())
        state.apply(F.scored(.systemImprovement, 4), id: first)
        state.apply(F.corrected(.systemImprovement, 5, supersedes: first), id: second)
        state.apply(F.corrected(.systemImprovement, 6, supersedes: second), id: nil)
        // A correction of a score never given is ignored: no data stays nil.
        state.apply(F.corrected(.communicationPlan, 3), id: UUID())

        #expect(state.score(half: F.h1, head: F.head, item: .systemImprovement) == 6)
        #expect(state.itemScore(half: F.h1, head: F.head, item: .systemImprovement)?.corrections == 2)
        #expect(state.score(half: F.h1, head: F.head, item: .communicationPlan) == nil)
        #expect(state.hasScores(year: 2018))
        #expect(!state.hasScores(year: 2019))
    }
}
