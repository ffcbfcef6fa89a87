import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct BudgetEventTests {
    let scenario = Scenario()
    let december = Scenario.at("2017-12-15")

    private func budget() async throws -> BudgetState {
        let log = await scenario.store.readPage(after: 0, limit: 1_000, types: nil)
        return BudgetState.fold(try log.map(OfficeCatalog.decode))
    }

    @Test func setsAndRevisesAYearsBudget() async throws {
        let recorded = try await scenario.when(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000),
                                               on: december)
        #expect(recorded.stream == "budget-2018")
        try await scenario.when(AnnualBudgetSet(year: 2017, personnel: 0, operating: 0, project: 103_000), on: december)
        var state = try await budget()
        #expect(state.year(2018)?.total == 140_000)
        #expect(state.year(2018)?.revisions == 0)
        #expect(state.year(2017)?.total == 103_000)
        try await scenario.when(AnnualBudgetSet.example, on: Scenario.at("2018-06-01"))
        try await scenario.when(AnnualBudgetSet(year: 2018, personnel: 0, operating: 5_000, project: 150_000,
                                                revisionNote: "제2회 추경"), on: Scenario.at("2018-09-01"))
        state = try await budget()
        #expect(state.year(2018) == BudgetState.Annual(year: 2018, personnel: 0, operating: 5_000, project: 150_000,
                                                      revisions: 2, revisionNote: "제2회 추경"))
        #expect(state.year(2018)?.total == 155_000)
        #expect(state.year(2019) == nil)
    }

    @Test(arguments: [1999, 2019, 2101])
    func refusesAnImplausibleYear(_ year: Int) async throws {
        try await scenario.expectRefused(AnnualBudgetSet(year: year, personnel: 0, operating: 0, project: 1), on: december,
                                         rule: "budget.year-invalid")
    }

    @Test(arguments: [(-1, 0, 0), (0, -5, 0), (0, 0, 100_000_001)])
    func refusesAnImplausibleAmount(_ amounts: (Int, Int, Int)) async throws {
        try await scenario.expectRefused(
            AnnualBudgetSet(year: 2018, personnel: amounts.0, operating: amounts.1, project: amounts.2), on: december,
            rule: "budget.amount-invalid")
    }

    @Test func refusesARevisionWithoutANote() async throws {
        try await scenario.given(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 140_000), on: december)
        try await scenario.expectRefused(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 150_000),
                                         on: Scenario.at("2018-06-01"), rule: "budget.revision-note-required")
    }

    @Test(arguments: ["", "   ", String(repeating: "가", count: 501)])
    func refusesAnInvalidRevisionNote(_ note: String) async throws {
        try await scenario.expectRefused(AnnualBudgetSet(year: 2018, personnel: 0, operating: 0, project: 1, revisionNote: note),
                                         on: december, rule: "budget.revision-note-invalid")
    }
}
