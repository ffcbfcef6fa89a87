import SotongDomain

/// Achievement and pace, in exact integer arithmetic (tenths, rounded half up).
struct IndicatorPace {
    let asOf: LocalDate

    /// Days of the as-of year up to and including the as-of date.
    var elapsedDays: Int { LocalDate(year: asOf.year, month: 1, day: 1)!.days(to: asOf) + 1 }

    /// Days in the as-of year (365 or 366).
    var daysInYear: Int {
        LocalDate(year: asOf.year, month: 1, day: 1)!.days(to: LocalDate(year: asOf.year + 1, month: 1, day: 1)!)
    }

    /// `numerator ÷ denominator` rounded half up, for non-negative numbers.
    static func rounded(_ numerator: Int, _ denominator: Int) -> Int { (2 * numerator + denominator) / (2 * denominator) }

    /// Actual ÷ target in percent with one decimal; "-" without a target (or a zero one) or an actual.
    static func achievement(actual: IndicatorState.Figure?, target: IndicatorState.Figure?) -> Cell {
        guard let actual, let target, target.value > 0 else { return .notApplicable }
        return .decimal(Double(rounded(actual.value * 1_000, target.value)) / 10, digits: 1)
    }

    /// The expected actual by now (target × elapsed fraction of the year, one decimal) and the
    /// verdict 앞섬 / 정상 / 뒤처짐 comparing the actual with it at that precision. "-" without a
    /// target, and for members serving (a level, not a sum that grows over the year).
    func cells(actual: IndicatorState.Figure?, target: IndicatorState.Figure?, measure: CountingMeasure) -> (Cell, Cell) {
        guard let actual, let target, measure != .activeMembers else { return (.notApplicable, .notApplicable) }
        let expected = Self.rounded(target.value * elapsedDays * 10, daysInYear)
        let verdict = actual.value * 10 > expected ? "앞섬" : actual.value * 10 == expected ? "정상" : "뒤처짐"
        return (.decimal(Double(expected) / 10, digits: 1), .text(verdict))
    }

    /// How the expected actual is reckoned, for the table's notes.
    var note: String {
        let percent = Self.rounded(elapsedDays * 1_000, daysInYear)
        return "기대실적 = \(asOf.year) 목표 × 경과일수 \(elapsedDays) ÷ \(daysInYear) (\(asOf) 현재 \(percent / 10).\(percent % 10)%); "
            + "진도: 실적이 기대실적보다 많으면 앞섬, 같으면 정상, 적으면 뒤처짐 (위원수 지표는 시점 인원이므로 산정하지 않음)"
    }
}
