import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The budget projection reproduces the plan's 「예산」 table and 총괄표, with the unallocated remainder.
@Suite struct BudgetProjectionTests {
    let log = OfficeTablesLog()

    private func recordAll() async throws -> BudgetFixture.Recorded {
        var recorded = BudgetFixture.Recorded()
        try await BudgetFixture.recordFirstPhase(in: log, into: &recorded)
        try await BudgetFixture.recordSecondPhase(in: log, into: &recorded)
        return recorded
    }

    @Test func reproducesTheBudgetTable() async throws {
        _ = try await recordAll()
        let result = try await log.view(BudgetProjection(), asOf: "2017-12-31")
        let budget = try #require(result.table("budget"))
        #expect(budget.title == "예산")
        #expect(budget.columns.map(\.label) == ["구 분", "2017년", "2018년", "인건비", "물건비", "사업예산"])
        #expect(budget.columns.map(\.key) == ["category", "previous", "current", "personnel", "operating", "project"])
        #expect(budget.notes.first == "(단위 : 백만원)")
        #expect(budget.rows.map(\.key) == ["total"])
        #expect(result.cellAt("budget", "total", "category") == .text("계"))
        #expect(result.cellAt("budget", "total", "previous") == .decimal(103, digits: 0))
        #expect(result.cellAt("budget", "total", "current") == .decimal(140, digits: 0))
        #expect(result.cellAt("budget", "total", "personnel") == .notApplicable)
        #expect(result.cellAt("budget", "total", "operating") == .notApplicable)
        #expect(result.cellAt("budget", "total", "project") == .decimal(140, digits: 0))
        #expect(["previous", "current", "personnel", "operating", "project"].map { result.printed("budget", "total", $0) }
            == ["103", "140", "-", "-", "140"])
    }

    @Test func reproducesTheSummaryTableWithTheUnallocatedRemainder() async throws {
        _ = try await recordAll()
        let result = try await log.view(BudgetProjection(year: 2018), asOf: "2017-12-31")
        let summary = try #require(result.table("summary"))
        #expect(summary.title == "총괄표")
        #expect(summary.columns.map(\.label) == ["주요 전략", "추진사업명", "신규/계속", "사업기간", "총사업비", "국가 지원"])
        #expect(summary.rows.map(\.key) == [
            "p01", "p02", "s1-policy-base.subtotal", "p03", "p04", "p05", "s2-channels.subtotal", "p06", "p07",
            "s3-support.subtotal", "p08", "p09", "p10", "s4-field.subtotal", "p11", "p12", "s5-petitions.subtotal",
            "allocated", "project-budget", "unallocated",
        ])
        for (id, strategy, title, status, cost) in BudgetFixture.projects {
            let row = id.rawValue
            #expect(result.printed("summary", row, "strategy") == BudgetFixture.strategies.first { $0.0 == strategy }!.1)
            #expect(result.printed("summary", row, "project") == title)
            #expect(result.printed("summary", row, "status") == (status == .new ? "신규" : "계속"))
            #expect(result.printed("summary", row, "period") == (status == .new ? "2018 - 지속" : "지속"))
            #expect(result.printed("summary", row, "cost") == (cost.map { Self.millions[$0]! } ?? "비예산"), "\(row)")
            #expect(result.cellAt("summary", row, "support") == .notApplicable)
        }
        #expect(result.cellAt("summary", "p11", "cost") == .decimal(2.6, digits: 1))
        let subtotals: [(String, String, String)] = [
            ("s1-policy-base", "2개 시책 사업비 계", "24"), ("s2-channels", "3개 시책 사업비 계", "40"),
            ("s3-support", "2개 시책 사업비 계", "4"), ("s4-field", "3개 시책 사업비 계", "13"),
            ("s5-petitions", "2개 시책 사업비 계", "2.6"),
        ]
        for (strategy, label, cost) in subtotals {
            #expect(result.printed("summary", "\(strategy).subtotal", "project") == label)
            #expect(result.printed("summary", "\(strategy).subtotal", "cost") == cost, "\(strategy)")
            #expect(result.cellAt("summary", "\(strategy).subtotal", "support") == nil)
        }
        #expect(result.printed("summary", "allocated", "project") == "12개 시책 사업비 계")
        #expect(result.cellAt("summary", "allocated", "cost") == .decimal(83.6, digits: 1))
        #expect(result.printed("summary", "project-budget", "project") == "2018년 사업예산")
        #expect(result.cellAt("summary", "project-budget", "cost") == .decimal(140, digits: 0))
        #expect(result.printed("summary", "unallocated", "project") == "미배정 (사업예산 − 사업비 계)")
        #expect(result.cellAt("summary", "unallocated", "cost") == .decimal(56.4, digits: 1))
        #expect(result.printed("summary", "unallocated", "cost") == "56.4")
        #expect(summary.notes.contains(
            "사업비 계 83.6은(는) 2018년 사업예산 140과(와) 맞지 않으며 미배정 56.4이(가) 남음 — 계획서는 이 차이를 설명하지 않음"))
    }

    static let millions: [Int: String] = [9_000: "9", 15_000: "15", 40_000: "40", 4_000: "4", 2_000: "2",
                                          11_000: "11", 2_600: "2.6"]

    @Test func showsAnotherYearWhenAsked() async throws {
        _ = try await recordAll()
        let result = try await log.runner.result(BudgetProjection(year: 2017))
        #expect(result.table("budget")?.columns.map(\.label) == ["구 분", "2016년", "2017년", "인건비", "물건비", "사업예산"])
        #expect(result.cellAt("budget", "total", "previous") == .noData)
        #expect(result.printed("budget", "total", "current") == "103")
        // The two new projects start in 2018: 2017 ran the ten continuing ones.
        #expect(result.printed("summary", "allocated", "project") == "10개 시책 사업비 계")
        #expect(result.cellAt("summary", "p05", "project") == nil)
        #expect(result.printed("summary", "s3-support.subtotal", "project") == "1개 시책 사업비 계")
        #expect(result.printed("summary", "allocated", "cost") == "83.6")
        #expect(result.printed("summary", "project-budget", "cost") == "103")
        #expect(result.cellAt("summary", "unallocated", "cost") == .decimal(19.4, digits: 1))
    }

    @Test func showsTheBudgetAsOfADateBeforeARevision() async throws {
        _ = try await recordAll()
        try await log.record(AnnualBudgetSet(year: 2018, personnel: 0, operating: 2_500, project: 150_050,
                                             revisionNote: "제1회 추가경정예산"), on: "2018-05-10")
        let before = try await log.view(BudgetProjection(), asOf: "2018-03-31")
        #expect(before.printed("budget", "total", "current") == "140")
        #expect(before.printed("summary", "unallocated", "cost") == "56.4")
        let after = try await log.runner.result(BudgetProjection())
        #expect(after.cellAt("budget", "total", "current") == .decimal(152.55, digits: 2))
        #expect(after.printed("budget", "total", "current") == "152.55")
        #expect(after.printed("budget", "total", "operating") == "2.5")
        #expect(after.printed("budget", "total", "project") == "150.05")
        #expect(after.printed("summary", "unallocated", "cost") == "66.45")
        #expect(after.table("budget")?.notes.contains("2018년 예산은 1회 변경됨 (최근: 제1회 추가경정예산)") == true)
    }

    @Test func showsTheSummaryAsOfALogPosition() async throws {
        let recorded = try await recordAll()
        let result = try await log.runner.result(BudgetProjection(year: 2018), cutoff: .position(recorded.lastOfFirstPhase))
        #expect(result.moment.position == recorded.lastOfFirstPhase)
        #expect(result.table("summary")?.rows.map(\.key) == [
            "p01", "p02", "s1-policy-base.subtotal", "p03", "p04", "p05", "s2-channels.subtotal", "p06",
            "s3-support.subtotal", "allocated", "project-budget", "unallocated",
        ])
        #expect(result.printed("summary", "s3-support.subtotal", "project") == "1개 시책 사업비 계")
        #expect(result.printed("summary", "allocated", "cost") == "68")
        #expect(result.printed("summary", "unallocated", "cost") == "72")
    }

    @Test func explainsTheRemainderByTheBudgetAndEveryCostedProject() async throws {
        let recorded = try await recordAll()
        let events = try await log.runner.explain(BudgetProjection(year: 2018), table: "summary", row: "unallocated",
                                                  column: "cost")
        // Not the 2017 budget, the strategies or the 비예산 projects: they leave the remainder as it is.
        let names = ["budget:2018", "project:p01", "project:p02", "project:p03", "project:p06", "project:p09",
                     "project:p10", "project:p11"]
        #expect(events.map(\.id) == names.map { recorded.byName[$0]!.id })
    }

    @Test func catchingUpFromACheckpointEqualsAFullRebuild() async throws {
        var recorded = BudgetFixture.Recorded()
        try await BudgetFixture.recordFirstPhase(in: log, into: &recorded)
        let saved = try await log.savedCheckpoint(BudgetProjection())
        try await BudgetFixture.recordSecondPhase(in: log, into: &recorded)
        try await log.record(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 150_000,
                                             revisionNote: "제1회 추가경정예산"), on: "2018-05-10")
        let (incremental, position) = try await log.caughtUpView(BudgetProjection(), from: saved)
        let full = try await log.runner.result(BudgetProjection())
        #expect(position == full.moment.position)
        #expect(incremental.digest == full.digest)
        #expect(incremental.printed("summary", "unallocated", "cost") == "66.4")
        let rebuilt = try await log.runner.fold(BudgetProjection())
        #expect(try await log.runner.catchUp(BudgetProjection(), from: saved).state == rebuilt.state)
    }

    @Test func readsOnlyTheBudgetAndPlanEventsItFolds() {
        #expect(BudgetProjection().eventTypes == ["budget.annual-set", "plan.strategy-registered", "plan.project-registered"])
        // Written out, not derived from the catalog the projection itself reads: a type dropped from
        // (or added to) the organisation programme shows up here.
        #expect(RosterProjection().eventTypes == [
            "organisation.team-established", "organisation.quota-set", "staff.assigned", "staff.transferred",
            "staff.left", "staff.training-dispatched", "staff.training-returned",
        ])
    }
}
