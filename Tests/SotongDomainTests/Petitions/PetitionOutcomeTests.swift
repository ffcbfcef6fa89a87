import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct PetitionOutcomeTests {
    let id: PetitionID = "2018-0001"

    @Test func anOutcomeIsRecordedOnceUntilReopened() async throws {
        let s = Scenario()
        try await s.receive(id)
        try await s.when(PetitionOutcomeRecorded(petitionID: id, outcome: .completed), on: Scenario.at("2018-03-06"))
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .completed),
                                  on: Scenario.at("2018-03-07"), rule: "petition.outcome-twice")
        try await s.when(PetitionReopened(petitionID: id, reason: "추가 자료 제출"), on: Scenario.at("2018-03-08"))
        try await s.when(PetitionOutcomeRecorded(petitionID: id, outcome: .notPossible, reason: "예산 미확보",
                                                 remedy: "행정심판 청구 가능"), on: Scenario.at("2018-03-09"))
        let state = try #require(PetitionState(try await s.entries(id)))
        #expect(state.status == .answered)
        #expect(state.outcome == .notPossible)
        #expect(state.reopenCount == 1)
        #expect(state.answeredAt == Scenario.at("2018-03-09"))
    }

    @Test func underReviewIsProvisionalAndAFinalOutcomeMayFollow() async throws {
        let s = Scenario()
        try await s.receive(id)
        let review = PetitionOutcomeRecorded(petitionID: id, outcome: .underReview, reviewDate: try LocalDate("2018-06-30"))
        try await s.when(review, on: Scenario.at("2018-03-06"))
        #expect(try #require(PetitionState(try await s.entries(id))).status == .underReview)
        try await s.expectRefused(review, on: Scenario.at("2018-03-07"), rule: "petition.outcome-twice")
        try await s.when(PetitionOutcomeRecorded(petitionID: id, outcome: .completed), on: Scenario.at("2018-06-29"))
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .underReview,
                                                          reviewDate: try LocalDate("2018-09-30")),
                                  on: Scenario.at("2018-07-02"), rule: "petition.outcome-twice")
    }

    @Test func aRefusalStatesReasonAndRemedy() async throws {
        let s = Scenario()
        try await s.receive(id)
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .notPossible, reason: "예산 미확보"),
                                  on: Scenario.at("2018-03-06"), rule: "petition.refusal-incomplete")
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .notPossible, reason: " ",
                                                          remedy: "행정심판 청구 가능"),
                                  on: Scenario.at("2018-03-06"), rule: "petition.refusal-incomplete")
    }

    @Test func aReviewDateBelongsToUnderReviewAndLiesAfterTheOutcome() async throws {
        let s = Scenario()
        try await s.receive(id)
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .underReview),
                                  on: Scenario.at("2018-03-06"), rule: "petition.review-date")
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .underReview,
                                                          reviewDate: try LocalDate("2018-03-06")),
                                  on: Scenario.at("2018-03-06"), rule: "petition.review-date")
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .completed,
                                                          reviewDate: try LocalDate("2018-04-06")),
                                  on: Scenario.at("2018-03-06"), rule: "petition.review-date")
        try await s.when(PetitionOutcomeRecorded(petitionID: id, outcome: .underReview,
                                                 reviewDate: try LocalDate("2018-03-07")), on: Scenario.at("2018-03-06"))
    }

    @Test func refusesAnOverlongReason() async throws {
        let s = Scenario()
        try await s.receive(id)
        try await s.expectRefused(PetitionOutcomeRecorded(petitionID: id, outcome: .completed, reason: text(501)),
                                  on: Scenario.at("2018-03-06"), rule: "petition.text-too-long")
    }
}

@Suite struct PetitionNoticeTests {
    let id: PetitionID = "2018-0001"

    func notice(_ kind: NoticeKind) -> PetitionNoticeSent { PetitionNoticeSent(petitionID: id, medium: .sms, kind: kind) }

    @Test func sendsEachKindOfNoticeWhenItHasSomethingToTell() async throws {
        let s = Scenario()
        try await s.receive(id)
        try await s.when(notice(.receipt), on: Scenario.at("2018-03-05", hour: 11))
        try await s.when(notice(.progress), on: Scenario.at("2018-03-06"))
        try await s.given(PetitionExtensionGranted(petitionID: id, reason: "현장 확인 필요",
                                                   newDueDate: try LocalDate("2018-03-20"), petitionerConsent: false),
                          on: Scenario.at("2018-03-12"))
        try await s.when(notice(.extension), on: Scenario.at("2018-03-12", hour: 11))
        try await s.given(PetitionOutcomeRecorded(petitionID: id, outcome: .completed), on: Scenario.at("2018-03-19"))
        try await s.when(notice(.result), on: Scenario.at("2018-03-19", hour: 11))
        let state = try #require(PetitionState(try await s.entries(id)))
        #expect(state.noticesSent == [.receipt: 1, .progress: 1, .extension: 1, .result: 1])
    }

