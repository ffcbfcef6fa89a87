import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

@Suite("District equity projection")
struct DistrictEquityProjectionTests {
    let columns = ["district", "field-days", "field-offices", "advisors", "petitions", "last-visit", "days-since"]

    static func petition(_ number: Int, _ district: District) -> PetitionReceived {
        PetitionReceived(petitionID: PetitionID("2018-\(String(format: "%04d", number))"), channel: .visit,
                         kind: .grievance, subject: "생활불편 민원 \(number)", district: district,
                         department: "transport-policy",
                         petitioner: Petitioner(subject: SubjectID("subject-\(number)"), name: Personal("김예시")))
    }

    static func appointed(_ member: String, _ subcommittee: AdvisorySubcommittee, _ cohort: Int, _ district: District,
                          _ start: String, _ end: String) -> AdvisoryMemberAppointed {
        AdvisoryMemberAppointed(member: MemberID(member), subcommittee: subcommittee, cohort: cohort, district: district,
                                termStart: CivicHarness.date(start), termEnd: CivicHarness.date(end))
    }

    static func formed(_ subcommittee: AdvisorySubcommittee, _ cohort: Int, _ start: String, _ end: String)
        -> AdvisoryCohortFormed {
        AdvisoryCohortFormed(subcommittee: subcommittee, cohort: cohort, termStart: CivicHarness.date(start),
                             termEnd: CivicHarness.date(end), seats: 20)
    }

    /// Two years of field days, field offices, petitions and advisory members, in date order.
    static let history: [(any OfficeEvent, String)] = [
        (FieldDayHeld(host: .director, hostDepartment: "urban-planning", district: .dong, site: "만석동 공장지대",
                      withCityCouncil: false), "2017-04-12"),
        (formed(.citizen, 1, "2017-07-01", "2018-06-30"), "2017-07-01"),
        (appointed("ADV-1", .citizen, 1, .dong, "2017-07-01", "2018-06-30"), "2017-07-01"),
        (appointed("ADV-2", .citizen, 1, .namdong, "2017-07-01", "2018-06-30"), "2017-07-01"),
        (FieldDayHeld(host: .mayor, district: .ongjin, site: "영흥도 선착장", withCityCouncil: false), "2017-09-05"),
        (petition(1, .seo), "2017-10-11"),
        (FieldDayHeld(host: .viceMayor, district: .jung, site: "신포동 상가", withCityCouncil: true), "2018-01-18"),
        (petition(2, .namdong), "2018-02-05"),
        (FieldDayHeld(host: .mayor, district: .namdong, site: "논현동 주민센터", withCityCouncil: false), "2018-03-15"),
        (FieldOfficeHeld(district: .bupyeong, place: "부평역 지하상가", petitionsTaken: 37,
                         departmentsAccompanying: ["transport-policy"]), "2018-03-28"),
        (formed(.youth, 1, "2018-04-01", "2020-03-31"), "2018-04-01"),
        (appointed("ADV-Y1", .youth, 1, .seo, "2018-04-01", "2020-03-31"), "2018-04-01"),
        (appointed("ADV-Y2", .youth, 1, .seo, "2018-04-01", "2020-03-31"), "2018-04-01"),
        (petition(3, .namdong), "2018-04-20"),
        (petition(4, .bupyeong), "2018-05-03"),
        (FieldDayHeld(host: .director, hostDepartment: "urban-planning", district: .seo, site: "검단 신도시 현장",
                      withCityCouncil: false), "2018-06-07"),
        (FieldOfficeHeld(district: .yeonsu, place: "송도 센트럴파크", petitionsTaken: 21, departmentsAccompanying: []),
         "2018-06-27"),
        (formed(.citizen, 2, "2018-07-01", "2020-06-30"), "2018-07-01"),
        (appointed("ADV-3", .citizen, 2, .jung, "2018-07-01", "2020-06-30"), "2018-07-01"),
        (appointed("ADV-4", .citizen, 2, .namdong, "2018-07-01", "2020-06-30"), "2018-07-01"),
        (appointed("ADV-5", .citizen, 2, .namdong, "2018-07-01", "2020-06-30"), "2018-07-01"),
        (appointed("ADV-6", .citizen, 2, .ongjin, "2018-07-01", "2020-06-30"), "2018-07-01"),
        (FieldDayHeld(host: .viceMayor, district: .bupyeong, site: "부평 미군기지 반환부지", withCityCouncil: true),
         "2018-08-09"),
        (petition(5, .bupyeong), "2018-08-21"),
        (FieldOfficeHeld(district: .gyeyang, place: "계산역 광장", petitionsTaken: 15, departmentsAccompanying: []),
         "2018-09-19"),
        (FieldDayHeld(host: .departmentHead, hostDepartment: "road-management", district: .namdong,
                      site: "구월동 통학로", withCityCouncil: false), "2018-11-20"),
        (petition(6, .namdong), "2018-11-27"),
        (petition(7, .jung), "2018-12-03"),
        (FieldOfficeHeld(district: .nam, place: "주안역 광장", petitionsTaken: 28, departmentsAccompanying: []),
         "2018-12-12"),
    ]

