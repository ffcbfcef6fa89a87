import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct ExpertPoolTests {
    /// The plan's pool of 51: 전문기관 16, 대학교수 17, 유관기관 12, 시민단체 6.
    static func planPool() -> [ExpertRegistered] {
        let sizes: [(ExpertCategory, Int)] = [(.institute, 16), (.professor, 17), (.relatedInstitution, 12), (.civicGroup, 6)]
        return sizes.flatMap { category, size in
            (1...size).map { ExpertRegistered(expert: ExpertID("\(category.rawValue)-\($0)"), category: category) }
        }
    }

    @Test func foldsThePlansPoolOf51ByCategory() async throws {
        let scenario = Scenario()
        try await scenario.givenAll(Self.planPool().map { ($0, Scenario.at("2017-03-02")) })
        let pool = ExpertPoolState(entries: try await scenario.office.history(of: ExpertPoolState.stream))
        #expect(pool.count == 51)
        #expect(pool.countsByCategory == [.institute: 16, .professor: 17, .relatedInstitution: 12, .civicGroup: 6])
    }

    @Test func anExpertRegisteredUnderACategoryNamedInKoreanIsCountedThere() async throws {
        expectLabelsNameTheirValues(ExpertCategory.self)
        let scenario = Scenario()
        let named = try #require(ExpertCategory.parse("유관기관"))
        try await scenario.given(ExpertRegistered(expert: "EXP-1", category: named), on: Scenario.at("2018-01-10"))
        try await scenario.given(ExpertRegistered(expert: "EXP-2", category: .professor), on: Scenario.at("2018-01-11"))
        let pool = ExpertPoolState(entries: try await scenario.office.history(of: ExpertPoolState.stream))
        #expect(pool.countsByCategory == [.institute: 0, .professor: 1, .relatedInstitution: 1, .civicGroup: 0])
    }

    @Test func withdrawalRemovesAnExpertWhoMayRegisterAgain() async throws {
        let scenario = Scenario()
        let recorded = try await scenario.given(ExpertRegistered.example, on: Scenario.at("2018-01-10"))
        #expect(recorded.stream == "expert-pool")
        try await scenario.when(ExpertWithdrawn(expert: "EXP-2018-017"), on: Scenario.at("2018-06-01"))
        var pool = ExpertPoolState(entries: try await scenario.office.history(of: ExpertPoolState.stream))
        #expect(!pool.isRegistered("EXP-2018-017"))
        #expect(pool.withdrawn == ["EXP-2018-017"])
        #expect(pool.count(.professor) == 0)

        try await scenario.when(ExpertRegistered(expert: "EXP-2018-017", category: .institute), on: Scenario.at("2018-09-01"))
        pool = ExpertPoolState(entries: try await scenario.office.history(of: ExpertPoolState.stream))
        #expect(pool.experts == ["EXP-2018-017": .institute])
        #expect(pool.withdrawn.isEmpty)
    }

    @Test func refusesASecondRegistration() async throws {
        let scenario = Scenario()
        try await scenario.given(ExpertRegistered.example, on: Scenario.at("2018-01-10"))
        try await scenario.expectCivicRefusal(ExpertRegistered(expert: "EXP-2018-017", category: .institute),
                                              on: Scenario.at("2018-02-10"), rule: "expert.already-registered",
                                              field: "expert")
    }

    @Test func refusesWithdrawingAnExpertNotInThePool() async throws {
        let scenario = Scenario()
        try await scenario.expectCivicRefusal(ExpertWithdrawn(expert: "EXP-9"), on: Scenario.at("2018-02-10"),
                                              rule: "expert.not-registered", field: "expert")
        try await scenario.given(ExpertRegistered(expert: "EXP-9", category: .civicGroup), on: Scenario.at("2018-02-11"))
        try await scenario.given(ExpertWithdrawn(expert: "EXP-9"), on: Scenario.at("2018-02-12"))
        try await scenario.expectCivicRefusal(ExpertWithdrawn(expert: "EXP-9"), on: Scenario.at("2018-02-13"),
                                              rule: "expert.not-registered")
    }
}
