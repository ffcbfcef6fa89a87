import Foundation
import SotongCore
import SotongDomain
import Testing

/// Shared data of the evaluation tests: the 2018 halves, a scheme, a head and its hand scores.
enum EvaluationFixture {
    static let h1 = HalfYear(year: 2018, half: 1)!
    static let h2 = HalfYear(year: 2018, half: 2)!
    static let head: HeadID = "head-2018-transport-policy"
    static let otherHead: HeadID = "head-2018-housing"

    /// The catalog example: internal 70 % (maximum 10 each), external 30 % (maximum 20 each).
    static let scheme = EvaluationSchemeAdopted.example

    static func registered(_ head: HeadID = head, year: Int = 2018, grade: Grade = .grade4) -> EvaluationHeadRegistered {
        EvaluationHeadRegistered(year: year, head: head, department: "transport-policy", title: "교통정책과장", grade: grade)
    }

    static func scored(
        _ item: EvaluationItem, _ score: Double, half: HalfYear = h1, head: HeadID = head,
        evidence: String = "부서 소통계획서 제출", evaluator: String = "소통지원팀"
    ) -> EvaluationScored {
        EvaluationScored(half: half, head: head, item: item, score: score, evidence: evidence, evaluator: evaluator)
    }

    static func corrected(
        _ item: EvaluationItem, _ score: Double, half: HalfYear = h1, reason: String = "추가 증빙 확인",
        supersedes: UUID? = nil
    ) -> EvaluationScoreCorrected {
        EvaluationScoreCorrected(half: half, head: head, item: item, score: score, reason: reason, supersedes: supersedes)
    }

    /// A scheme with one item's weight, maximum or place changed.
    static func scheme(
        year: Int = 2018, changing item: EvaluationItem = .communicationPlan, weight: Int? = nil,
        maximum: Double? = nil
    ) -> EvaluationSchemeAdopted {
        var scheme = EvaluationSchemeAdopted.example
        scheme.year = year
        for a in scheme.areas.indices {
            for i in scheme.areas[a].items.indices where scheme.areas[a].items[i].item == item {
                if let weight { scheme.areas[a].items[i].weight = weight }
                if let maximum { scheme.areas[a].items[i].maximum = maximum }
            }
        }
        return scheme
    }

    /// A scenario with the scheme adopted in January and the head registered.
    static func ready() async throws -> Scenario {
        let scenario = Scenario()
        try await scenario.given(scheme, on: Scenario.at("2018-01-15"))
        try await scenario.given(registered(), on: Scenario.at("2018-01-20"))
        return scenario
    }

    /// The refusal an event meets, for tests that check the field at fault too.
    static func refusal(_ event: some OfficeEvent, in scenario: Scenario, on day: String) async -> DomainError? {
        do {
            try await scenario.office.record(event, context: scenario.context(Scenario.at(day)))
            return nil
        } catch {
            return error as? DomainError
        }
    }
}
