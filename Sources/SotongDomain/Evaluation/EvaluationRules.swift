import SotongCore
import Foundation

/// Shared checks of the evaluation programme's events.
enum EvaluationRules {
    /// The evaluation is new (신규) in the 2018 plan: no earlier year has one.
    static let firstYear = 2018
    /// The longest free text (evidence, reasons, notes), in characters.
    static let textLimit = 500
    /// The longest title or evaluator, in characters.
    static let titleLimit = 200
    /// The largest maximum an item may have, in points.
    static let maximumLimit = 1000.0

    /// Refuses a year before 2018 or more than one year after the event.
    static func checkYear(_ year: Int, at context: RuleContext) throws {
        guard year >= firstYear, year <= context.occurredOn.year + 1 else {
            throw DomainError(
                rule: "evaluation.year-invalid", korean: "평가연도 오류",
                detail: "year \(year) is before \(firstYear), when the evaluation began, "
                    + "or more than a year after \(context.occurredOn)",
                field: "year")
        }
    }

    /// Refuses an event about a half-year that has not begun on the day it occurred.
    static func checkHalfBegun(_ half: HalfYear, at context: RuleContext) throws {
        guard context.occurredOn >= half.firstDay else {
            throw DomainError(
                rule: "evaluation.half-not-begun", korean: "평가반기 미도래",
                detail: "\(half) begins on \(half.firstDay), after \(context.occurredOn)", field: "half")
        }
    }

    /// Refuses an empty (or blank) text, or one longer than `limit` characters.
    static func checkText(
        _ text: String, limit: Int, field: String, rule: String, korean: String
    ) throws {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(rule: rule, korean: korean, detail: "\(field) is required and may not be blank", field: field)
        }
        if text.count > limit {
            throw DomainError(rule: rule, korean: korean, detail: "\(field) is longer than \(limit) characters", field: field)
        }
    }

    /// Refuses a score that is not a number from 0 to the item's maximum.
    static func checkScore(_ score: Double, item: EvaluationItem, scheme: EvaluationSchemeAdopted) throws {
        let maximum = scheme.maximum(of: item) ?? 0
        guard score.isFinite, score >= 0, score <= maximum else {
            throw DomainError(
                rule: "evaluation.score-out-of-range", korean: "배점 초과",
                detail: "score \(score) for \(item.rawValue) lies outside 0…\(maximum) in the \(scheme.year) scheme",
                field: "score")
        }
    }

    /// Refuses an item the projections derive from the log.
    static func checkHandScored(_ item: EvaluationItem, half: HalfYear, head: HeadID) throws {
        guard !item.isDerived else {
            throw DomainError(
                rule: "evaluation.derived-item", korean: "자동산정 항목",
                detail: "\(item.rawValue) of head \(head) in \(half) is derived from the log, not scored by hand",
                field: "item")
        }
    }

    /// The adopted scheme of `half`'s year, or a refusal.
    static func scheme(in state: EvaluationState, for half: HalfYear) throws -> EvaluationSchemeAdopted {
        guard let scheme = state.scheme(year: half.year) else {
            throw DomainError(
                rule: "evaluation.no-scheme", korean: "평가기준 미확정",
                detail: "no evaluation scheme is adopted for \(half.year)", field: "half")
        }
        return scheme
    }
}

extension History {
    /// The evaluation state of one year's stream, as the rules see it.
    func evaluationState(_ stream: StreamID) -> EvaluationState {
        fold(EvaluationState.self, of: stream)
    }
}
