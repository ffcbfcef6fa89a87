import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct NetworkTests {
    /// The plan's 22 members: 직능사회단체 11, 시민사회단체 7, 시의회 3, 市 1.
    static func planMembers() -> [NetworkMemberJoined] {
        let sizes: [(NetworkCategory, Int)] = [(.professionalAssociation, 11), (.civicGroup, 7), (.cityCouncil, 3), (.city, 1)]
        return sizes.flatMap { category, size in
            (1...size).map {
                NetworkMemberJoined(member: MemberID("\(category.rawValue)-\($0)"), category: category,
                                    organisation: "\(category.koreanLabel) \($0)")
            }
        }
    }

    /// The plan's 4 common agendas with 3 practical tasks each (12 실천과제).
    static func planAgendas() -> [NetworkAgendaRegistered] {
        let agendas: [(NetworkAgendaID, String)] = [
            ("aviation-industry", "인천 항공산업 살리기 운동"), ("island-revitalisation", "섬 지역 활성화로 인천가치 재창조"),
            ("fair-electoral-districts", "정당한 인천선거구 찾기 운동"), ("high-court-branch", "고등법원 원외재판부 유치"),
        ]
        return agendas.map { agenda, title in
            NetworkAgendaRegistered(agenda: agenda, title: title, tasks: (1...3).map {
                NetworkPracticalTask(task: NetworkTaskID("task-\($0)"), title: "\(title) 실천과제 \($0)")
            })
        }
    }

    @Test func foldsThePlansNetworkOf22MembersAnd12Tasks() async throws {
        let scenario = Scenario()
        try await scenario.givenAll(Self.planMembers().map { ($0, Scenario.at("2017-02-01")) }
            + Self.planAgendas().map { ($0, Scenario.at("2017-03-01")) })
        try await scenario.when(NetworkMeetingHeld(attendees: 20, agendas: ["aviation-industry", "high-court-branch"]),
                                on: Scenario.at("2018-02-21"))
        try await scenario.when(NetworkTaskProgressRecorded(agenda: "high-court-branch", task: "task-2",
                                                            note: "범시민 서명부 전달", status: .done),
                                on: Scenario.at("2018-03-15"))
        let network = NetworkState(entries: try await scenario.office.history(of: NetworkState.stream))
        #expect(network.members.count == 22)
        #expect(network.countsByCategory == [.professionalAssociation: 11, .civicGroup: 7, .cityCouncil: 3, .city: 1])
        #expect(network.agendas.count == 4)
        #expect(network.taskCount == 12)
        #expect(network.meetingsHeld == 1)
        #expect(network.taskStatus == ["high-court-branch": ["task-2": .done]])
    }

    @Test func aMemberJoiningUnderACategoryNamedInKoreanIsCountedThere() async throws {
        expectLabelsNameTheirValues(NetworkCategory.self)
        let scenario = Scenario()
        let named = try #require(NetworkCategory.parse("시의회"))
        try await scenario.given(NetworkMemberJoined(member: "M-1", category: named, organisation: "인천광역시의회"),
                                 on: Scenario.at("2018-01-10"))
        let network = NetworkState(entries: try await scenario.office.history(of: NetworkState.stream))
        #expect(network.countsByCategory == [.professionalAssociation: 0, .civicGroup: 0, .cityCouncil: 1, .city: 0])
    }

    @Test func aMemberWhoLeftMayJoinAgain() async throws {
        let scenario = Scenario()
        try await scenario.given(NetworkMemberJoined.example, on: Scenario.at("2018-01-10"))
        try await scenario.when(NetworkMemberLeft.example, on: Scenario.at("2018-04-10"))
        #expect(NetworkState(entries: try await scenario.office.history(of: "network")).members.isEmpty)
        try await scenario.when(NetworkMemberJoined.example, on: Scenario.at("2018-09-10"))
        #expect(try await scenario.types(in: "network") == ["network.member-joined", "network.member-left", "network.member-joined"])
    }

    @Test func refusesJoiningTwiceWhileActive() async throws {
        let scenario = Scenario()
        try await scenario.given(NetworkMemberJoined.example, on: Scenario.at("2018-01-10"))
        try await scenario.expectCivicRefusal(NetworkMemberJoined.example, on: Scenario.at("2018-01-11"),
                                              rule: "network.member-already-active", field: "member")
    }

    @Test func refusesLeavingWhenNotActive() async throws {
        let scenario = Scenario()
        try await scenario.expectCivicRefusal(NetworkMemberLeft.example, on: Scenario.at("2018-01-11"),
                                              rule: "network.member-not-active", field: "member")
        try await scenario.given(NetworkMemberJoined.example, on: Scenario.at("2018-01-12"))
        try await scenario.given(NetworkMemberLeft.example, on: Scenario.at("2018-01-13"))
        try await scenario.expectCivicRefusal(NetworkMemberLeft.example, on: Scenario.at("2018-01-14"),
                                              rule: "network.member-not-active")
    }

    @Test func refusesRegisteringAnAgendaTwice() async throws {
        let scenario = Scenario()
        try await scenario.given(NetworkAgendaRegistered.example, on: Scenario.at("2018-01-10"))
        try await scenario.expectCivicRefusal(NetworkAgendaRegistered.example, on: Scenario.at("2018-01-11"),
                                              rule: "network.agenda-already-registered", field: "agenda")
    }

    @Test func refusesMeetingsAndProgressOnUnknownAgendasOrTasks() async throws {
        let scenario = Scenario()
        try await scenario.given(NetworkAgendaRegistered.example, on: Scenario.at("2018-01-10"))
        try await scenario.when(NetworkMeetingHeld(attendees: 15, agendas: ["aviation-industry"]), on: Scenario.at("2018-02-01"))
        try await scenario.expectCivicRefusal(NetworkMeetingHeld.example, on: Scenario.at("2018-02-02"),
                                              rule: "network.unknown-agenda", field: "agendas")
        try await scenario.expectCivicRefusal(
            NetworkTaskProgressRecorded(agenda: "island-revitalisation", task: "mro-cluster", note: "진행", status: .planned),
            on: Scenario.at("2018-02-02"), rule: "network.unknown-agenda", field: "agenda")
        try await scenario.expectCivicRefusal(
            NetworkTaskProgressRecorded(agenda: "aviation-industry", task: "island-ferry", note: "진행", status: .planned),
            on: Scenario.at("2018-02-02"), rule: "network.unknown-task", field: "task")
        try await scenario.when(NetworkTaskProgressRecorded.example, on: Scenario.at("2018-02-03"))
    }
}
