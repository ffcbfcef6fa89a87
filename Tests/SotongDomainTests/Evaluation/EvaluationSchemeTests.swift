import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct EvaluationSchemeTests {
    typealias F = EvaluationFixture

    @Test func adoptsTheSchemeIntoTheYearsStream() async throws {
        let s = Scenario()
        let recorded = try await s.when(F.scheme, on: Scenario.at("2018-01-15"))
        #expect(recorded.stream == "evaluation-2018")
        #expect(recorded.type == "evaluation.scheme-adopted")
        #expect(F.scheme.weight(of: .internal) == 70)
        #expect(F.scheme.weight(of: .external) == 30)
        #expect(F.scheme.maximum(of: .petitionHandling) == 20)
        #expect(EvaluationArea.internal.items.count == 5)
        #expect(EvaluationArea.external.items == [.petitionHandling, .fieldCommunication])
    }

    @Test func replacesTheSchemeBeforeTheFirstScore() async throws {
        let s = try await F.ready()
        var replacement = F.scheme(changing: .communicationPlan, maximum: 20)
        replacement.adoptedBy = nil
        try await s.when(replacement, on: Scenario.at("2018-02-01"))
        let state = try EvaluationState(try await s.store.readStream(EvaluationState.stream(year: 2018)))
        #expect(state.scheme(year: 2018)?.maximum(of: .communicationPlan) == 20)
    }

    @Test func refusesASchemeReplacedAfterTheFirstScore() async throws {
        let s = try await F.ready()
        try await s.given(F.scored(.communicationPlan, 8), on: Scenario.at("2018-06-25"))
        try await s.expectRefused(F.scheme, on: Scenario.at("2018-06-26"), rule: "evaluation.scheme-locked")
    }

    @Test func refusesYearsBefore2018OrFarAhead() async throws {
        let s = Scenario()
        try await s.expectRefused(F.scheme(year: 2017), on: Scenario.at("2017-12-20"), rule: "evaluation.year-invalid")
        try await s.expectRefused(F.scheme(year: 2020), on: Scenario.at("2018-12-20"), rule: "evaluation.year-invalid")
        try await s.when(F.scheme(year: 2019), on: Scenario.at("2018-12-20"))
    }

    @Test func refusesMissingOrRepeatedAreas() async throws {
        let s = Scenario()
        var internalOnly = F.scheme
        internalOnly.areas.removeLast()
        try await s.expectRefused(internalOnly, on: Scenario.at("2018-01-15"), rule: "evaluation.scheme-areas")
        var twice = F.scheme
        twice.areas[1].area = .internal
        try await s.expectRefused(twice, on: Scenario.at("2018-01-15"), rule: "evaluation.scheme-areas")
    }

    @Test func refusesItemsOutsideTheirAreaRepeatedOrMissing() async throws {
        let s = Scenario()
        var misplaced = F.scheme
        let petition = misplaced.areas[1].items.removeFirst()
        misplaced.areas[0].items.append(petition)
        let error = await F.refusal(misplaced, in: s, on: "2018-01-15")
        #expect(error?.rule == "evaluation.scheme-items")
        #expect(error?.field == "areas[0].items[5].item")

        var repeated = F.scheme
        repeated.areas[0].items[1] = repeated.areas[0].items[0]
        try await s.expectRefused(repeated, on: Scenario.at("2018-01-15"), rule: "evaluation.scheme-items")

        var missing = F.scheme
        missing.areas[1].items.removeLast()
        missing.areas[1].items[0].weight = 30
        let lacking = await F.refusal(missing, in: s, on: "2018-01-15")
        #expect(lacking?.rule == "evaluation.scheme-items")
        #expect(lacking?.detail == "the scheme lacks field-communication")
    }

    @Test func refusesWeightsNotPositiveOrNotSummingTo100() async throws {
        let s = Scenario()
        let zero = await F.refusal(F.scheme(changing: .systemImprovement, weight: 0), in: s, on: "2018-01-15")
        #expect(zero?.rule == "evaluation.weight-invalid")
        #expect(zero?.field == "areas[0].items[3].weight")
        let sum = await F.refusal(F.scheme(changing: .systemImprovement, weight: 14), in: s, on: "2018-01-15")
        #expect(sum?.rule == "evaluation.weight-invalid")
        #expect(sum?.detail == "the weights sum to 99 percent, not 100")
    }

    @Test(arguments: [0.0, -5, 1000.5, Double.infinity])
    func refusesMaximumsOutOfRange(maximum: Double) async throws {
        let s = Scenario()
        try await s.expectRefused(F.scheme(changing: .fieldCommunication, maximum: maximum),
                                  on: Scenario.at("2018-01-15"), rule: "evaluation.maximum-invalid")
    }

    @Test func refusesABlankOrOverlongNote() async throws {
        let s = Scenario()
        var blank = F.scheme
        blank.adoptedBy = "  "
        try await s.expectRefused(blank, on: Scenario.at("2018-01-15"), rule: "evaluation.note-invalid")
        var long = F.scheme
        long.adoptedBy = String(repeating: "가", count: 501)
        try await s.expectRefused(long, on: Scenario.at("2018-01-15"), rule: "evaluation.note-invalid")
    }
}