    func recorded() async throws -> CivicHarness {
        let harness = CivicHarness()
        try await harness.recordAll(Self.history)
        return harness
    }

    @Test("one row per district for 2018: visits, advisors, petitions, last visit and days since")
    func year2018() async throws {
        let result = try await recorded().result(DistrictEquityProjection())
        let table = try #require(result.table("district-equity"))
        #expect(table.title == "구·군별 현장소통 형평성 현황 (2018년)")
        #expect(table.columns.map(\.label) == ["구 분", "현장소통의 날", "1일 현장민원실", "자문위원", "직소민원", "최근 현장방문", "경과일수"])
        #expect(table.columns.map(\.key) == columns)
        #expect(result.rowKeys("district-equity") == ["total"] + civicDistrictKeys)
        func row(_ key: String) -> [Cell?] { result.cells("district-equity", row: key, columns) }
        #expect(row("total") == [.text("계"), .integer(5), .integer(4), .integer(6), .integer(6), .text("2018-12-12"), .integer(19)])
        #expect(row("jung-gu") == [.text("중구"), .integer(1), .integer(0), .integer(1), .integer(1), .text("2018-01-18"), .integer(347)])
        #expect(row("dong-gu") == [.text("동구"), .integer(0), .integer(0), .integer(0), .integer(0), .text("2017-04-12"), .integer(628)])
        #expect(row("nam-gu") == [.text("남구"), .integer(0), .integer(1), .integer(0), .integer(0), .text("2018-12-12"), .integer(19)])
        #expect(row("yeonsu-gu") == [.text("연수구"), .integer(0), .integer(1), .integer(0), .integer(0), .text("2018-06-27"), .integer(187)])
        #expect(row("namdong-gu") == [.text("남동구"), .integer(2), .integer(0), .integer(2), .integer(3), .text("2018-11-20"), .integer(41)])
        #expect(row("bupyeong-gu") == [.text("부평구"), .integer(1), .integer(1), .integer(0), .integer(2), .text("2018-08-09"), .integer(144)])
        #expect(row("gyeyang-gu") == [.text("계양구"), .integer(0), .integer(1), .integer(0), .integer(0), .text("2018-09-19"), .integer(103)])
        #expect(row("seo-gu") == [.text("서구"), .integer(1), .integer(0), .integer(2), .integer(0), .text("2018-06-07"), .integer(207)])
        #expect(row("ganghwa-gun") == [.text("강화군"), .integer(0), .integer(0), .integer(0), .integer(0), .notApplicable, .notApplicable])
        #expect(row("ongjin-gun") == [.text("옹진군"), .integer(0), .integer(0), .integer(1), .integer(0), .text("2017-09-05"), .integer(482)])
        #expect(table.notes.first == "2018년 현장방문(현장소통의 날·1일 현장민원실)이 없는 구·군: 동구, 강화군, 옹진군 "
            + "— 대상지 선정시 지역 및 의원 수 등 형평성을 고려한 현장소통 운영")
    }

    @Test("another year: counts for 2017, while advisors and days since stay as of the as-of date")
    func year2017() async throws {
        let result = try await recorded().result(DistrictEquityProjection(year: 2017))
        #expect(result.table("district-equity")?.title == "구·군별 현장소통 형평성 현황 (2017년)")
        let columns = ["field-days", "field-offices", "advisors", "petitions", "days-since"]
        #expect(result.cells("district-equity", row: "total", columns)
            == [.integer(2), .integer(0), .integer(6), .integer(1), .integer(19)])
        #expect(result.cells("district-equity", row: "ongjin-gun", columns)
            == [.integer(1), .integer(0), .integer(1), .integer(0), .integer(482)])
        #expect(result.table("district-equity")?.notes.first?.hasPrefix(
            "2017년 현장방문(현장소통의 날·1일 현장민원실)이 없는 구·군: 중구, 남구, 연수구, 남동구, 부평구, 계양구, 서구, 강화군 —") == true)
    }

    @Test("as of a date (terms and days since move with it) and as of a position")
    func asOf() async throws {
        let harness = try await recorded()
        let june = try await harness.result(DistrictEquityProjection(), cutoff: .date(CivicHarness.date("2018-06-30")))
        #expect(june.cells("district-equity", row: "namdong-gu", columns)
            == [.text("남동구"), .integer(1), .integer(0), .integer(1), .integer(2), .text("2018-03-15"), .integer(107)])
        #expect(june.cells("district-equity", row: "total", ["advisors", "field-days", "field-offices"])
            == [.integer(4), .integer(3), .integer(2)])
        // Position 5: a field day, the first cohort and the 옹진군 field day; no office, no petition yet.
        let early = try await harness.result(DistrictEquityProjection(year: 2017), cutoff: .position(5))
        #expect(early.cells("district-equity", row: "total", ["field-days", "field-offices", "advisors", "petitions"])
            == [.integer(2), .noData, .integer(0), .noData])
    }

    @Test("explain: 남동구's last visit comes from the first visit recorded and its two field days")
    func explain() async throws {
        let harness = try await recorded()
        let days = try await harness.events(FieldDayHeld.eventType)
        let namdong = [days[0]] + days.filter { $0.payload.range(of: Data("namdong-gu".utf8)) != nil }
        #expect(namdong.count == 3)
        for column in ["last-visit", "days-since"] {
            let sources = try await harness.runner.explain(DistrictEquityProjection(), table: "district-equity",
                                                           row: "namdong-gu", column: column)
            #expect(sources.map(\.id) == namdong.map(\.id))
        }
        let petitions = try await harness.events(PetitionReceived.eventType)
        let sources = try await harness.runner.explain(DistrictEquityProjection(), table: "district-equity",
                                                       row: "bupyeong-gu", column: "petitions")
        #expect(sources.map(\.id) == [petitions[0].id, petitions[3].id, petitions[4].id])
    }

    @Test("catching up from a saved checkpoint equals a rebuild")
    func catchUp() async throws {
        let harness = CivicHarness()
        try await harness.recordAll(Array(Self.history.prefix(15)))
        try await harness.expectCatchUpMatchesRebuild(DistrictEquityProjection()) {
            try await harness.recordAll(Array(Self.history.dropFirst(15)))
            try await harness.record(AdvisoryTermEnded(member: "ADV-5"), on: "2018-12-20")
        }
        let result = try await harness.result(DistrictEquityProjection())
        #expect(result.cells("district-equity", row: "namdong-gu", ["advisors"]) == [.integer(1)])
    }

    @Test("nothing recorded: 자료 없음, and every district lacks a visit")
    func empty() async throws {
        let result = try await CivicHarness().result(DistrictEquityProjection())
        #expect(result.cells("district-equity", row: "jung-gu", columns)
            == [.text("중구"), .noData, .noData, .noData, .noData, .noData, .noData])
        #expect(result.table("district-equity")?.notes.first?.contains("중구, 동구, 남구") == true)
    }
}
