import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The plan's 시민소통분과 cohorts, recorded as events.
enum AdvisoryPlan {
    /// Members per district (중구 … 옹진군), cohorts 1–3, as the plan prints them.
    static let cohorts: [[Int]] = [
        [2, 1, 2, 2, 3, 5, 1, 3, 1, 0],
        [2, 1, 2, 4, 2, 3, 2, 2, 1, 1],
        [1, 1, 1, 1, 5, 1, 3, 5, 1, 1],
    ]
    /// Each cohort's term (two and a half years for the first, two for the others).
    static let terms = [("2015-07-01", "2017-12-31"), ("2016-07-01", "2018-06-30"), ("2017-07-01", "2019-06-30"),
                        ("2018-07-01", "2020-06-30")]

    /// A cohort formed and its members appointed on the first day of its term: member ids
    /// `ADV-<C|Y><cohort>-<n>`.
    static func cohort(_ subcommittee: AdvisorySubcommittee, _ number: Int, counts: [Int],
                       term: (String, String)) -> [(any OfficeEvent, String)] {
        let start = CivicHarness.date(term.0), end = CivicHarness.date(term.1)
        var events: [(any OfficeEvent, String)] = [
            (AdvisoryCohortFormed(subcommittee: subcommittee, cohort: number, termStart: start, termEnd: end,
                                  seats: max(1, counts.reduce(0, +))), term.0),
        ]
        var serial = 0
        for (district, count) in zip(District.allCases, counts) {
            for _ in 0..<count {
                serial += 1
                let member = MemberID("ADV-\(subcommittee == .citizen ? "C" : "Y")\(number)-\(serial)")
                events.append((AdvisoryMemberAppointed(member: member, subcommittee: subcommittee, cohort: number,
                                                       district: district, termStart: start, termEnd: end), term.0))
            }
        }
        return events
    }

    /// Records cohorts 1–3 of the plan.
    static func recordPlan(in harness: CivicHarness) async throws {
        for (index, counts) in cohorts.enumerated() {
            try await harness.recordAll(cohort(.citizen, index + 1, counts: counts, term: terms[index]))
        }
    }

    /// Records 2018: the 4th citizen cohort (20, two per district) and a youth cohort of 6.
    static func record2018(in harness: CivicHarness) async throws {
        try await harness.recordAll(cohort(.citizen, 4, counts: Array(repeating: 2, count: 10), term: terms[3]))
        try await harness.recordAll(cohort(.youth, 1, counts: [0, 0, 1, 2, 0, 1, 0, 2, 0, 0],
                                           term: ("2018-04-01", "2020-03-31")))
    }
}

@Suite("Advisory projection")
struct AdvisoryProjectionTests {
    let projection = AdvisoryProjection()