    @Test func refusesAnExtensionNoticeWithoutExtension() async throws {
        let s = Scenario()
        try await s.receive(id)
        try await s.expectRefused(notice(.extension), on: Scenario.at("2018-03-06"),
                                  rule: "petition.notice-without-extension")
    }

    @Test func refusesAResultNoticeWithoutResult() async throws {
        let s = Scenario()
        try await s.receive(id)
        try await s.expectRefused(notice(.result), on: Scenario.at("2018-03-06"), rule: "petition.notice-without-result")
    }

    @Test func refusesAProgressNoticeAfterTheHandlingEnded() async throws {
        let s = Scenario()
        try await s.receiveAnswered(id, on: "2018-03-05")
        try await s.expectRefused(notice(.progress), on: Scenario.at("2018-03-06"),
                                  rule: "petition.progress-not-in-handling")
    }
}

@Suite struct PetitionFollowUpTests {
    @Test func theCardIsKeptAlsoAfterTheAnswer() async throws {
        let s = Scenario()
        try await s.receiveAnswered("2018-0001", on: "2018-03-05")
        try await s.when(PetitionCardUpdated(petitionID: "2018-0001", note: "3개월 후 사후 확인"), on: Scenario.at("2018-03-06"))
        try await s.expectRefused(PetitionCardUpdated(petitionID: "2018-0001", note: ""), on: Scenario.at("2018-03-06"),
                                  rule: "petition.text-required")
        #expect(try #require(PetitionState(try await s.entries("2018-0001"))).cardUpdateCount == 1)
    }

    @Test func onlyAnAnsweredOrClosedPetitionIsReopened() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.expectRefused(PetitionReopened(petitionID: "2018-0001", reason: "재검토"),
                                  on: Scenario.at("2018-03-06"), rule: "petition.reopen-not-closed")
        try await s.given(PetitionOutcomeRecorded(petitionID: "2018-0001", outcome: .underReview,
                                                  reviewDate: try LocalDate("2018-04-30")), on: Scenario.at("2018-03-06"))
        try await s.expectRefused(PetitionReopened(petitionID: "2018-0001", reason: "재검토"),
                                  on: Scenario.at("2018-03-07"), rule: "petition.reopen-not-closed")
    }
}

@Suite struct PetitionRepeatTests {
    @Test func closesARepeatOfTwoAnsweredPetitionsAndMayReopenIt() async throws {
        let s = Scenario()
        try await s.receiveAnswered("2018-0001", on: "2018-03-05")
        try await s.receiveAnswered("2018-0002", on: "2018-03-12")
        try await s.receive("2018-0003", on: "2018-03-19")
        let closure = PetitionClosedAsRepeat(petitionID: "2018-0003", earlierPetitions: ["2018-0001", "2018-0002"])
        #expect(closure.consultedStreams == ["petition-2018-0001", "petition-2018-0002"])
        try await s.when(closure, on: Scenario.at("2018-03-19", hour: 14))
        let state = try #require(PetitionState(try await s.entries("2018-0003")))
        #expect(state.status == .closedAsRepeat)
        #expect(state.repeatOf == ["2018-0001", "2018-0002"])
        try await s.when(PetitionReopened(petitionID: "2018-0003", reason: "새로운 사실 확인"), on: Scenario.at("2018-03-20"))
    }

    @Test func needsTwoDistinctEarlierPetitions() async throws {
        let s = Scenario()
        try await s.receiveAnswered("2018-0001", on: "2018-03-05")
        try await s.receive("2018-0003", on: "2018-03-19")
        try await s.expectRefused(PetitionClosedAsRepeat(petitionID: "2018-0003",
                                                         earlierPetitions: ["2018-0001", "2018-0001", "2018-0003"]),
                                  on: Scenario.at("2018-03-19", hour: 14), rule: "petition.repeat-too-few")
    }

    @Test func refusesAnEarlierPetitionNeverReceived() async throws {
        let s = Scenario()
        try await s.receiveAnswered("2018-0001", on: "2018-03-05")
        try await s.receive("2018-0003", on: "2018-03-19")
        try await s.expectRefused(PetitionClosedAsRepeat(petitionID: "2018-0003", earlierPetitions: ["2018-0001", "2017-0999"]),
                                  on: Scenario.at("2018-03-19", hour: 14), rule: "petition.repeat-earlier-unknown")
    }

    @Test func refusesAnEarlierPetitionWithoutFinalOutcome() async throws {
        let s = Scenario()
        try await s.receiveAnswered("2018-0001", on: "2018-03-05")
        try await s.receive("2018-0002", on: "2018-03-12")
        try await s.given(PetitionOutcomeRecorded(petitionID: "2018-0002", outcome: .underReview,
                                                  reviewDate: try LocalDate("2018-05-01")), on: Scenario.at("2018-03-13"))
        try await s.receive("2018-0003", on: "2018-03-19")
        try await s.expectRefused(PetitionClosedAsRepeat(petitionID: "2018-0003", earlierPetitions: ["2018-0001", "2018-0002"]),
                                  on: Scenario.at("2018-03-19", hour: 14), rule: "petition.repeat-earlier-unanswered")
    }
}
