import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The acceptance test: the fixture log, projected, reproduces every table of the 2018 work plan
/// cell by cell — through the same projections `sotong show` prints.
@Suite("The plan's tables from the fixture log") struct PlanTablesGoldenTests {
    func result(_ name: String, _ parameters: ProjectionParameters = .init(), asOf: String) async throws -> ProjectionResult {
        let fixture = try await ImportedFixture.shared.value
        let runner = ProjectionRunner(store: fixture.store, clock: .fixed(RFC3339.date(from: "2019-02-01T00:00:00Z")!))
        return try await runner.result(of: try ProjectionCatalog.make(name, parameters), cutoff: .date(day(asOf)))
    }

    /// The cells of one row, in column order, as printed.
    func row(_ result: ProjectionResult, _ table: String, _ row: String, _ columns: [String]) throws -> [String] {
        let table = try #require(result.table(table), "no table \(table)")
        let found = try #require(table.rows.first { $0.key == row }, "no row \(row) in \(table.key)")
        return columns.map { found.cells[$0]?.description ?? "(missing)" }
    }

    @Test func roster() async throws {
        let result = try await result("roster", asOf: "2017-12-31")
        let columns = ["total", "grade4", "grade5", "grade6", "grade7", "grade8"]
        #expect(try row(result, "roster", "total", columns) == ["17/18(2)", "1/1", "4/4(1)", "7/7(1)", "5/5", "0/1"])
        #expect(try row(result, "roster", "communication-policy", columns) == ["6/7(2)", "1/1", "1/1(1)", "2/2(1)", "2/2", "0/1"])
        #expect(try row(result, "roster", "communication-support", columns) == ["3/3", "-", "1/1", "1/1", "1/1", "-"])
        #expect(try row(result, "roster", "field-communication", columns) == ["3/3", "-", "1/1", "1/1", "1/1", "-"])
        #expect(try row(result, "roster", "direct-petitions", columns) == ["5/5", "-", "1/1", "3/3", "1/1", "-"])
        #expect(result.table("roster")?.columns.map(\.label) == ["구 분", "계", "4급", "5급", "6급", "7급", "8급", "비고"])
        #expect(result.table("roster")?.notes.contains("()는 장기교육 파견복귀자 인원이며, 앞 숫자에 미포함") == true)
        #expect(result.table("duties")?.rows.count == 17)
    }

    @Test func budgetAndSummary() async throws {
        let result = try await result("budget", .init(year: 2018), asOf: "2017-12-31")
        #expect(try row(result, "budget", "total", ["previous", "current", "personnel", "operating", "project"])
                == ["103", "140", "-", "-", "140"])
        let summary = try #require(result.table("summary"))
        let subtotals = summary.rows.filter { $0.key.hasSuffix(".subtotal") }.map { $0.cells["cost"]?.description ?? "" }
        #expect(subtotals == ["24", "40", "4", "13", "2.6"])
        #expect(try row(result, "summary", "allocated", ["cost"]) == ["83.6"])
        #expect(try row(result, "summary", "project-budget", ["cost"]) == ["140"])
        #expect(try row(result, "summary", "unallocated", ["cost"]) == ["56.4"])
        let costs = summary.rows.filter { !$0.key.contains(".") && !["allocated", "project-budget", "unallocated"].contains($0.key) }
            .map { $0.cells["cost"]?.description ?? "" }
        #expect(costs == ["9", "15", "40", "비예산", "비예산", "4", "비예산", "비예산", "2", "11", "2.6", "비예산"])
    }

    @Test func networkAdvisoryAndExperts() async throws {
        let network = try await result("network", asOf: "2017-12-31")
        #expect(try row(network, "network", "members", ["total", "professional-association", "civic-group", "city-council", "city"])
                == ["22", "11", "7", "3", "1"])
        #expect(network.table("agendas")?.rows.count == 12)
        let advisory = try await result("advisory", asOf: "2017-12-31")
        let districts = ["members"] + District.allCases.map(\.rawValue)
        #expect(try row(advisory, "composition", "total", districts) == ["60", "5", "3", "5", "7", "10", "9", "6", "10", "3", "2"])
        #expect(try row(advisory, "composition", "cohort-1", districts) == ["20", "2", "1", "2", "2", "3", "5", "1", "3", "1", "-"])
        #expect(try row(advisory, "composition", "cohort-2", districts) == ["20", "2", "1", "2", "4", "2", "3", "2", "2", "1", "1"])
        #expect(try row(advisory, "composition", "cohort-3", districts) == ["20", "1", "1", "1", "1", "5", "1", "3", "5", "1", "1"])
        let experts = try await result("experts", asOf: "2017-12-31")
        #expect(try row(experts, "expert-pool", "members", ["total", "institute", "professor", "related-institution", "civic-group"])
                == ["51", "16", "17", "12", "6"])
    }

    @Test func petitionsAsOfNovember30() async throws {
        let result = try await result("petitions", asOf: "2017-11-30")
        #expect(try row(result, "petition-status", "petitions",
                        ["total", "completed", "notPossible", "underReview", "mayorMeetings", "siteVisits"])
                == ["467", "319", "121", "27", "27", "91"])
        #expect(result.table("petition-status")?.columns.prefix(7).map(\.label)
                == ["구 분", "직소민원 계", "완료", "불가", "검토", "시장(부시장) 면담", "현장방문"])
        #expect(result.table("petition-status")?.notes.first == "(기준 : '17.11.30)")
    }

    @Test func indicators() async throws {
        let result = try await result("indicators", asOf: "2017-12-31")
        let expected: [(String, [String])] = [
            ("network-meetings", ["3", "10", "10"]), ("academy-sessions", ["2 (72)", "2 (273)", "3 (300)"]),
            ("aein-forums", ["2 (894)", "2 (1,710)", "2 (1,000)"]), ("advisory-members", ["40", "60", "60"]),
            ("communication-tours", ["-", "3", "2"]), ("performance-evaluations", ["-", "-", "2"]),
            ("field-communication-days", ["4", "6", "12"]), ("one-day-field-offices", ["2", "4", "4"]),
            ("conflict-mediations", ["10", "11", "12"]), ("conflict-trainings", ["1", "2", "2"]),
            ("petition-consultations", ["433", "467", "300"]), ("outreach-meetings", ["65", "91", "60"]),
        ]
        let table = try #require(result.table("indicators"))
        #expect(table.rows.map(\.key) == expected.map(\.0))
        for (indicator, cells) in expected {
            #expect(try row(result, "indicators", indicator, ["actual-2016", "actual-2017", "target-2018"]) == cells,
                    "\(indicator)")
        }
    }

    @Test func theYear2018HasRealContent() async throws {
        let scores = try await result("scores", .init(year: 2018), asOf: "2018-12-31")
        for half in ["scores-h1", "scores-h2"] {
            let rows = try #require(scores.table(half)).rows
            #expect(rows.count >= 10)
            #expect(rows.filter { $0.cells["rank"]?.description != "-" }.count >= 10)
        }
        let overdue = try await result("overdue", asOf: "2018-12-31")
        #expect(Int(try row(overdue, "overdue", "total", ["count"])[0]) ?? 0 >= 1)
        let notices = try await result("notices", asOf: "2018-12-31")
        #expect(Int(try row(notices, "notices-owed", "total", ["count"])[0]) ?? 0 >= 1)
        let indicators = try await result("indicators", asOf: "2018-12-31")
        #expect(try row(indicators, "indicators", "performance-evaluations", ["actual-2018", "target-2018", "achievement-2018"])
                == ["2", "2", "100.0"])
    }
}
