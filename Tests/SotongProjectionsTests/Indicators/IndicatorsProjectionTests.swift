import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The indicators projection rebuilds the plan's 세부지표 table: actuals recorded or counted,
/// targets, achievement and pace.
@Suite struct IndicatorsProjectionTests {
    let log = OfficeTablesLog()

    static let columns = ["task", "indicator", "unit", "actual-2016", "target-2016", "achievement-2016",
                          "actual-2017", "target-2017", "achievement-2017", "actual-2018", "target-2018",
                          "achievement-2018", "expected-2018", "pace-2018"]

    /// Every cell of a row, as printed, in the order of ``columns``.
    private func expectRow(_ result: ProjectionResult, _ row: String, _ cells: [String],
                           sourceLocation: SourceLocation = #_sourceLocation) {
        for (column, cell) in zip(Self.columns, cells) {
            #expect(result.printed("indicators", row, column) == cell, "\(row) \(column)", sourceLocation: sourceLocation)
        }
    }

    @Test func reproducesThePlansIndicatorsWithMidYearProgress() async throws {
        var recorded = IndicatorsFixture.Recorded()
        try await IndicatorsFixture.recordFirstHalf(in: log, into: &recorded)
        try await IndicatorsFixture.recordSecondHalf(in: log)
        let result = try await log.view(IndicatorsProjection(), asOf: "2018-06-30")
        let table = try #require(result.table("indicators"))
        #expect(table.title == "세부지표")
        #expect(table.columns.map(\.key) == Self.columns)
        #expect(table.columns.map(\.label) == ["추진사업 (주요과제)", "지 표", "단위", "2016 실적", "2016 목표", "2016 달성률(%)",
                                               "2017 실적", "2017 목표", "2017 달성률(%)", "2018 실적", "2018 목표",
                                               "2018 달성률(%)", "기대실적", "진도"])
        #expect(table.rows.map(\.key) == ["academy-sessions", "forums", "advisory-members", "youth-members", "evaluations",
                                          "direct-petitions"])
        expectRow(result, "academy-sessions", ["소통역량 강화를 위한 「소통아카데미」 개최", "「소통아카데미」 개최", "횟수(참여)",
                                               "2 (72)", "-", "-", "2 (273)", "-", "-", "2 (207)", "3 (300)", "66.7", "1.5", "앞섬"])
        expectRow(result, "forums", ["-", "「애인(愛仁)토론회」 내실운영", "횟수(참여)", "2 (894)", "-", "-", "2 (1,710)", "-", "-",
                                     "0 (0)", "2 (1,000)", "0.0", "1.0", "뒤처짐"])
        expectRow(result, "advisory-members", ["-", "「시민소통분야」 확대운영", "위원수", "40", "-", "-", "60", "-", "-",
                                               "4", "60", "6.7", "-", "-"])
        expectRow(result, "youth-members", ["-", "「청년소통분과」 위원수", "위원수", "-", "-", "-", "-", "-", "-",
                                            "2", "40", "5.0", "-", "-"])
        expectRow(result, "evaluations", ["-", "소통활동 성과평가 운영", "횟수", "-", "-", "-", "-", "-", "-",
                                          "1", "2", "50.0", "1.0", "정상"])
        expectRow(result, "direct-petitions", ["-", "「직소민원실」 운영(상담)", "건", "433", "-", "-", "467", "-", "-",
                                               "5", "300", "1.7", "148.8", "뒤처짐"])
        // Typed cells: numbers stay numbers for JSON and CSV.
        #expect(result.cellAt("indicators", "direct-petitions", "actual-2017") == .integer(467))
        #expect(result.cellAt("indicators", "direct-petitions", "achievement-2018") == .decimal(1.7, digits: 1))
        #expect(result.cellAt("indicators", "direct-petitions", "expected-2018") == .decimal(148.8, digits: 1))
        #expect(result.cellAt("indicators", "forums", "actual-2017") == .text("2 (1,710)"))
        #expect(result.cellAt("indicators", "evaluations", "actual-2016") == .notApplicable)
        #expect(table.notes.contains("기대실적 = 2018 목표 × 경과일수 181 ÷ 365 (2018-06-30 현재 49.6%); "
            + "진도: 실적이 기대실적보다 많으면 앞섬, 같으면 정상, 적으면 뒤처짐 (위원수 지표는 시점 인원이므로 산정하지 않음)"))
        #expect(table.notes.contains("과거 실적 출처: 2018 주요업무계획 세부지표"))
        #expect(table.notes.contains("2018 실적은 로그 시작일(2018-01-02) 이후의 사건만 집계"))
    }

    @Test func showsTheYearAtItsEnd() async throws {
        var recorded = IndicatorsFixture.Recorded()
        try await IndicatorsFixture.recordFirstHalf(in: log, into: &recorded)
        try await IndicatorsFixture.recordSecondHalf(in: log)
        let result = try await log.runner.result(IndicatorsProjection())
        #expect(result.moment.asOf == (try LocalDate("2018-12-31")))
        let year = ["actual-2018", "target-2018", "achievement-2018", "expected-2018", "pace-2018"]
        let expected: [String: [String]] = [
            "academy-sessions": ["3 (337)", "3 (300)", "100.0", "3.0", "정상"],
            "forums": ["2 (1,130)", "2 (1,000)", "100.0", "2.0", "정상"],
            "advisory-members": ["4", "60", "6.7", "-", "-"],
            "youth-members": ["2", "40", "5.0", "-", "-"],
            "evaluations": ["2", "2", "100.0", "2.0", "정상"],
            "direct-petitions": ["6", "300", "2.0", "300.0", "뒤처짐"],
        ]
        for (row, cells) in expected {
            #expect(year.map { result.printed("indicators", row, $0) } == cells, "\(row)")
        }
    }

    @Test func showsTheIndicatorsAsOfALogPosition() async throws {
        var recorded = IndicatorsFixture.Recorded()
        try await IndicatorsFixture.recordFirstHalf(in: log, into: &recorded)
        try await IndicatorsFixture.recordSecondHalf(in: log)
        let position = recorded.byName["academy:1"]!.position
        let result = try await log.runner.result(IndicatorsProjection(), cutoff: .position(position))
        #expect(result.moment.position == position)
        // As of today (31 December), with only the events up to the first academy session read.
        #expect(["actual-2018", "achievement-2018", "expected-2018", "pace-2018"]
            .map { result.printed("indicators", "academy-sessions", $0) } == ["1 (112)", "33.3", "3.0", "뒤처짐"])
        #expect(result.printed("indicators", "direct-petitions", "actual-2018") == "3")
        #expect(result.printed("indicators", "advisory-members", "actual-2018") == "3")
        #expect(result.printed("indicators", "evaluations", "actual-2018") == "0")
    }

    @Test func countsMembersServingOnTheDate() async throws {
        var recorded = IndicatorsFixture.Recorded()
        try await IndicatorsFixture.recordFirstHalf(in: log, into: &recorded)
        // On 15 February only the third cohort's B1 served; by 15 May A3 had not resigned yet.
        let february = try await log.view(IndicatorsProjection(), asOf: "2018-02-15")
        #expect(february.printed("indicators", "advisory-members", "actual-2018") == "1")
        #expect(february.printed("indicators", "youth-members", "actual-2018") == "0")
        #expect(february.printed("indicators", "youth-members", "achievement-2018") == "0.0")
        let may = try await log.view(IndicatorsProjection(), asOf: "2018-05-14")
        #expect(may.printed("indicators", "advisory-members", "actual-2018") == "5")
        #expect(may.printed("indicators", "youth-members", "actual-2018") == "2")
    }

    @Test func explainsCellsByExactlyTheEventsThatChangedThem() async throws {
        var recorded = IndicatorsFixture.Recorded()
        try await IndicatorsFixture.recordFirstHalf(in: log, into: &recorded)
        try await IndicatorsFixture.recordSecondHalf(in: log)
        let cutoff = Cutoff.date(try LocalDate("2018-06-30"))
        let academy = try await log.runner.explain(IndicatorsProjection(), cutoff: cutoff, table: "indicators",
                                                   row: "academy-sessions", column: "actual-2018")
        #expect(academy.map(\.id) == ["defined:academy-sessions", "academy:1", "academy:2"].map { recorded.byName[$0]!.id })
        // B1's term had run out by 30 June: the appointment never changes the cell. A3's resignation does.
        let members = try await log.runner.explain(IndicatorsProjection(), cutoff: cutoff, table: "indicators",
                                                   row: "advisory-members", column: "actual-2018")
        #expect(members.map(\.id) == ["defined:advisory-members", "appointed:A1", "appointed:A2", "appointed:A3",
                                      "appointed:Y1", "appointed:Y2", "ended:A3"].map { recorded.byName[$0]!.id })
    }

    @Test func catchingUpFromACheckpointEqualsAFullRebuild() async throws {
        var recorded = IndicatorsFixture.Recorded()
        try await IndicatorsFixture.recordFirstHalf(in: log, into: &recorded)
        let saved = try await log.savedCheckpoint(IndicatorsProjection())
        try await IndicatorsFixture.recordSecondHalf(in: log)
        let (incremental, position) = try await log.caughtUpView(IndicatorsProjection(), from: saved)
        let full = try await log.runner.result(IndicatorsProjection())
        #expect(position == full.moment.position)
        #expect(incremental.digest == full.digest)
        #expect(incremental.printed("indicators", "forums", "actual-2018") == "2 (1,130)")
        let rebuilt = try await log.runner.fold(IndicatorsProjection())
        #expect(try await log.runner.catchUp(IndicatorsProjection(), from: saved).state == rebuilt.state)
    }

    @Test func readsEveryEventType() {
        #expect(IndicatorsProjection().eventTypes == nil)
    }
}
