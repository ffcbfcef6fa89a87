import SotongDomain

/// Cells and columns the civic projections (advisory, experts, network, mediation, equity) share.
enum CivicCells {
    /// A count as the plan prints it in composition tables: `-` for none.
    static func countOrDash(_ count: Int) -> Cell {
        count == 0 ? .notApplicable : .integer(count)
    }

    /// A count, or 자료 없음 when nothing of the kind was ever recorded.
    static func count(_ count: Int, recorded: Bool) -> Cell {
        recorded ? .integer(count) : .noData
    }

    /// One column per district, in the plan's order (중구 … 옹진군), keyed by the district's code.
    static var districtColumns: [ProjectionTable.Column] {
        District.allCases.map { ProjectionTable.Column(key: $0.rawValue, label: $0.koreanLabel) }
    }

    /// The first column of a table: the row's label (구분, 구 분, 연도…), left-aligned.
    static func labelColumn(_ key: String, _ label: String) -> ProjectionTable.Column {
        ProjectionTable.Column(key: key, label: label, alignment: .left)
    }

    /// The office year of an entry.
    static func year(of entry: History.Entry) -> Int { LocalDate(entry.occurredAt).year }
}

/// A per-year tally of held activities (meetings, trainings): how many, and how many took part.
struct CivicYearTally: Sendable, Equatable, Codable {
    /// How many were held.
    var held = 0
    /// How many people took part in all.
    var people = 0

    /// Rows `total` (계) then one per year (`2017`, `2018`…), with `year`, `held` and `people`
    /// cells under the given column keys; 자료 없음 throughout when nothing was held.
    static func rows(_ years: [Int: CivicYearTally], heldKey: String, peopleKey: String) -> [ProjectionTable.Row] {
        let recorded = !years.isEmpty
        let total = years.values.reduce(into: CivicYearTally()) { $0.held += $1.held; $0.people += $1.people }
        var rows = [ProjectionTable.Row(key: "total", cells: [
            "year": .text("계"), heldKey: CivicCells.count(total.held, recorded: recorded),
            peopleKey: CivicCells.count(total.people, recorded: recorded),
        ])]
        for year in years.keys.sorted() {
            let tally = years[year]!
            rows.append(ProjectionTable.Row(key: String(year), cells: [
                "year": .text("\(year)년"), heldKey: .integer(tally.held), peopleKey: .integer(tally.people),
            ]))
        }
        return rows
    }
}
