import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct EvaluationHeadTests {
    typealias F = EvaluationFixture

    @Test func registersA4급HeadOncePerYear() async throws {
        let s = Scenario()
        let recorded = try await s.when(F.registered(), on: Scenario.at("2018-01-20"))
        #expect(recorded.stream == "evaluation-2018")
        #expect(recorded.type == "evaluation.head-registered")
        try await s.expectRefused(F.registered(), on: Scenario.at("2018-02-01"), rule: "evaluation.head-twice")
        // The same head may be registered again for the next year's evaluation.
        let next = try await s.when(F.registered(year: 2019), on: Scenario.at("2018-12-28"))
        #expect(next.stream == "evaluation-2019")
    }

    @Test(arguments: [Grade.grade5, .grade6, .grade9])
    func refusesHeadsBelow4급(grade: Grade) async throws {
        let s = Scenario()
        try await s.expectRefused(F.registered(grade: grade), on: Scenario.at("2018-01-20"), rule: "evaluation.grade-not-4")
    }

    @Test func refusesABlankOrOverlongTitle() async throws {
        let s = Scenario()
        var blank = F.registered()
        blank.title = " \n"
        try await s.expectRefused(blank, on: Scenario.at("2018-01-20"), rule: "evaluation.title-invalid")
        var long = F.registered()
        long.title = String(repeating: "과", count: 201)
        try await s.expectRefused(long, on: Scenario.at("2018-01-20"), rule: "evaluation.title-invalid")
    }

    @Test func refusesAYearBefore2018() async throws {
        let s = Scenario()
        try await s.expectRefused(F.registered(year: 2017), on: Scenario.at("2018-01-20"), rule: "evaluation.year-invalid")
    }
}
