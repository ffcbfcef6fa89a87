import SotongDomain

/// Builds the 세부지표 table: actuals, targets, achievement and pace.
struct IndicatorsTable {
    let state: IndicatorsState
    let asOf: LocalDate

    /// The years shown: every year with a historical actual or a target, and the as-of year.
    var years: [Int] {
        var years: Set<Int> = [asOf.year]
        for indicator in state.indicators.values {
            years.formUnion(indicator.historicalActuals.keys)
            years.formUnion(indicator.targets.keys)
        }
        return years.sorted()
    }

    /// The last year with any recorded historical actual: the office recorded those years from
    /// documents because the log did not exist yet, so no year up to it is counted from events
    /// (the plan prints "-" where it has no figure, e.g. the tours of 2016).
    var lastHistoricalYear: Int? {
        state.indicators.values.compactMap { $0.historicalActuals.keys.max() }.max()
    }

    /// The actual of a year: recorded from a document, else counted; `nil` before the log or
    /// for a year not yet begun.
    func actual(_ indicator: IndicatorState, _ definition: IndicatorDefined, year: Int) -> IndicatorState.Figure? {
        if let recorded = indicator.historicalActual(year) { return recorded }
        if let lastHistoricalYear, year <= lastHistoricalYear { return nil }
        guard year <= asOf.year, let first = state.firstEventOn, year >= first.year else { return nil }
        return state.counted(definition.counting, year: year, asOf: asOf)
    }

    func table() -> ProjectionTable {
        let years = years
        var columns: [ProjectionTable.Column] = [
            .init(key: "task", label: "추진사업 (주요과제)", alignment: .left),
            .init(key: "indicator", label: "지 표", alignment: .left), .init(key: "unit", label: "단위", alignment: .left),
        ]
        for year in years {
            columns += [.init(key: "actual-\(year)", label: "\(year) 실적"), .init(key: "target-\(year)", label: "\(year) 목표"),
                        .init(key: "achievement-\(year)", label: "\(year) 달성률(%)")]
        }
        columns += [.init(key: "expected-\(asOf.year)", label: "기대실적"),
                    .init(key: "pace-\(asOf.year)", label: "진도", alignment: .left)]
        var table = ProjectionTable(key: "indicators", title: "세부지표", columns: columns, notes: notes())
        let pace = IndicatorPace(asOf: asOf)
        var partialYears: Set<Int> = []
        for id in state.order {
            guard let indicator = state.indicator(id), let definition = indicator.definition else { continue }
            var cells: [String: Cell] = [
                "task": definition.task.flatMap { state.taskTitles[$0.rawValue] }.map(Cell.text) ?? .notApplicable,
                "indicator": .text(definition.title), "unit": .text(definition.unit.koreanLabel),
            ]
            for year in years {
                let actual = actual(indicator, definition, year: year)
                let target = indicator.target(year)
                cells["actual-\(year)"] = actual.map { Self.cell($0, definition.unit) } ?? .notApplicable
                cells["target-\(year)"] = target.map { Self.cell($0, definition.unit) } ?? .notApplicable
                cells["achievement-\(year)"] = IndicatorPace.achievement(actual: actual, target: target)
                if actual != nil, indicator.historicalActual(year) == nil, let first = state.firstEventOn,
                   first.year == year, first > LocalDate(year: year, month: 1, day: 1)! {
                    partialYears.insert(year)
                }
            }
            let actualNow = actual(indicator, definition, year: asOf.year)
            let (expected, verdict) = pace.cells(actual: actualNow, target: indicator.target(asOf.year),
                                                 measure: definition.counting.measure)
            cells["expected-\(asOf.year)"] = expected
            cells["pace-\(asOf.year)"] = verdict
            table.rows.append(.init(key: id.rawValue, cells: cells))
        }
        if let first = state.firstEventOn {
            for year in partialYears.sorted() {
                table.notes.append("\(year) 실적은 로그 시작일(\(first)) 이후의 사건만 집계")
            }
        }
        if table.rows.isEmpty { table.notes.append("정의된 세부지표가 없습니다 (no indicator defined in the log)") }
        return table
    }

    /// `2 (72)` with participants, else the grouped number.
    static func cell(_ figure: IndicatorState.Figure, _ unit: IndicatorUnit) -> Cell {
        guard unit == .timesWithParticipants else { return .integer(figure.value) }
        return .text(Cell.grouped(figure.value) + (figure.participants.map { " (\(Cell.grouped($0)))" } ?? ""))
    }

    private func notes() -> [String] {
        var notes = [
            "( ) 안은 참여인원",
            "달성률(%) = 실적 ÷ 목표 × 100, 소수 첫째 자리 반올림 (횟수(참여)는 횟수 기준)",
            "- : 목표 없음, 로그 이전 연도로 실적 기록 없음, 또는 아직 오지 않은 연도",
            IndicatorPace(asOf: asOf).note,
        ]
        let sources = Set(state.indicators.values.flatMap { $0.historicalActuals.values.compactMap(\.source) })
        if !sources.isEmpty { notes.append("과거 실적 출처: " + sources.sorted().joined(separator: ", ")) }
        return notes
    }
}
