import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct StaffEventTests {
    let scenario = Scenario()
    let day = Scenario.at("2017-01-02")

    private func establish(_ teams: Team...) async throws {
        for team in teams { try await scenario.given(TeamEstablished(team: team, duties: ["업무"]), on: day) }
    }

    private func member(_ staff: StaffID) async throws -> StaffMemberState {
        StaffMemberState.fold(try await scenario.office.history(of: .staff(staff)))
    }

    // MARK: staff.assigned

    @Test func assignsAStaffMember() async throws {
        try await establish(.petitions)
        let recorded = try await scenario.when(StaffAssigned.example, on: day)
        #expect(recorded.stream == "staff-S-1043")
        let member = try await member("S-1043")
        #expect(member.status == .active)
        #expect(member.team == .petitions)
        #expect(member.grade == .grade6)
        #expect(member.jobSeries == .facilities)
        #expect(member.role == "직소민원실")
    }

    @Test func refusesAnAssignmentToATeamNotEstablished() async throws {
        try await establish(.policy)
        try await scenario.expectRefused(StaffAssigned(staff: "S-1", team: .field, grade: .grade7, jobSeries: .administrative),
                                         on: day, rule: "organisation.team-not-established")
    }

    @Test func refusesASecondAssignmentButAllowsOneAfterLeaving() async throws {
        try await establish(.policy, .field)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade7, jobSeries: .administrative), on: day)
        try await scenario.expectRefused(StaffAssigned(staff: "S-1", team: .field, grade: .grade7, jobSeries: .administrative),
                                         on: day, rule: "staff.already-assigned")
        try await scenario.given(StaffLeft(staff: "S-1"), on: Scenario.at("2017-07-01"))
        try await scenario.when(StaffAssigned(staff: "S-1", team: .field, grade: .grade6, jobSeries: .administrative),
                                on: Scenario.at("2018-01-02"))
        #expect(try await member("S-1").team == .field)
    }

    @Test(arguments: ["", " ", String(repeating: "가", count: 101)])
    func refusesAnInvalidRole(_ role: String) async throws {
        try await establish(.petitions)
        try await scenario.expectRefused(
            StaffAssigned(staff: "S-1", team: .petitions, grade: .grade5, jobSeries: .administrative, role: role),
            on: day, rule: "staff.role-invalid")
    }

    // MARK: staff.transferred

    @Test func transfersAndPromotes() async throws {
        try await establish(.petitions, .field)
        try await scenario.given(StaffAssigned.example, on: day)
        try await scenario.when(StaffTransferred(staff: "S-1043", toTeam: .petitions, grade: .grade5), on: Scenario.at("2017-07-01"))
        var member = try await member("S-1043")
        #expect(member.team == .petitions)
        #expect(member.grade == .grade5)
        #expect(member.role == "직소민원실")
        try await scenario.when(StaffTransferred(staff: "S-1043", toTeam: .field), on: Scenario.at("2018-01-02"))
        member = try await self.member("S-1043")
        #expect(member.team == .field)
        #expect(member.grade == .grade5)
        #expect(member.role == nil)
    }

    @Test func refusesATransferOfSomeoneNotAssigned() async throws {
        try await establish(.field)
        try await scenario.expectRefused(StaffTransferred(staff: "S-9", toTeam: .field), on: day, rule: "staff.not-assigned")
    }

    @Test func refusesATransferOfSomeoneAway() async throws {
        try await establish(.policy, .field)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.given(StaffTrainingDispatched(staff: "S-1", institution: "지방행정연수원"), on: day)
        try await scenario.expectRefused(StaffTransferred(staff: "S-1", toTeam: .field), on: day, rule: "staff.away-on-training")
    }

    @Test func refusesATransferToATeamNotEstablished() async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.expectRefused(StaffTransferred(staff: "S-1", toTeam: .support), on: day,
                                         rule: "organisation.team-not-established")
    }

    @Test(arguments: [nil, Grade.grade5])
    func refusesATransferChangingNothing(_ grade: Grade?) async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.expectRefused(StaffTransferred(staff: "S-1", toTeam: .policy, grade: grade), on: day,
                                         rule: "staff.transfer-changes-nothing")
    }

    // MARK: staff.left

    @Test func recordsADepartureAlsoWhileAway() async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.given(StaffTrainingDispatched(staff: "S-1", institution: "국외훈련"), on: day)
        try await scenario.when(StaffLeft(staff: "S-1", reason: "퇴직"), on: Scenario.at("2017-09-01"))
        let member = try await member("S-1")
        #expect(member.status == .left)
        #expect(!member.isAssigned)
        #expect(member.trainingInstitution == nil)
    }

    @Test func refusesADepartureOfSomeoneNotAssigned() async throws {
        try await establish(.policy)
        try await scenario.expectRefused(StaffLeft(staff: "S-1"), on: day, rule: "staff.not-assigned")
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.given(StaffLeft(staff: "S-1"), on: day)
        try await scenario.expectRefused(StaffLeft(staff: "S-1"), on: day, rule: "staff.not-assigned")
    }

    @Test func refusesAnEmptyReason() async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.expectRefused(StaffLeft(staff: "S-1", reason: "\n"), on: day, rule: "staff.reason-invalid")
    }

    // MARK: staff.training-dispatched / staff.training-returned

    @Test func dispatchesAndReturnsAsAReturnee() async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-0877", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.when(StaffTrainingDispatched.example, on: Scenario.at("2017-01-03"))
        var member = try await member("S-0877")
        #expect(member.status == .awayOnTraining)
        #expect(member.trainingInstitution == "지방행정연수원")
        #expect(member.trainingUntil == LocalDate(year: 2017, month: 6, day: 30))
        try await scenario.when(StaffTrainingReturned.example, on: Scenario.at("2017-07-03"))
        member = try await self.member("S-0877")
        #expect(member.status == .active)
        #expect(member.returnedOn == LocalDate(year: 2017, month: 7, day: 3))
        #expect(!member.isReturnee(asOf: try LocalDate("2017-07-02")))
        #expect(member.isReturnee(asOf: try LocalDate("2017-12-01")))
        #expect(member.isReturnee(asOf: try LocalDate("2018-12-31")))
        #expect(!member.isReturnee(asOf: try LocalDate("2019-01-01")))
    }

    @Test func aTransferEndsTheReturneeCount() async throws {
        try await establish(.policy, .support)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade6, jobSeries: .administrative), on: day)
        try await scenario.given(StaffTrainingDispatched(staff: "S-1", institution: "지방행정연수원"), on: day)
        try await scenario.given(StaffTrainingReturned(staff: "S-1"), on: Scenario.at("2017-07-03"))
        try await scenario.given(StaffTransferred(staff: "S-1", toTeam: .support), on: Scenario.at("2018-01-02"))
        let member = try await member("S-1")
        #expect(member.returnedOn == nil)
        #expect(!member.isReturnee(asOf: try LocalDate("2018-06-01")))
    }

    @Test func refusesADispatchOfSomeoneNotAssigned() async throws {
        try await scenario.expectRefused(StaffTrainingDispatched(staff: "S-1", institution: "지방행정연수원"), on: day,
                                         rule: "staff.not-assigned")
    }

    @Test func refusesADispatchOfSomeoneAlreadyAway() async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.given(StaffTrainingDispatched(staff: "S-1", institution: "지방행정연수원"), on: day)
        try await scenario.expectRefused(StaffTrainingDispatched(staff: "S-1", institution: "국외훈련"), on: day,
                                         rule: "staff.away-on-training")
    }

    @Test(arguments: ["", String(repeating: "가", count: 201)])
    func refusesAnInvalidInstitution(_ institution: String) async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.expectRefused(StaffTrainingDispatched(staff: "S-1", institution: institution), on: day,
                                         rule: "staff.institution-invalid")
    }

    @Test(arguments: ["2017-01-02", "2016-12-31"])
    func refusesAnEndNotAfterTheDispatch(_ until: String) async throws {
        try await establish(.policy)
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.expectRefused(
            StaffTrainingDispatched(staff: "S-1", institution: "지방행정연수원", until: try LocalDate(until)), on: day,
            rule: "staff.until-before-dispatch")
    }

    @Test func refusesAReturnOfSomeoneNotAway() async throws {
        try await establish(.policy)
        try await scenario.expectRefused(StaffTrainingReturned(staff: "S-1"), on: day, rule: "staff.not-away")
        try await scenario.given(StaffAssigned(staff: "S-1", team: .policy, grade: .grade5, jobSeries: .administrative), on: day)
        try await scenario.expectRefused(StaffTrainingReturned(staff: "S-1"), on: day, rule: "staff.not-away")
    }
}
