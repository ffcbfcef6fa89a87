import Foundation
import SotongCore
import SotongDomain
import Testing

/// The academy, the monitor group, tours, field communication days and field petition offices.
@Suite struct ActivityTests {
    @Test func academySessionsAreRecorded() async throws {
        let scenario = Scenario()
        try await scenario.when(AcademySessionHeld.example, on: Scenario.at("2018-04-12"))
        let second = try await scenario.when(AcademySessionHeld(title: "공직자 소통마인드 향상 교육", participants: 95,
                                                                departmentsAttending: []), on: Scenario.at("2018-09-12"))
        #expect(second.stream == "academy")
        #expect(second.streamVersion == 2)
    }

    @Test func monitorsJoinReportAndLeave() async throws {
        let scenario = Scenario()
        try await scenario.when(MonitorMemberJoined.example, on: Scenario.at("2018-03-05"))
        try await scenario.when(MonitorMemberJoined(member: "MON-2018-031", role: .citizen), on: Scenario.at("2018-03-05"))
        try await scenario.when(MonitorReportFiled.example, on: Scenario.at("2018-06-20"))
        try await scenario.when(MonitorMemberLeft.example, on: Scenario.at("2018-10-01"))
        try await scenario.when(MonitorMemberJoined.example, on: Scenario.at("2018-11-01"))
        #expect(try await scenario.types(in: "monitor-group") == [
            "monitor.member-joined", "monitor.member-joined", "monitor.report-filed", "monitor.member-left",
            "monitor.member-joined",
        ])
        #expect(MonitorRole.allCases.map(\.koreanLabel) == ["퍼실리테이터", "일반시민"])
    }

    @Test func refusesJoiningTheMonitorGroupTwice() async throws {
        let scenario = Scenario()
        try await scenario.given(MonitorMemberJoined.example, on: Scenario.at("2018-03-05"))
        try await scenario.expectCivicRefusal(MonitorMemberJoined(member: "MON-2018-015", role: .citizen),
                                              on: Scenario.at("2018-03-06"), rule: "monitor.member-already-active",
                                              field: "member")
    }

    @Test func refusesLeavingTheMonitorGroupWhenNotAMember() async throws {
        let scenario = Scenario()
        try await scenario.expectCivicRefusal(MonitorMemberLeft.example, on: Scenario.at("2018-03-06"),
                                              rule: "monitor.member-not-active", field: "member")
    }

    @Test func refusesReportsFromNonMembers() async throws {
        let scenario = Scenario()
        try await scenario.expectCivicRefusal(MonitorReportFiled.example, on: Scenario.at("2018-03-06"),
                                              rule: "monitor.reporter-not-active", field: "member")
        try await scenario.given(MonitorMemberJoined.example, on: Scenario.at("2018-03-07"))
        try await scenario.given(MonitorMemberLeft.example, on: Scenario.at("2018-04-07"))
        try await scenario.expectCivicRefusal(MonitorReportFiled.example, on: Scenario.at("2018-05-07"),
                                              rule: "monitor.reporter-not-active")
    }

    @Test func livelihoodToursInTheFirstHalfAndPolicyToursInTheSecond() async throws {
        let scenario = Scenario()
        try await scenario.when(TourHeld.example, on: Scenario.at("2018-06-30", hour: 15))
        let policy = try await scenario.when(TourHeld(kind: .policy, sites: ["송도 스마트시티 운영센터"]),
                                             on: Scenario.at("2018-07-01"))
        #expect(policy.stream == "tours")
        #expect(TourKind.allCases.map(\.koreanLabel) == ["민생현장", "정책현장"])
    }

    @Test func refusesToursInTheWrongHalf() async throws {
        let scenario = Scenario()
        try await scenario.expectCivicRefusal(TourHeld.example, on: Scenario.at("2018-07-01"), rule: "tour.wrong-half",
                                              field: "kind")
        try await scenario.expectCivicRefusal(TourHeld(kind: .policy, sites: ["인천신항"]), on: Scenario.at("2018-06-30"),
                                              rule: "tour.wrong-half")
    }

    @Test func fieldDaysNameAHostDepartmentOnlyForDirectorsAndDepartmentHeads() async throws {
        let scenario = Scenario()
        try await scenario.when(FieldDayHeld.example, on: Scenario.at("2018-03-14"))
        try await scenario.when(FieldDayHeld(host: .viceMayor, district: .ganghwa, site: "교동도 연륙교 현장",
                                             withCityCouncil: true), on: Scenario.at("2018-03-21"))
        try await scenario.when(FieldDayHeld(host: .director, hostDepartment: "transport-bureau", district: .seo,
                                             site: "청라 광역버스 환승센터", withCityCouncil: false), on: Scenario.at("2018-03-28"))
        #expect(try await scenario.types(in: "field-days").count == 3)
        #expect(FieldDayHost.allCases.map(\.koreanLabel) == ["시장", "부시장", "실·국장", "부서장"])
    }

    @Test func refusesAHostDepartmentThatDoesNotFitTheHost() async throws {
        let scenario = Scenario()
        try await scenario.expectCivicRefusal(
            FieldDayHeld(host: .departmentHead, district: .jung, site: "신포시장", withCityCouncil: false),
            on: Scenario.at("2018-03-14"), rule: "field-day.host-department-mismatch", field: "hostDepartment")
        try await scenario.expectCivicRefusal(
            FieldDayHeld(host: .mayor, hostDepartment: "mayors-office", district: .jung, site: "신포시장", withCityCouncil: false),
            on: Scenario.at("2018-03-14"), rule: "field-day.host-department-mismatch")
    }

    @Test func fieldPetitionOfficesAreRecorded() async throws {
        let scenario = Scenario()
        let recorded = try await scenario.when(FieldOfficeHeld.example, on: Scenario.at("2018-03-23"))
        try await scenario.when(FieldOfficeHeld(district: .ongjin, place: "영흥면 행정복지센터 앞", petitionsTaken: 0,
                                                departmentsAccompanying: []), on: Scenario.at("2018-06-22"))
        #expect(recorded.stream == "field-offices")
    }

    static let invalidValues: [InvalidValueCase] = [
        InvalidValueCase(event: NetworkMemberJoined(member: "N-1", category: .city, organisation: ""), rule: "network.invalid-value", field: "organisation"),
        InvalidValueCase(event: NetworkMemberLeft(member: "N 1"), rule: "network.invalid-value", field: "member"),
        InvalidValueCase(event: NetworkAgendaRegistered(agenda: "A-1", title: "의제", tasks: []), rule: "network.invalid-value", field: "tasks"),
        InvalidValueCase(event: NetworkAgendaRegistered(agenda: "A-1", title: "의제", tasks: [.init(task: "T-1", title: "")]), rule: "network.invalid-value", field: "tasks[0].title"),
        InvalidValueCase(event: NetworkMeetingHeld(attendees: 0, agendas: []), rule: "network.invalid-value", field: "attendees"),
        InvalidValueCase(event: NetworkMeetingHeld(attendees: 10, agendas: ["A-1", "A-1"]), rule: "network.invalid-value", field: "agendas"),
        InvalidValueCase(event: NetworkTaskProgressRecorded(agenda: "A-1", task: "T-1", note: civicText(501), status: .done), rule: "network.invalid-value", field: "note"),
        InvalidValueCase(event: AcademySessionHeld(title: civicText(201), participants: 10, departmentsAttending: []), rule: "academy.invalid-value", field: "title"),
        InvalidValueCase(event: AcademySessionHeld(title: "과정", participants: -1, departmentsAttending: []), rule: "academy.invalid-value", field: "participants"),
        InvalidValueCase(event: ForumHeld(forum: "F-1", title: "토론회", topic: .safety, participants: 100, facilitators: -1), rule: "forum.invalid-value", field: "facilitators"),
        InvalidValueCase(event: ForumProposalCollected(forum: "F-1", proposal: "", summary: "제안"), rule: "forum.invalid-value", field: "proposal"),
        InvalidValueCase(event: ForumProposalReflected(forum: "F-1", proposal: "P-1", policy: " ", department: "roads"), rule: "forum.invalid-value", field: "policy"),
        InvalidValueCase(event: ForumProposalDeclined(forum: "F-1", proposal: "P-1", reason: ""), rule: "forum.invalid-value", field: "reason"),
        InvalidValueCase(event: AdvisoryCohortFormed(subcommittee: .youth, cohort: 0, termStart: AdvisoryGroupTests.day("2018-04-01"), termEnd: AdvisoryGroupTests.day("2020-03-31"), seats: 40), rule: "advisory.invalid-value", field: "cohort"),
        InvalidValueCase(event: AdvisoryCohortFormed(subcommittee: .youth, cohort: 1, termStart: AdvisoryGroupTests.day("2018-04-01"), termEnd: AdvisoryGroupTests.day("2018-03-31"), seats: 40), rule: "advisory.invalid-value", field: "termEnd"),
        InvalidValueCase(event: AdvisoryMemberAppointed(member: "M-1", subcommittee: .youth, cohort: 1, district: .jung, termStart: AdvisoryGroupTests.day("2018-04-01"), termEnd: AdvisoryGroupTests.day("2018-01-01")), rule: "advisory.invalid-value", field: "termEnd"),
        InvalidValueCase(event: AdvisoryTermEnded(member: "M-1", reason: ""), rule: "advisory.invalid-value", field: "reason"),
        InvalidValueCase(event: MonitorMemberJoined(member: "", role: .citizen), rule: "monitor.invalid-value", field: "member"),
        InvalidValueCase(event: MonitorMemberLeft(member: ""), rule: "monitor.invalid-value", field: "member"),
        InvalidValueCase(event: MonitorReportFiled(member: "M-1", policy: civicText(201), summary: "보고"), rule: "monitor.invalid-value", field: "policy"),
        InvalidValueCase(event: TourHeld(kind: .livelihood, sites: []), rule: "tour.invalid-value", field: "sites"),
        InvalidValueCase(event: TourHeld(kind: .livelihood, sites: ["시장"], participants: -3), rule: "tour.invalid-value", field: "participants"),
        InvalidValueCase(event: FieldDayHeld(host: .mayor, district: .jung, site: "", withCityCouncil: false), rule: "field-day.invalid-value", field: "site"),
        InvalidValueCase(event: FieldOfficeHeld(district: .jung, place: "광장", petitionsTaken: -1, departmentsAccompanying: []), rule: "field-office.invalid-value", field: "petitionsTaken"),
        InvalidValueCase(event: FieldOfficeHeld(district: .jung, place: "광장", petitionsTaken: 3, departmentsAccompanying: ["roads", "roads"]), rule: "field-office.invalid-value", field: "departmentsAccompanying"),
    ]

    @Test(arguments: invalidValues)
    func refusesInvalidValues(_ invalid: InvalidValueCase) async throws {
        try await invalid.verify()
    }
}
