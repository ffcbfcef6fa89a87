import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct ConflictCaseTests {
    static let conflict: ConflictID = "C-2018-003"
    static let stream: StreamID = "conflict-C-2018-003"

    /// A pool of three experts, one of whom withdrew, and a registered conflict.
    static func registered() async throws -> Scenario {
        let scenario = Scenario()
        try await scenario.givenAll([
            (ExpertRegistered(expert: "EXP-2018-004", category: .institute), Scenario.at("2018-01-05")),
            (ExpertRegistered.example, Scenario.at("2018-01-05")),
            (ExpertRegistered(expert: "EXP-2018-031", category: .civicGroup), Scenario.at("2018-01-05")),
            (ExpertRegistered(expert: "EXP-2018-040", category: .relatedInstitution), Scenario.at("2018-01-05")),
            (ExpertWithdrawn(expert: "EXP-2018-040"), Scenario.at("2018-02-01")),
            (ConflictRegistered.example, Scenario.at("2018-03-02")),
        ])
        return scenario
    }

    @Test func aConflictRunsFromRegistrationThroughTwoMediations() async throws {
        let scenario = try await Self.registered()
        try await scenario.when(ConflictDiagnosed.example, on: Scenario.at("2018-03-20"))
        try await scenario.when(ConflictResponsePlanAdopted.example, on: Scenario.at("2018-04-10"))
        try await scenario.when(ConflictMediationConvened.example, on: Scenario.at("2018-04-20"))
        try await scenario.when(ConflictCouncilFormed.example, on: Scenario.at("2018-05-02"))
        try await scenario.when(ConflictCouncilMet.example, on: Scenario.at("2018-05-16"))
        try await scenario.when(ConflictMediationConcluded(conflict: Self.conflict, agreed: false, summary: "1차 조정 결렬"),
                                on: Scenario.at("2018-06-01"))
        try await scenario.when(ConflictMediationConvened(conflict: Self.conflict, experts: ["EXP-2018-004"]),
                                on: Scenario.at("2018-07-02"))
        let last = try await scenario.when(ConflictMediationConcluded.example, on: Scenario.at("2018-08-01"))
        #expect(last.stream == Self.stream)
        #expect(last.streamVersion == 9)
        #expect(try await scenario.types(in: Self.stream) == [
            "conflict.registered", "conflict.diagnosed", "conflict.response-plan-adopted", "conflict.mediation-convened",
            "conflict.council-formed", "conflict.council-met", "conflict.mediation-concluded",
            "conflict.mediation-convened", "conflict.mediation-concluded",
        ])
        #expect(ConflictLevel.allCases.map(\.koreanLabel) == ["낮음", "보통", "높음"])
    }

    @Test func refusesRegisteringAConflictTwice() async throws {
        let scenario = try await Self.registered()
        try await scenario.expectCivicRefusal(
            ConflictRegistered(conflict: Self.conflict, title: "다른 제목", department: "environment-policy"),
            on: Scenario.at("2018-03-05"), rule: "conflict.already-registered", field: "conflict")
    }

    @Test func refusesEventsAboutAnUnregisteredConflict() async throws {
        let scenario = try await Self.registered()
        try await scenario.expectCivicRefusal(ConflictDiagnosed(conflict: "C-UNKNOWN", findings: "주민 반발", level: .low),
                                              on: Scenario.at("2018-03-05"), rule: "conflict.not-registered",
                                              field: "conflict")
        try await scenario.expectCivicRefusal(ConflictMediationConvened(conflict: "C-UNKNOWN", experts: ["EXP-2018-004"]),
                                              on: Scenario.at("2018-03-05"), rule: "conflict.not-registered")
        try await scenario.expectCivicRefusal(
            ConflictResponsePlanAdopted(conflict: "C-UNKNOWN", summary: "대응", consultedExperts: ["EXP-2018-004"]),
            on: Scenario.at("2018-03-05"), rule: "conflict.not-registered")
        try await scenario.expectCivicRefusal(
            ConflictCouncilFormed(conflict: "C-UNKNOWN", experts: [], stakeholders: ["주민"], civicGroups: [], institutions: []),
            on: Scenario.at("2018-03-05"), rule: "conflict.not-registered")
        try await scenario.expectCivicRefusal(ConflictCouncilMet(conflict: "C-UNKNOWN", attendees: 5, minutesSummary: "회의"),
                                              on: Scenario.at("2018-03-05"), rule: "conflict.not-registered")
        try await scenario.expectCivicRefusal(ConflictMediationConcluded(conflict: "C-UNKNOWN", agreed: true, summary: "합의"),
                                              on: Scenario.at("2018-03-05"), rule: "conflict.not-registered")
    }

    @Test func refusesAResponsePlanBeforeTheDiagnosis() async throws {
        let scenario = try await Self.registered()
        try await scenario.expectCivicRefusal(ConflictResponsePlanAdopted.example, on: Scenario.at("2018-03-10"),
                                              rule: "conflict.not-diagnosed", field: "conflict")
    }

    @Test func refusesAResponsePlanDiscussedWithExpertsOutsideThePool() async throws {
        let scenario = try await Self.registered()
        try await scenario.given(ConflictDiagnosed.example, on: Scenario.at("2018-03-20"))
        try await scenario.expectCivicRefusal(
            ConflictResponsePlanAdopted(conflict: Self.conflict, summary: "대응계획", consultedExperts: ["EXP-2018-004", "EXP-NEW"]),
            on: Scenario.at("2018-04-10"), rule: "conflict.expert-not-in-pool", field: "consultedExperts")
    }

    @Test func aMediationCanOnlySeatExpertsRegisteredInThePool() async throws {
        let scenario = try await Self.registered()
        // Never registered.
        try await scenario.expectCivicRefusal(ConflictMediationConvened(conflict: Self.conflict, experts: ["EXP-NEW"]),
                                              on: Scenario.at("2018-04-20"), rule: "conflict.expert-not-in-pool",
                                              field: "experts")
        // Registered, then withdrawn.
        try await scenario.expectCivicRefusal(
            ConflictMediationConvened(conflict: Self.conflict, experts: ["EXP-2018-004", "EXP-2018-040"]),
            on: Scenario.at("2018-04-20"), rule: "conflict.expert-not-in-pool", field: "experts")
    }

    @Test func refusesACouncilWithAnExpertOutsideThePool() async throws {
        let scenario = try await Self.registered()
        try await scenario.expectCivicRefusal(
            ConflictCouncilFormed(conflict: Self.conflict, experts: ["EXP-2018-040"], stakeholders: ["주민대책위원회"],
                                  civicGroups: [], institutions: []),
            on: Scenario.at("2018-05-02"), rule: "conflict.expert-not-in-pool", field: "experts")
    }

    @Test func refusesACouncilMeetingBeforeTheCouncilIsFormed() async throws {
        let scenario = try await Self.registered()
        try await scenario.expectCivicRefusal(ConflictCouncilMet.example, on: Scenario.at("2018-05-16"),
                                              rule: "conflict.council-not-formed", field: "conflict")
    }

    @Test func refusesConcludingAMediationNeverConvened() async throws {
        let scenario = try await Self.registered()
        try await scenario.expectCivicRefusal(ConflictMediationConcluded.example, on: Scenario.at("2018-06-01"),
                                              rule: "conflict.mediation-not-convened", field: "conflict")
    }

    @Test func refusesConcludingAMediationTwice() async throws {
        let scenario = try await Self.registered()
        try await scenario.given(ConflictMediationConvened.example, on: Scenario.at("2018-04-20"))
        try await scenario.given(ConflictMediationConcluded.example, on: Scenario.at("2018-06-01"))
        try await scenario.expectCivicRefusal(ConflictMediationConcluded(conflict: Self.conflict, agreed: false, summary: "재종결"),
                                              on: Scenario.at("2018-06-02"), rule: "conflict.mediation-already-concluded",
                                              field: "conflict")
    }

    @Test func trainingIsRecordedInItsOwnStream() async throws {
        let scenario = Scenario()
        let first = try await scenario.when(ConflictTrainingHeld(institution: "한국행정연구원", participants: 58,
                                                                 departmentsAttending: ["resource-circulation"]),
                                            on: Scenario.at("2018-05-23"))
        let second = try await scenario.when(ConflictTrainingHeld.example, on: Scenario.at("2018-10-17"))
        #expect(first.stream == "conflict-training")
        #expect(second.streamVersion == 2)
        let held = try await scenario.office.history(of: "conflict-training").compactMap { $0.event as? ConflictTrainingHeld }
        #expect(held.map(\.participants) == [58, 64])
    }

    static let invalidValues: [InvalidValueCase] = [
        InvalidValueCase(event: ExpertRegistered(expert: "EXP 1", category: .professor), rule: "expert.invalid-value", field: "expert"),
        InvalidValueCase(event: ExpertRegistered(expert: "EXP-1", category: .professor, field: " "), rule: "expert.invalid-value", field: "field"),
        InvalidValueCase(event: ExpertWithdrawn(expert: ""), rule: "expert.invalid-value", field: "expert"),
        InvalidValueCase(event: ConflictRegistered(conflict: "", title: "갈등", department: "roads"), rule: "conflict.invalid-value", field: "conflict"),
        InvalidValueCase(event: ConflictRegistered(conflict: "C-1", title: civicText(201), department: "roads"), rule: "conflict.invalid-value", field: "title"),
        InvalidValueCase(event: ConflictDiagnosed(conflict: "C-1", findings: "\n", level: .low), rule: "conflict.invalid-value", field: "findings"),
        InvalidValueCase(event: ConflictResponsePlanAdopted(conflict: "C-1", summary: "계획", consultedExperts: []), rule: "conflict.invalid-value", field: "consultedExperts"),
        InvalidValueCase(event: ConflictMediationConvened(conflict: "C-1", experts: ["E-1", "E-1"]), rule: "conflict.invalid-value", field: "experts"),
        InvalidValueCase(event: ConflictMediationConvened(conflict: "C-1", experts: ["E-1"], stakeholders: [""]), rule: "conflict.invalid-value", field: "stakeholders[0]"),
        InvalidValueCase(event: ConflictCouncilFormed(conflict: "C-1", experts: [], stakeholders: [], civicGroups: [], institutions: []), rule: "conflict.invalid-value", field: "experts"),
        InvalidValueCase(event: ConflictCouncilMet(conflict: "C-1", attendees: 0, minutesSummary: "회의"), rule: "conflict.invalid-value", field: "attendees"),
        InvalidValueCase(event: ConflictMediationConcluded(conflict: "C-1", agreed: true, summary: civicText(501)), rule: "conflict.invalid-value", field: "summary"),
        InvalidValueCase(event: ConflictTrainingHeld(institution: "한국행정연구원", participants: 0, departmentsAttending: []), rule: "conflict.invalid-value", field: "participants"),
        InvalidValueCase(event: ConflictTrainingHeld(institution: "", participants: 10, departmentsAttending: []), rule: "conflict.invalid-value", field: "institution"),
    ]

    @Test(arguments: invalidValues)
    func refusesInvalidValues(_ invalid: InvalidValueCase) async throws {
        try await invalid.verify()
    }
}
