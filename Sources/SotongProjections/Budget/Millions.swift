/// Amounts kept in thousands of won (천원) shown in millions (백만원), the plan's unit, exactly:
/// the arithmetic stays on integers, and only as many decimals as the amount needs are shown
/// (140, 83.6, 2.6, 0.25).
///
/// ```swift
/// Millions.cell(83_600)   // .decimal(83.6, digits: 1) — prints "83.6"
/// Millions.text(2_600)    // "2.6"
/// ```
enum Millions {
    /// The decimals an amount of 천원 needs in 백만원: 0 to 3.
    static func digits(_ thousands: Int) -> Int {
        if thousands % 1_000 == 0 { return 0 }
        if thousands % 100 == 0 { return 1 }
        if thousands % 10 == 0 { return 2 }
        return 3
    }

    /// The amount in 백만원 as a cell; a zero amount is printed "-" as the plan prints it.
    static func cell(_ thousands: Int) -> Cell {
        thousands == 0 ? .notApplicable : .decimal(Double(thousands) / 1_000, digits: digits(thousands))
    }

    /// The amount in 백만원 as text, exact: `83.6`, `1,234.5`, `-2.6`.
    static func text(_ thousands: Int) -> String {
        let whole = Cell.grouped(thousands / 1_000)
        let digits = digits(thousands)
        guard digits > 0 else { return whole }
        let fraction = String(thousands.magnitude % 1_000)
        let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
        let sign = thousands < 0 && thousands / 1_000 == 0 ? "-" : ""
        return sign + whole + "." + padded.prefix(digits)
    }
}