    @Test("the plan's 시민소통분과 table, cell by cell, as of 2017-12-31")
    func planTable() async throws {
        let harness = CivicHarness()
        try await AdvisoryPlan.recordPlan(in: harness)
        try await AdvisoryPlan.record2018(in: harness)
        let result = try await harness.result(projection, cutoff: .date(CivicHarness.date("2017-12-31")))
        let table = try #require(result.table("composition"))
        #expect(table.title == "시민행복정책자문단 「시민소통분과」 구성현황")
        #expect(table.columns.map(\.label) == ["구분", "인원", "중구", "동구", "남구", "연수구", "남동구", "부평구",
                                               "계양구", "서구", "강화군", "옹진군"])
        #expect(table.columns.map(\.key) == ["category", "members"] + civicDistrictKeys)
        #expect(result.rowKeys("composition") == ["total", "cohort-1", "cohort-2", "cohort-3"])
        let columns = ["category", "members"] + civicDistrictKeys
        #expect(result.cells("composition", row: "total", columns) == [.text("계")] + planCells([60, 5, 3, 5, 7, 10, 9, 6, 10, 3, 2]))
        #expect(result.cells("composition", row: "cohort-1", columns) == [.text("1기")] + planCells([20, 2, 1, 2, 2, 3, 5, 1, 3, 1, 0]))
        #expect(result.cells("composition", row: "cohort-2", columns) == [.text("2기")] + planCells([20, 2, 1, 2, 4, 2, 3, 2, 2, 1, 1]))
        #expect(result.cells("composition", row: "cohort-3", columns) == [.text("3기")] + planCells([20, 1, 1, 1, 1, 5, 1, 3, 5, 1, 1]))
        #expect(table.cell(row: "cohort-1", column: "ongjin-gun")?.description == "-")
        // All three cohorts serve on 2017-12-31 (the first one's last day).
        #expect(result.cells("serving", row: "citizen", ["total", "namdong-gu", "ongjin-gun"]) == [.integer(60), .integer(10), .integer(2)])
        #expect(result.cells("serving", row: "youth", ["total", "jung-gu"]) == [.notApplicable, .notApplicable])
    }

    @Test("the head adds the 4th cohort; the youth subcommittee stays out of the 시민소통분과 table")
    func headView() async throws {
        let harness = CivicHarness()
        try await AdvisoryPlan.recordPlan(in: harness)
        try await AdvisoryPlan.record2018(in: harness)
        let result = try await harness.result(projection)
        #expect(result.moment.asOf == CivicHarness.date("2018-12-31"))
        #expect(result.rowKeys("composition") == ["total", "cohort-1", "cohort-2", "cohort-3", "cohort-4"])
        #expect(result.cells("composition", row: "cohort-4", ["category", "members", "jung-gu"]) == [.text("4기"), .integer(20), .integer(2)])
        #expect(result.cells("composition", row: "total", ["members", "jung-gu", "ongjin-gun"]) == [.integer(80), .integer(7), .integer(4)])
        // 2018-12-31: cohorts 3 and 4 (40) and the youth cohort (6).
        let columns = ["category", "total"] + civicDistrictKeys
        #expect(result.cells("serving", row: "citizen", columns) == [.text("시민소통분과")] + planCells([40, 3, 3, 3, 3, 7, 3, 5, 7, 3, 3]))
        #expect(result.cells("serving", row: "youth", columns) == [.text("청년소통분과")] + planCells([6, 0, 0, 1, 2, 0, 1, 0, 2, 0, 0]))
        #expect(result.cells("serving", row: "total", columns) == [.text("계")] + planCells([46, 3, 3, 4, 5, 7, 4, 5, 9, 3, 3]))
        #expect(result.rowKeys("serving") == ["total", "citizen", "youth"])
    }

    @Test("members serving change with the as-of date: terms run out and end early")
    func servingAcrossDates() async throws {
        let harness = CivicHarness()
        try await AdvisoryPlan.recordPlan(in: harness)
        // A 2기 member for 연수구 (ADV-C2-7) resigns on 2018-02-10.
        try await harness.record(AdvisoryTermEnded(member: "ADV-C2-7", reason: "타 지역 전출"), on: "2018-02-10")
        try await AdvisoryPlan.record2018(in: harness)

        func serving(_ day: String) async throws -> [Cell?] {
            try await harness.result(projection, cutoff: .date(CivicHarness.date(day)))
                .cells("serving", row: "total", ["total", "yeonsu-gu", "namdong-gu"])
        }
        #expect(try await serving("2016-12-31") == [.integer(40), .integer(6), .integer(5)])
        #expect(try await serving("2017-12-31") == [.integer(60), .integer(7), .integer(10)])
        #expect(try await serving("2018-02-09") == [.integer(40), .integer(5), .integer(7)])
        #expect(try await serving("2018-02-10") == [.integer(39), .integer(4), .integer(7)])
        #expect(try await serving("2018-05-31") == [.integer(45), .integer(6), .integer(7)])
        #expect(try await serving("2018-12-31") == [.integer(46), .integer(5), .integer(7)])
        // The composition still counts the member who resigned, as the plan counts appointments.
        let late = try await harness.result(projection, cutoff: .date(CivicHarness.date("2018-05-31")))
        #expect(late.cells("composition", row: "cohort-2", ["members", "yeonsu-gu"]) == [.integer(20), .integer(4)])
    }

    @Test("as of a position: only the cohorts recorded up to it")
    func asOfPosition() async throws {
        let harness = CivicHarness()
        try await harness.recordAll(AdvisoryPlan.cohort(.citizen, 1, counts: AdvisoryPlan.cohorts[0], term: AdvisoryPlan.terms[0]))
        let afterFirst = await harness.head()
        try await harness.recordAll(AdvisoryPlan.cohort(.citizen, 2, counts: AdvisoryPlan.cohorts[1], term: AdvisoryPlan.terms[1]))
        let result = try await harness.result(projection, cutoff: .position(afterFirst))
        #expect(result.moment.position == afterFirst)
        #expect(result.rowKeys("composition") == ["total", "cohort-1"])
        #expect(result.cells("composition", row: "total", ["members", "bupyeong-gu", "ongjin-gun"]) == [.integer(20), .integer(5), .notApplicable])
        let later = try await harness.result(projection, cutoff: .position(afterFirst + 5))
        #expect(later.cells("composition", row: "cohort-2", ["members", "jung-gu", "dong-gu"]) == [.integer(4), .integer(2), .integer(1)])
    }

    @Test("explain: a cohort's district cell comes from exactly its appointments; a serving cell from terms")
    func explain() async throws {
        let harness = CivicHarness()
        try await AdvisoryPlan.recordPlan(in: harness)
        try await harness.record(AdvisoryTermEnded(member: "ADV-C2-7"), on: "2018-02-10")
        let appointments = try await harness.events(AdvisoryMemberAppointed.eventType)
        func appointed(_ cohort: Int, _ district: District) throws -> [RecordedEvent] {
            try appointments.filter {
                let event = try CanonicalJSON.decode(AdvisoryMemberAppointed.self, from: $0.payload)
                return event.cohort == cohort && event.district == district
            }
        }
        // The cohort's formation creates the row (남동구 "-"), then each appointment adds one.
        let formed = try await harness.events(AdvisoryCohortFormed.eventType)
        let composition = try await harness.runner.explain(projection, table: "composition", row: "cohort-1",
                                                           column: "namdong-gu")
        #expect(composition.map(\.id) == [formed[0].id] + (try appointed(1, .namdong)).map(\.id))
        #expect(composition.count == 4)

        // On 2018-03-31 the first cohort's terms are over: its 연수구 appointments never show.
        let ended = try await harness.events(AdvisoryTermEnded.eventType)
        let serving = try await harness.runner.explain(projection, cutoff: .date(CivicHarness.date("2018-03-31")),
                                                       table: "serving", row: "citizen", column: "yeonsu-gu")
        // The first advisory event turns 자료 없음 into "-"; then 2기 and 3기 appointments and the resignation.
        #expect(serving.map(\.id) == [formed[0].id] + (try appointed(2, .yeonsu) + appointed(3, .yeonsu)).map(\.id)
            + ended.map(\.id))
        #expect(serving.count == 7)
    }

    @Test("catching up from a saved checkpoint equals a rebuild")
    func catchUp() async throws {
        let harness = CivicHarness()
        try await AdvisoryPlan.recordPlan(in: harness)
        try await harness.expectCatchUpMatchesRebuild(projection) {
            try await harness.record(AdvisoryTermEnded(member: "ADV-C3-2"), on: "2018-03-05")
            try await AdvisoryPlan.record2018(in: harness)
        }
    }

    @Test("no advisory events: 자료 없음, not 0")
    func empty() async throws {
        let result = try await CivicHarness().result(projection)
        #expect(result.rowKeys("composition") == ["total"])
        #expect(result.cells("composition", row: "total", ["members", "jung-gu"]) == [.noData, .noData])
        #expect(result.cells("serving", row: "total", ["total", "seo-gu"]) == [.noData, .noData])
        #expect(result.table("composition")?.notes.contains("시민소통분과 기수 구성 기록 없음") == true)
    }
}
