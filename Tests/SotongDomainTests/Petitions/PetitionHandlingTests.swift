import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct PetitionGuardTests {
    @Test func refusesAnEventForAPetitionNeverReceived() async throws {
        let s = Scenario()
        try await s.expectRefused(PetitionAssigned(petitionID: "2018-0404", department: "road-management"),
                                  on: Scenario.at("2018-03-05"), rule: "petition.not-received")
    }

    @Test func refusesAnEventBeforeTheReceipt() async throws {
        let s = Scenario()
        try await s.receive("2018-0001", on: "2018-03-05", hour: 10)
        try await s.expectRefused(PetitionAssigned(petitionID: "2018-0001", department: "road-management"),
                                  on: Scenario.at("2018-03-05", hour: 9), rule: "petition.before-receipt")
    }

    @Test func refusesHandlingAfterATransferToAnotherAgency() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.given(PetitionTransferred(petitionID: "2018-0001", toAgency: "국토교통부"),
                          on: Scenario.at("2018-03-06"))
        try await s.expectRefused(PetitionAssigned(petitionID: "2018-0001", department: "road-management"),
                                  on: Scenario.at("2018-03-07"), rule: "petition.transferred-out")
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: "2018-0001", outcome: .completed),
                                  on: Scenario.at("2018-03-07"), rule: "petition.transferred-out")
        try await s.expectRefused(PetitionReopened(petitionID: "2018-0001", reason: "재검토"),
                                  on: Scenario.at("2018-03-07"), rule: "petition.transferred-out")
        // The petitioner is still told where the petition went.
        try await s.when(PetitionNoticeSent(petitionID: "2018-0001", medium: .letter, kind: .result),
                         on: Scenario.at("2018-03-07"))
        let state = try #require(PetitionState(try await s.entries("2018-0001")))
        #expect(state.status == .transferredOut)
        #expect(state.transferredToAgency == "국토교통부")
    }

    @Test func refusesHandlingAfterAClosureAsRepeat() async throws {
        let s = Scenario()
        try await s.receiveAnswered("2018-0001", on: "2018-03-05")
        try await s.receiveAnswered("2018-0002", on: "2018-03-12")
        try await s.receive("2018-0003", on: "2018-03-19")
        try await s.given(PetitionClosedAsRepeat(petitionID: "2018-0003", earlierPetitions: ["2018-0001", "2018-0002"]),
                          on: Scenario.at("2018-03-19", hour: 14))
        try await s.expectRefused(PetitionMayorMeetingHeld(petitionID: "2018-0003", with: .mayor),
                                  on: Scenario.at("2018-03-20"), rule: "petition.closed")
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: "2018-0003", outcome: .completed),
                                  on: Scenario.at("2018-03-20"), rule: "petition.closed")
    }

    @Test func refusesHandlingAfterAFinalOutcomeUntilReopened() async throws {
        let s = Scenario()
        try await s.receiveAnswered("2018-0001", on: "2018-03-05")
        let consultation = PetitionConsultationHeld(petitionID: "2018-0001",
                                                    departments: ["transport-policy", "road-management"],
                                                    topic: "노선 조정 협의")
        try await s.expectRefused(consultation, on: Scenario.at("2018-03-06"), rule: "petition.answered")
        try await s.given(PetitionReopened(petitionID: "2018-0001", reason: "민원인 이의 제기"), on: Scenario.at("2018-03-07"))
        try await s.when(consultation, on: Scenario.at("2018-03-08"))
    }
}

@Suite struct PetitionRoutingTests {
    @Test func assignsAndTransfersBetweenDepartments() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.when(PetitionAssigned(petitionID: "2018-0001", department: "road-management"),
                         on: Scenario.at("2018-03-05", hour: 11))
        try await s.when(PetitionTransferred(petitionID: "2018-0001", toDepartment: "urban-planning"),
                         on: Scenario.at("2018-03-06"))
        let state = try #require(PetitionState(try await s.entries("2018-0001")))
        #expect(state.department == "urban-planning")
        #expect(state.status == .open)
    }

    @Test func refusesATransferNamingBothOrNeitherTarget() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.expectRefused(
            PetitionTransferred(petitionID: "2018-0001", toDepartment: "urban-planning", toAgency: "국토교통부"),
            on: Scenario.at("2018-03-06"), rule: "petition.transfer-target")
        try await s.expectRefused(PetitionTransferred(petitionID: "2018-0001"), on: Scenario.at("2018-03-06"),
                                  rule: "petition.transfer-target")
    }

    @Test func refusesATransferToTheSameDepartment() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.expectRefused(PetitionTransferred(petitionID: "2018-0001", toDepartment: "transport-policy"),
                                  on: Scenario.at("2018-03-06"), rule: "petition.transfer-same-department")
    }

    @Test func refusesAnEmptyAgency() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.expectRefused(PetitionTransferred(petitionID: "2018-0001", toAgency: ""),
                                  on: Scenario.at("2018-03-06"), rule: "petition.text-required")
    }
}

@Suite struct PetitionMeetingTests {
    @Test func recordsConsultationsAndMeetings() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.when(PetitionConsultationHeld(petitionID: "2018-0001",
                                                  departments: ["transport-policy", "road-management"],
                                                  topic: "노선 조정 협의"), on: Scenario.at("2018-03-06"))
        try await s.when(PetitionMayorMeetingHeld(petitionID: "2018-0001", with: .viceMayor),
                         on: Scenario.at("2018-03-07"))
        try await s.when(PetitionOutreachMeetingHeld(petitionID: "2018-0001", site: "부평구 예시동 버스정류장",
                                                     department: "transport-policy"), on: Scenario.at("2018-03-08"))
        let state = try #require(PetitionState(try await s.entries("2018-0001")))
        #expect(state.consultationCount == 1)
        #expect(state.mayorMeetingCount == 1)
        #expect(state.outreachMeetingCount == 1)
    }

    @Test func refusesAConsultationOfFewerThanTwoDistinctDepartments() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.expectRefused(
            PetitionConsultationHeld(petitionID: "2018-0001", departments: ["transport-policy", "transport-policy"],
                                     topic: "노선 조정 협의"),
            on: Scenario.at("2018-03-06"), rule: "petition.consultation-departments")
    }

    @Test func refusesAnEmptyTopicAndAnOverlongSite() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.expectRefused(
            PetitionConsultationHeld(petitionID: "2018-0001", departments: ["a", "b"], topic: "   "),
            on: Scenario.at("2018-03-06"), rule: "petition.text-required")
        try await s.expectRefused(
            PetitionOutreachMeetingHeld(petitionID: "2018-0001", site: text(201), department: "transport-policy"),
            on: Scenario.at("2018-03-06"), rule: "petition.text-too-long")
    }
}
