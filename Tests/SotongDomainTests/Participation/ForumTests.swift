import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct ForumTests {
    static let stream: StreamID = "forum-aein-2018-1"

    static func heldWithTwoProposals() async throws -> Scenario {
        let scenario = Scenario()
        try await scenario.givenAll([
            (ForumHeld.example, Scenario.at("2018-09-15", hour: 14)),
            (ForumProposalCollected.example, Scenario.at("2018-09-15", hour: 17)),
            (ForumProposalCollected(forum: "aein-2018-1", proposal: "P-2018-1-07", summary: "원도심 고등법원 원외재판부 부지 제공"),
             Scenario.at("2018-09-15", hour: 17)),
        ])
        return scenario
    }

    @Test func proposalsAreCollectedThenReflectedOrDeclined() async throws {
        let scenario = try await Self.heldWithTwoProposals()
        try await scenario.when(ForumProposalReflected.example, on: Scenario.at("2018-11-20"))
        let last = try await scenario.when(ForumProposalDeclined.example, on: Scenario.at("2018-11-21"))
        #expect(last.stream == Self.stream)
        #expect(try await scenario.types(in: Self.stream) == [
            "forum.held", "forum.proposal-collected", "forum.proposal-collected", "forum.proposal-reflected",
            "forum.proposal-declined",
        ])
    }

    @Test func aForumsTopicNamedInKoreanIsStoredAsThatTopic() async throws {
        expectLabelsNameTheirValues(ForumTopic.self)
        let scenario = Scenario()
        let topic = try #require(ForumTopic.parse("교통"))
        try await scenario.given(ForumHeld(forum: "aein-2018-2", title: "버스 노선 개편", topic: topic, participants: 80,
                                           facilitators: 4), on: Scenario.at("2018-10-06", hour: 14))
        let held = try await scenario.office.history(of: ForumStreams.stream(of: "aein-2018-2")).map { $0.event as? ForumHeld }
        #expect(held.map { $0?.topic } == [.transport])
    }

    @Test func refusesRecordingAForumTwice() async throws {
        let scenario = try await Self.heldWithTwoProposals()
        try await scenario.expectCivicRefusal(ForumHeld.example, on: Scenario.at("2018-09-16"),
                                              rule: "forum.already-held", field: "forum")
    }

    @Test func refusesProposalsFromAForumNotHeld() async throws {
        let scenario = Scenario()
        try await scenario.expectCivicRefusal(ForumProposalCollected.example, on: Scenario.at("2018-09-16"),
                                              rule: "forum.not-held", field: "forum")
    }

    @Test func refusesCollectingAProposalTwice() async throws {
        let scenario = try await Self.heldWithTwoProposals()
        try await scenario.expectCivicRefusal(ForumProposalCollected.example, on: Scenario.at("2018-09-16"),
                                              rule: "forum.proposal-already-collected", field: "proposal")
    }

    @Test func refusesDecidingAProposalNotCollected() async throws {
        let scenario = try await Self.heldWithTwoProposals()
        try await scenario.expectCivicRefusal(
            ForumProposalReflected(forum: "aein-2018-1", proposal: "P-OTHER", policy: "정책", department: "welfare-policy"),
            on: Scenario.at("2018-11-20"), rule: "forum.unknown-proposal", field: "proposal")
        try await scenario.expectCivicRefusal(
            ForumProposalDeclined(forum: "aein-2018-2", proposal: "P-2018-1-04", reason: "다른 토론회"),
            on: Scenario.at("2018-11-20"), rule: "forum.unknown-proposal", field: "proposal")
    }

    @Test func refusesDecidingAProposalTwice() async throws {
        let scenario = try await Self.heldWithTwoProposals()
        try await scenario.given(ForumProposalReflected.example, on: Scenario.at("2018-11-20"))
        try await scenario.expectCivicRefusal(
            ForumProposalDeclined(forum: "aein-2018-1", proposal: "P-2018-1-04", reason: "재검토"),
            on: Scenario.at("2018-11-21"), rule: "forum.proposal-already-decided", field: "proposal")
        try await scenario.expectCivicRefusal(ForumProposalReflected.example, on: Scenario.at("2018-11-21"),
                                              rule: "forum.proposal-already-decided")
    }
}
