import Foundation
public import SotongCore
import SotongDomain

/// The annual direct-petition analysis report and casebook the plan promises (직소민원 분석·보고 및
/// 사례집): volume by type, channel, district and department, processing times, outcomes, recurring
/// subjects, indicator achievement and department scores — one self-contained HTML file with inline
/// SVG charts. Petitioners appear only with masked names.
///
/// ```swift
/// let html = try await AnnualReport(store: store, year: 2018).render()
/// try html.write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public struct AnnualReport: Sendable {
    /// The log it reads.
    public let store: any EventStore
    /// The year it reports on.
    public let year: Int
    /// "Today", for the current year.
    public let clock: StoreClock

    /// A report of one year.
    public init(store: any EventStore, year: Int, clock: StoreClock = .system) {
        self.store = store
        self.year = year
        self.clock = clock
    }

    /// The report as of the end of the year (or today, for the current year).
    ///
    /// - Throws: ``ProjectionParameterError`` when the year lies outside ``LocalDate/supportedYears``
    ///   (1900 to 2999); errors of the store.
    public func render() async throws -> String {
        guard let yearStart = LocalDate(year: year, month: 1, day: 1),
              let yearEnd = LocalDate(year: year, month: 12, day: 31) else {
            throw ProjectionParameterError(Self.unsupportedYear(year))
        }
        let today = LocalDate(clock.now())
        let asOf = Swift.min(yearEnd, today)
        let cutoff = Cutoff.date(asOf)
        let runner = ProjectionRunner(store: store, clock: clock)
        // The three tables in one read of the log (ProjectionRunner.results).
        let results = try await runner.results([
            PetitionStatusProjection(period: yearStart...yearEnd),
            IndicatorsProjection(), ScoresProjection(year: year),
        ], cutoff: cutoff)
        let (status, indicators, scores) = (results[0], results[1], results[2])
        let digest = try await PetitionYearDigest.fold(store: store, year: year, end: asOf.adding(days: 1).startOfDay)
        let head = try await store.head()

        var body = "<h1>\(year)년 직소민원 분석 보고서 및 사례집</h1>\n"
        body += "<p class=\"meta\">인천광역시 소통담당관실 · 기준일 \(asOf) · 로그 위치 \(status.moment.position) · "
            + "체인 해시 <code>\(head.hash.hex.prefix(16))</code></p>\n"
        body += section("1. 처리 현황", content: status.table("petition-status").map(HTML.table) ?? "")
        body += section("2. 유형·접수경로·지역·부서별 접수", content: breakdownCharts(status))
        body += section("3. 처리기간 분포", content: SVGBarChart(
            id: "processing-time", title: "접수부터 처리까지 (일)",
            bars: digest.processingTimes.map { .init(label: $0.0, value: Double($0.1)) }, color: "#7a4fb0").svg)
        body += section("4. 처리결과", content: outcomeChart(status))
        body += section("5. 반복 민원 주제", content: recurringSubjects(digest))
        body += section("6. 세부지표 달성도", content: indicatorSection(indicators))
        body += section("7. 부서별 소통활동 성과평가", content: scores.tables.filter { $0.key.hasPrefix("scores-") }
            .map(HTML.table).joined())
        body += section("8. 직소민원 사례집", content: casebook(digest))
        return Self.page(title: "\(year)년 직소민원 분석 보고서", body: body)
    }

    /// Why a year cannot be reported on: it lies outside the calendar's years.
    static func unsupportedYear(_ year: Int) -> String {
        "the year \(year) is outside the years Sotong's calendar covers "
            + "(\(LocalDate.supportedYears.lowerBound) to \(LocalDate.supportedYears.upperBound))"
    }

    private func section(_ title: String, content: String) -> String {
        "<section>\n<h2>\(HTML.escape(title))</h2>\n\(content)</section>\n"
    }

    private func breakdownCharts(_ status: ProjectionResult) -> String {
        guard let table = status.table("petition-breakdown") else { return "<p>자료 없음</p>" }
        let groups = [("kind", "유형별"), ("channel", "접수경로별"), ("district", "지역별"), ("department", "부서별")]
        return groups.map { prefix, title in
            let bars = table.rows.filter { $0.key.hasPrefix(prefix + ".") }.map { row in
                SVGBarChart.Bar(label: row.cells["item"]?.description ?? row.key, value: Double(Self.integer(row.cells["received"])))
            }
            return SVGBarChart(id: "by-\(prefix)", title: "\(title) 접수 건수", bars: bars).svg
        }.joined()
    }

    private func outcomeChart(_ status: ProjectionResult) -> String {
        guard let table = status.table("petition-status"), let row = table.rows.first else { return "<p>자료 없음</p>" }
        let bars = table.columns.filter { !["category", "total", "mayorMeetings", "siteVisits"].contains($0.key) }.map {
            SVGBarChart.Bar(label: $0.label, value: Double(Self.integer(row.cells[$0.key])))
        }
        return SVGBarChart(id: "outcomes", title: "처리결과별 건수", bars: bars, color: "#2c8c5a").svg
    }

    private func recurringSubjects(_ digest: PetitionYearDigest) -> String {
        let subjects = digest.recurringSubjects
        guard !subjects.isEmpty else { return "<p>두 번 이상 접수된 주제가 없습니다.</p>\n" }
        return SVGBarChart(id: "recurring-subjects", title: "두 번 이상 접수된 주제 (상위 10)",
                           bars: subjects.map { .init(label: $0.0, value: Double($0.1)) }, color: "#b5652f", width: 760).svg
    }

    private func indicatorSection(_ indicators: ProjectionResult) -> String {
        guard let table = indicators.table("indicators") else { return "<p>자료 없음</p>" }
        let key = "achievement-\(year)"
        let bars = table.rows.compactMap { row -> SVGBarChart.Bar? in
            guard case .decimal(let value, _)? = row.cells[key] else { return nil }
            return SVGBarChart.Bar(label: row.cells["indicator"]?.description ?? row.key, value: value,
                                   text: Cell.decimalText(value, digits: 1) + "%")
        }
        return SVGBarChart(id: "indicator-achievement", title: "\(year)년 목표 대비 달성률 (%)", bars: bars,
                           color: "#2f6db5", width: 760).svg + HTML.table(table)
    }

    private func casebook(_ digest: PetitionYearDigest) -> String {
        let cases = digest.casebook
        guard !cases.isEmpty else { return "<p>수록할 사례가 없습니다.</p>\n" }
        var out = "<table class=\"data\" id=\"table-casebook\"><thead><tr><th>민원번호</th><th>접수일</th><th>유형</th>"
            + "<th>부서</th><th>주제</th><th>민원인</th><th>면담·현장방문</th><th>처리결과</th><th>처리일수</th></tr></thead><tbody>\n"
        for item in cases {
            let meetings = [item.mayorMeetings > 0 ? "시장(부시장) 면담 \(item.mayorMeetings)" : nil,
                            item.outreachMeetings > 0 ? "현장방문 \(item.outreachMeetings)" : nil].compactMap { $0 }
            out += "<tr><td>\(HTML.escape(item.id.rawValue))</td><td>\(LocalDate(item.received))</td>"
                + "<td>\(HTML.escape(item.kind.koreanLabel))</td><td>\(HTML.escape(item.department.rawValue))</td>"
                + "<td class=\"l\">\(HTML.escape(item.subject))</td><td>\(HTML.escape(item.maskedName))</td>"
                + "<td>\(HTML.escape(meetings.joined(separator: ", ")))</td>"
                + "<td>\(HTML.escape(item.finalOutcome?.koreanLabel ?? "-"))</td>"
                + "<td class=\"r\">\(PetitionYearDigest.days(item).map(String.init) ?? "-")</td></tr>\n"
        }
        return out + "</tbody></table>\n<p class=\"note\">* 민원인 개인정보는 가림 처리하였습니다.</p>\n"
    }

    static func integer(_ cell: Cell?) -> Int {
        if case .integer(let value)? = cell { return value }
        return 0
    }

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="ko">
        <head>
        <meta charset="utf-8">
        <title>\(HTML.escape(title))</title>
        <style>
        body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; }
        table.data { border-collapse: collapse; margin: .8em 0; font-size: .9em; }
        table.data th, table.data td { border: 1px solid #bbb; padding: .25em .5em; }
        table.data th { background: #f0f3f8; } td.r { text-align: right; } td.l { text-align: left; }
        caption { text-align: left; font-weight: bold; margin-bottom: .3em; }
        svg.chart { display: block; margin: .8em 0; font-size: 12px; } .chart-title { font-weight: bold; }
        .note, .meta { color: #555; font-size: .85em; }
        @media print { section { page-break-inside: avoid; } }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
