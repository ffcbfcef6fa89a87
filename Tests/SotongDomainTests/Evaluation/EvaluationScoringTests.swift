import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct EvaluationScoringTests {
    typealias F = EvaluationFixture

    @Test func scoresAHandItem() async throws {
        let s = try await F.ready()
        let recorded = try await s.when(F.scored(.communicationPlan, 8.5), on: Scenario.at("2018-06-25"))
        #expect(recorded.stream == "evaluation-2018")
        #expect(recorded.type == "evaluation.scored")
    }

    @Test func refusesScoringWithoutASchemeOrARegisteredHead() async throws {
        let s = Scenario()
        try await s.given(F.registered(), on: Scenario.at("2018-01-20"))
        try await s.expectRefused(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"), rule: "evaluation.no-scheme")
        try await s.given(F.scheme, on: Scenario.at("2018-01-25"))
        try await s.expectRefused(F.scored(.communicationPlan, 8, head: F.otherHead), on: Scenario.at("2018-06-25"),
                                  rule: "evaluation.head-unknown")
    }

    @Test func refusesAHalfNotBegun() async throws {
        let s = try await F.ready()
        try await s.expectRefused(F.scored(.communicationPlan, 8, half: F.h2), on: Scenario.at("2018-06-30"),
                                  rule: "evaluation.half-not-begun")
    }

    @Test(arguments: [EvaluationItem.trainingParticipation, .petitionHandling, .fieldCommunication])
    func refusesScoringOrCorrectingDerivedItemsByHand(item: EvaluationItem) async throws {
        let s = try await F.ready()
        try await s.expectRefused(F.scored(item, 5), on: Scenario.at("2018-06-25"), rule: "evaluation.derived-item")
        try await s.expectRefused(F.corrected(item, 5), on: Scenario.at("2018-06-25"), rule: "evaluation.derived-item")
    }

    @Test(arguments: [10.5, -0.5, Double.infinity, Double.nan])
    func refusesScoresOutsideTheMaximum(score: Double) async throws {
        let s = try await F.ready()
        try await s.expectRefused(F.scored(.systemImprovement, score), on: Scenario.at("2018-06-25"),
                                  rule: "evaluation.score-out-of-range")
    }

    @Test func acceptsTheBoundsOfTheScale() async throws {
        let s = try await F.ready()
        try await s.when(F.scored(.systemImprovement, 0), on: Scenario.at("2018-06-25"))
        try await s.when(F.scored(.communicationManagement, 10), on: Scenario.at("2018-06-25"))
    }

    @Test func refusesMissingEvidenceOrEvaluator() async throws {
        let s = try await F.ready()
        try await s.expectRefused(F.scored(.communicationPlan, 8, evidence: ""), on: Scenario.at("2018-06-25"),
                                  rule: "evaluation.evidence-required")
        try await s.expectRefused(F.scored(.communicationPlan, 8, evidence: String(repeating: "증", count: 501)),
                                  on: Scenario.at("2018-06-25"), rule: "evaluation.evidence-required")
        try await s.expectRefused(F.scored(.communicationPlan, 8, evaluator: "   "), on: Scenario.at("2018-06-25"),
                                  rule: "evaluation.evaluator-required")
    }

    @Test func refusesASecondScoreForTheSameHalfHeadAndItem() async throws {
        let s = try await F.ready()
        try await s.given(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"))
        try await s.expectRefused(F.scored(.communicationPlan, 9), on: Scenario.at("2018-06-26"), rule: "evaluation.already-scored")
        // The other half is scored separately.
        try await s.when(F.scored(.communicationPlan, 9, half: F.h2), on: Scenario.at("2018-12-20"))
    }

    @Test func correctsAScore() async throws {
        let s = try await F.ready()
        let original = try await s.given(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"))
        let recorded = try await s.when(F.corrected(.communicationPlan, 9, supersedes: original.id),
                                        on: Scenario.at("2018-07-05"))
        #expect(recorded.stream == "evaluation-2018")
        #expect(recorded.type == "evaluation.score-corrected")
    }

    @Test func refusesACorrectionThatSupersedesAnotherEvent() async throws {
        let s = try await F.ready()
        let original = try await s.given(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"))
        try await s.expectRefused(F.corrected(.communicationPlan, 9, supersedes: UUID()), on: Scenario.at("2018-07-05"),
                                  rule: "evaluation.supersedes-unknown")
        let first = try await s.when(F.corrected(.communicationPlan, 9, supersedes: original.id),
                                     on: Scenario.at("2018-07-05"))
        // The original is no longer the current score: a second correction must name the first correction.
        try await s.expectRefused(F.corrected(.communicationPlan, 7, supersedes: original.id),
                                  on: Scenario.at("2018-07-06"), rule: "evaluation.supersedes-unknown")
        try await s.when(F.corrected(.communicationPlan, 7, supersedes: first.id), on: Scenario.at("2018-07-06"))
    }

    @Test func refusesCorrectingAScoreNeverGiven() async throws {
        let s = try await F.ready()
        try await s.given(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"))
        try await s.expectRefused(F.corrected(.systemImprovement, 9), on: Scenario.at("2018-07-05"), rule: "evaluation.no-score")
        try await s.expectRefused(F.corrected(.communicationPlan, 9, half: F.h2), on: Scenario.at("2018-12-20"),
                                  rule: "evaluation.no-score")
    }

    @Test func refusesACorrectionOutsideTheMaximumOrWithoutAReason() async throws {
        let s = try await F.ready()
        try await s.given(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"))
        try await s.expectRefused(F.corrected(.communicationPlan, 11), on: Scenario.at("2018-07-05"),
                                  rule: "evaluation.score-out-of-range")
        try await s.expectRefused(F.corrected(.communicationPlan, 9, reason: ""), on: Scenario.at("2018-07-05"),
                                  rule: "evaluation.reason-required")
    }

    @Test func completesEachHalfsRoundOnce() async throws {
        let s = try await F.ready()
        let first = try await s.when(EvaluationRoundCompleted(half: F.h1), on: Scenario.at("2018-06-29"))
        #expect(first.stream == "evaluation-2018")
        #expect(first.type == "evaluation.round-completed")
        try await s.expectRefused(EvaluationRoundCompleted(half: F.h1), on: Scenario.at("2018-07-02"),
                                  rule: "evaluation.round-twice")
        try await s.expectRefused(EvaluationRoundCompleted(half: F.h2), on: Scenario.at("2018-06-30"),
                                  rule: "evaluation.half-not-begun")
        try await s.when(EvaluationRoundCompleted(half: F.h2), on: Scenario.at("2018-12-28"))
        let state = try EvaluationState(try await s.store.readStream(EvaluationState.stream(year: 2018)))
        #expect(state.completedRoundCount(year: 2018) == 2)
    }

    @Test func refusesARoundWithoutAScheme() async throws {
        let s = Scenario()
        try await s.expectRefused(EvaluationRoundCompleted(half: F.h1), on: Scenario.at("2018-06-29"),
                                  rule: "evaluation.no-scheme")
    }
}
