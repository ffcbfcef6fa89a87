import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct TeamEventTests {
    let scenario = Scenario()
    let day = Scenario.at("2017-01-02")

    @Test func establishesATeamWithItsDuties() async throws {
        let recorded = try await scenario.when(TeamEstablished.example, on: day)
        #expect(recorded.stream == "organisation")
        #expect(recorded.type == "organisation.team-established")
        let state = OrganisationState.fold(try await scenario.office.history(of: .organisation))
        #expect(state.establishedTeams == [.petitions])
        #expect(state.duties[.petitions]?.count == 3)
        #expect(state.duties[.petitions]?.last == "직소민원 데이터 관리")
    }

    @Test func refusesASecondEstablishment() async throws {
        try await scenario.given(TeamEstablished(team: .field, duties: ["「1일 현장민원실」 운영"]), on: day)
        try await scenario.expectRefused(TeamEstablished(team: .field, duties: ["갈등관리"]), on: day,
                                         rule: "organisation.team-already-established")
    }

    @Test(arguments: [[], ["  "], ["중복", "중복"], [String(repeating: "가", count: 501)],
                      Array(repeating: "x", count: 51).enumerated().map { "업무 \($0.offset)" }])
    func refusesInvalidDuties(_ duties: [String]) async throws {
        try await scenario.expectRefused(TeamEstablished(team: .support, duties: duties), on: day,
                                         rule: "organisation.duties-invalid")
    }

    @Test func setsAndReplacesQuotas() async throws {
        try await scenario.given(TeamEstablished(team: .policy, duties: ["대시민 소통계획 수립"]), on: day)
        try await scenario.when(TeamQuotaSet(team: .policy, grade: .grade6, quota: 3), on: day)
        try await scenario.when(TeamQuotaSet(team: .policy, grade: .grade6, quota: 2), on: day)
        try await scenario.when(TeamQuotaSet(team: .policy, grade: .grade8, quota: 0), on: day)
        let state = OrganisationState.fold(try await scenario.office.history(of: .organisation))
        #expect(state.quota(.policy, .grade6) == 2)
        #expect(state.quota(.policy, .grade8) == 0)
        #expect(state.quota(.policy, .grade7) == nil)
    }

    @Test func refusesAQuotaForATeamNotEstablished() async throws {
        try await scenario.expectRefused(TeamQuotaSet(team: .petitions, grade: .grade6, quota: 3), on: day,
                                         rule: "organisation.team-not-established")
    }

    @Test(arguments: [-1, 101])
    func refusesAnImplausibleQuota(_ quota: Int) async throws {
        try await scenario.given(TeamEstablished(team: .policy, duties: ["대시민 소통계획 수립"]), on: day)
        try await scenario.expectRefused(TeamQuotaSet(team: .policy, grade: .grade5, quota: quota), on: day,
                                         rule: "organisation.quota-invalid")
    }
}
