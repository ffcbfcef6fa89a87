import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct AdvisoryGroupTests {
    static func day(_ text: String) -> LocalDate { try! LocalDate(text) }

    /// The plan's 시민소통분과 composition, cohorts 1–3, by district in the plan's order
    /// (중구 동구 남구 연수구 남동구 부평구 계양구 서구 강화군 옹진군).
    static let planTable: [[Int]] = [
        [2, 1, 2, 2, 3, 5, 1, 3, 1, 0],
        [2, 1, 2, 4, 2, 3, 2, 2, 1, 1],
        [1, 1, 1, 1, 5, 1, 3, 5, 1, 1],
    ]
    /// Invented, overlapping two-year terms of cohorts 1–3.
    static let terms: [(String, String)] = [("2015-09-01", "2017-12-31"), ("2016-03-01", "2018-02-28"), ("2017-03-01", "2019-02-28")]

    static func planHistory() -> [(any OfficeEvent, Date)] {
        var items: [(any OfficeEvent, Date)] = []
        for (index, row) in planTable.enumerated() {
            let cohort = index + 1
            let (start, end) = (day(terms[index].0), day(terms[index].1))
            items.append((AdvisoryCohortFormed(subcommittee: .citizen, cohort: cohort, termStart: start, termEnd: end, seats: 20),
                          start.at(hour: 9)))
            for (district, size) in zip(District.allCases, row) where size > 0 {
                for seat in 1...size {
                    items.append((AdvisoryMemberAppointed(member: MemberID("C\(cohort)-\(district.rawValue)-\(seat)"),
                                                          subcommittee: .citizen, cohort: cohort, district: district,
                                                          termStart: start, termEnd: end), start.at(hour: 10)))
                }
            }
        }
        return items
    }

    static func planScenario() async throws -> Scenario {
        let scenario = Scenario()
        try await scenario.givenAll(planHistory())
        return scenario
    }

    static func state(_ scenario: Scenario) async throws -> AdvisoryGroupState {
        AdvisoryGroupState(entries: try await scenario.office.history(of: AdvisoryGroupState.stream))
    }

    @Test func reproducesThePlansCompositionOf60ByCohortAndDistrict() async throws {
        let group = try await Self.state(try await Self.planScenario())
        let counts = group.counts()
        for (index, row) in Self.planTable.enumerated() {
            let cells = District.allCases.map { counts[.init(subcommittee: .citizen, cohort: index + 1, district: $0)] ?? 0 }
            #expect(cells == row)
            #expect(group.count(subcommittee: .citizen, cohort: index + 1) == 20)
        }
        #expect(group.count(subcommittee: .citizen) == 60)
        #expect(group.count(subcommittee: .youth) == 0)
        let totals = group.districtTotals(subcommittee: .citizen)
        #expect(District.allCases.map { totals[$0] ?? -1 } == [5, 3, 5, 7, 10, 9, 6, 10, 3, 2])
        #expect(group.count(subcommittee: .citizen, district: .namdong) == 10)
        #expect(group.count(subcommittee: .citizen, cohort: 3, district: .seo) == 5)
    }

    @Test func membersNowDependOnTheDate() async throws {
        let group = try await Self.state(try await Self.planScenario())
        #expect(group.members(asOf: Self.day("2015-08-31")).count == 0)
        #expect(group.members(asOf: Self.day("2016-06-30")).count == 40)
        #expect(group.members(asOf: Self.day("2017-06-30")).count == 60)
        #expect(group.members(asOf: Self.day("2017-12-31")).count == 60)
        #expect(group.members(asOf: Self.day("2018-01-01")).count == 40)
        #expect(group.members(asOf: Self.day("2018-03-01")).count == 20)
        #expect(group.members(asOf: Self.day("2019-03-01")).count == 0)
        let totals = group.districtTotals(subcommittee: .citizen, asOf: Self.day("2017-06-30"))
        #expect(District.allCases.map { totals[$0] ?? -1 } == [5, 3, 5, 7, 10, 9, 6, 10, 3, 2])
        #expect(group.counts(asOf: Self.day("2018-03-01"))[.init(subcommittee: .citizen, cohort: 3, district: .namdong)] == 5)
        #expect(group.counts(asOf: Self.day("2018-03-01"))[.init(subcommittee: .citizen, cohort: 2, district: .namdong)] == nil)
        #expect(group.members(asOf: Self.day("2018-03-01")).first?.member == "C3-bupyeong-gu-1")
    }

    @Test func anEarlyEndStopsCountingFromThatDay() async throws {
        let scenario = try await Self.planScenario()
        try await scenario.when(AdvisoryTermEnded(member: "C3-seo-gu-2", reason: "사임"), on: Scenario.at("2018-05-10"))
        let group = try await Self.state(scenario)
        #expect(group.members(asOf: Self.day("2018-05-09")).count == 20)
        #expect(group.members(asOf: Self.day("2018-05-10")).count == 19)
        #expect(group.count(subcommittee: .citizen, cohort: 3, district: .seo, asOf: Self.day("2018-05-10")) == 4)
        #expect(group.count(subcommittee: .citizen) == 60)
        let ended = group.appointments.first { $0.member == "C3-seo-gu-2" }
        #expect(ended?.endedOn == Self.day("2018-05-10"))
        #expect(ended?.endReason == "사임")
        #expect(ended?.lastDay == Self.day("2018-05-09"))
    }

    @Test func membersMayServeAgainOnceAnEarlierTermIsOver() async throws {
        let scenario = try await Self.planScenario()
        try await scenario.given(AdvisoryCohortFormed(subcommittee: .citizen, cohort: 4, termStart: Self.day("2018-03-01"),
                                                      termEnd: Self.day("2020-02-29"), seats: 20), on: Scenario.at("2018-03-01"))
        try await scenario.given(AdvisoryCohortFormed.example, on: Scenario.at("2018-04-01"))
        try await scenario.when(AdvisoryMemberAppointed(member: "C1-jung-gu-1", subcommittee: .citizen, cohort: 4, district: .jung,
                                                        termStart: Self.day("2018-03-01"), termEnd: Self.day("2020-02-29")),
                                on: Scenario.at("2018-03-01"))
        try await scenario.when(AdvisoryTermEnded(member: "C3-seo-gu-2"), on: Scenario.at("2018-05-10"))
        try await scenario.when(AdvisoryMemberAppointed(member: "C3-seo-gu-2", subcommittee: .youth, cohort: 1, district: .seo,
                                                        termStart: Self.day("2018-05-10"), termEnd: Self.day("2020-03-31")),
                                on: Scenario.at("2018-05-10"))
        let group = try await Self.state(scenario)
        #expect(group.count(subcommittee: .youth, asOf: Self.day("2018-05-10")) == 1)
        #expect(group.members(asOf: Self.day("2018-05-10")).count == 21)
        #expect(AdvisorySubcommittee.allCases.map(\.koreanLabel) == ["시민소통분과", "청년소통분과"])
    }

    @Test func refusesFormingACohortTwice() async throws {
        let scenario = try await Self.planScenario()
        try await scenario.expectCivicRefusal(
            AdvisoryCohortFormed(subcommittee: .citizen, cohort: 3, termStart: Self.day("2018-03-01"),
                                 termEnd: Self.day("2020-02-29"), seats: 20),
            on: Scenario.at("2018-03-01"), rule: "advisory.cohort-already-formed", field: "cohort")
        // The same number in the other subcommittee is another cohort.
        try await scenario.when(AdvisoryCohortFormed(subcommittee: .youth, cohort: 3, termStart: Self.day("2018-03-01"),
                                                     termEnd: Self.day("2020-02-29"), seats: 40), on: Scenario.at("2018-03-01"))
    }

    @Test func anAppointmentMustNameAKnownSubcommitteeCohortAndDistrict() async throws {
        let scenario = try await Self.planScenario()
        try await scenario.expectCivicRefusal(AdvisoryMemberAppointed.example, on: Scenario.at("2018-04-01"),
                                              rule: "advisory.unknown-cohort", field: "cohort")
        try await scenario.expectCivicRefusal(
            AdvisoryMemberAppointed(member: "C9-1", subcommittee: .citizen, cohort: 9, district: .jung,
                                    termStart: Self.day("2018-04-01"), termEnd: Self.day("2019-02-28")),
            on: Scenario.at("2018-04-01"), rule: "advisory.unknown-cohort")
        // An unknown subcommittee or district cannot even be decoded.
        let payload = Data(#"{"cohort":3,"district":"incheon-gu","member":"X","subcommittee":"citizen","termEnd":"2019-02-28","termStart":"2018-04-01"}"#.utf8)
        let error = #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(type: "advisory.member-appointed", schemaVersion: 1, payload: payload)
        }
        #expect(error?.field == "district")
    }

    @Test func refusesATermOutsideTheCohortsTerm() async throws {
        let scenario = try await Self.planScenario()
        try await scenario.expectCivicRefusal(
            AdvisoryMemberAppointed(member: "C3-new", subcommittee: .citizen, cohort: 3, district: .ganghwa,
                                    termStart: Self.day("2018-04-01"), termEnd: Self.day("2019-03-31")),
            on: Scenario.at("2018-04-01"), rule: "advisory.term-outside-cohort", field: "termStart")
        try await scenario.expectCivicRefusal(
            AdvisoryMemberAppointed(member: "C3-new", subcommittee: .citizen, cohort: 3, district: .ganghwa,
                                    termStart: Self.day("2017-01-01"), termEnd: Self.day("2019-02-28")),
            on: Scenario.at("2018-04-01"), rule: "advisory.term-outside-cohort")
    }

    @Test func refusesAppointingAnActiveMemberAgain() async throws {
        let scenario = try await Self.planScenario()
        try await scenario.given(AdvisoryCohortFormed.example, on: Scenario.at("2018-04-01"))
        try await scenario.expectCivicRefusal(
            AdvisoryMemberAppointed(member: "C3-seo-gu-2", subcommittee: .youth, cohort: 1, district: .seo,
                                    termStart: Self.day("2018-04-01"), termEnd: Self.day("2020-03-31")),
            on: Scenario.at("2018-04-01"), rule: "advisory.member-already-active", field: "member")
    }

    @Test func refusesEndingTheTermOfAMemberWhoIsNotActive() async throws {
        let scenario = try await Self.planScenario()
        try await scenario.expectCivicRefusal(AdvisoryTermEnded(member: "nobody"), on: Scenario.at("2018-05-10"),
                                              rule: "advisory.member-not-active", field: "member")
        // Cohort 1's terms ran out on 2017-12-31.
        try await scenario.expectCivicRefusal(AdvisoryTermEnded(member: "C1-jung-gu-1"), on: Scenario.at("2018-05-10"),
                                              rule: "advisory.member-not-active")
        try await scenario.given(AdvisoryTermEnded(member: "C3-jung-gu-1"), on: Scenario.at("2018-05-10"))
        try await scenario.expectCivicRefusal(AdvisoryTermEnded(member: "C3-jung-gu-1"), on: Scenario.at("2018-05-11"),
                                              rule: "advisory.member-not-active")
    }
}
