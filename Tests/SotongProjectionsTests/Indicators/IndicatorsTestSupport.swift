import Foundation
import SotongCore
import SotongDomain

/// Indicators of the plan defined at the start of 2018, with the 2016/2017 actuals the plan prints,
/// the 2018 targets, and the year's activities: the first half, then the second.
enum IndicatorsFixture {
    static let source = "2018 주요업무계획 세부지표"

    /// The recorded events by a short name.
    struct Recorded {
        var byName: [String: RecordedEvent] = [:]
    }

    static func definitions() -> [IndicatorDefined] {
        [
            IndicatorDefined(indicator: "academy-sessions", task: "t1-2-academy", title: "「소통아카데미」 개최",
                             unit: .timesWithParticipants,
                             counting: IndicatorCounting(eventTypes: ["academy.session-held"], measure: .sumParticipants)),
            IndicatorDefined(indicator: "forums", title: "「애인(愛仁)토론회」 내실운영", unit: .timesWithParticipants,
                             counting: IndicatorCounting(eventTypes: ["forum.held"], measure: .sumParticipants)),
            IndicatorDefined(indicator: "advisory-members", title: "「시민소통분야」 확대운영", unit: .members,
                             counting: IndicatorCounting(eventTypes: ["advisory.member-appointed", "advisory.term-ended"],
                                                         measure: .activeMembers)),
            IndicatorDefined(indicator: "youth-members", title: "「청년소통분과」 위원수", unit: .members,
                             counting: IndicatorCounting(eventTypes: ["advisory.member-appointed", "advisory.term-ended"],
                                                         measure: .activeMembers, filter: ["subcommittee": "youth"])),
            IndicatorDefined(indicator: "evaluations", title: "소통활동 성과평가 운영", unit: .times,
                             counting: IndicatorCounting(eventTypes: ["evaluation.round-completed"], measure: .count)),
            IndicatorDefined(indicator: "direct-petitions", title: "「직소민원실」 운영(상담)", unit: .cases,
                             counting: IndicatorCounting(eventTypes: ["petition.received"], measure: .count)),
        ]
    }

    static func petition(_ id: PetitionID, channel: PetitionChannel = .visit) -> PetitionReceived {
        PetitionReceived(petitionID: id, channel: channel, kind: .grievance, subject: "생활불편 민원 \(id)",
                         district: .namdong, department: "transport-policy",
                         petitioner: Petitioner(subject: SubjectID("subject-\(id)"), name: Personal("김예시"),
                                                phone: Personal("010-0000-1234")))
    }

    static func appointed(_ member: MemberID, _ subcommittee: AdvisorySubcommittee, cohort: Int,
                          from start: String, to end: String) throws -> AdvisoryMemberAppointed {
        AdvisoryMemberAppointed(member: member, subcommittee: subcommittee, cohort: cohort, district: .yeonsu,
                                termStart: try LocalDate(start), termEnd: try LocalDate(end))
    }

    /// The plan (one task), the indicators with their figures, and January to June 2018.
    static func recordFirstHalf(in log: OfficeTablesLog, into recorded: inout Recorded) async throws {
        let start = "2018-01-02"
        try await log.record(PlanGoalRegistered(goal: "goal-2018", title: "「경청과 배려」하는 공감소통 市政 구현"), on: start)
        try await log.record(PlanStrategyRegistered(strategy: "s1-policy-base", goal: "goal-2018", title: "정책 소통기반 강화"),
                             on: start)
        try await log.record(PlanTaskRegistered(task: "t1-2-academy", strategy: "s1-policy-base",
                                                title: "소통역량 강화를 위한 「소통아카데미」 개최"), on: start)
        for definition in definitions() {
            recorded.byName["defined:\(definition.indicator)"] = try await log.record(definition, on: start)
        }
        let actuals: [(IndicatorID, Int, Int, Int?)] = [
            ("academy-sessions", 2016, 2, 72), ("academy-sessions", 2017, 2, 273),
            ("forums", 2016, 2, 894), ("forums", 2017, 2, 1_710),
            ("advisory-members", 2016, 40, nil), ("advisory-members", 2017, 60, nil),
            ("direct-petitions", 2016, 433, nil), ("direct-petitions", 2017, 467, nil),
        ]
        for (indicator, year, value, participants) in actuals {
            try await log.record(IndicatorHistoricalActualRecorded(indicator: indicator, year: year, value: value,
                                                                   participants: participants, source: source), on: start)
        }
        let targets: [(IndicatorID, Int, Int?)] = [
            ("academy-sessions", 3, 300), ("forums", 2, 1_000), ("advisory-members", 60, nil),
            ("youth-members", 40, nil), ("evaluations", 2, nil), ("direct-petitions", 300, nil),
        ]
        for (indicator, value, participants) in targets {
            try await log.record(IndicatorTargetSet(indicator: indicator, year: 2018, value: value, participants: participants),
                                 on: start)
        }
        // The third cohort's term runs out on 28 February; the fourth starts on 1 March.
        try await log.record(AdvisoryCohortFormed(subcommittee: .citizen, cohort: 3, termStart: try LocalDate("2016-03-01"),
                                                  termEnd: try LocalDate("2018-02-28"), seats: 20), on: start)
        recorded.byName["appointed:B1"] =
            try await log.record(try appointed("B1", .citizen, cohort: 3, from: "2016-03-01", to: "2018-02-28"), on: start)
        try await log.record(petition("2018-0001"), on: "2018-01-10")
        try await log.record(EvaluationSchemeAdopted.example, on: "2018-01-15")
        try await log.record(petition("2018-0002", channel: .phone), on: "2018-02-05")
        try await log.record(AdvisoryCohortFormed(subcommittee: .citizen, cohort: 4, termStart: try LocalDate("2018-03-01"),
                                                  termEnd: try LocalDate("2020-02-29"), seats: 20), on: "2018-02-20")
        for member: MemberID in ["A1", "A2", "A3"] {
            recorded.byName["appointed:\(member)"] = try await log.record(
                try appointed(member, .citizen, cohort: 4, from: "2018-03-01", to: "2020-02-29"), on: "2018-02-20")
        }
        try await log.record(petition("2018-0003"), on: "2018-03-12")
        recorded.byName["academy:1"] = try await log.record(
            AcademySessionHeld(title: "소통리더 과정", participants: 112, departmentsAttending: ["communication-office"]),
            on: "2018-03-15")
        try await log.record(AdvisoryCohortFormed(subcommittee: .youth, cohort: 1, termStart: try LocalDate("2018-04-01"),
                                                  termEnd: try LocalDate("2020-03-31"), seats: 40), on: "2018-03-20")
        for member: MemberID in ["Y1", "Y2"] {
            recorded.byName["appointed:\(member)"] = try await log.record(
                try appointed(member, .youth, cohort: 1, from: "2018-04-01", to: "2020-03-31"), on: "2018-04-02")
        }
        try await log.record(petition("2018-0004", channel: .written), on: "2018-04-20")
        recorded.byName["ended:A3"] = try await log.record(AdvisoryTermEnded(member: "A3", reason: "사임"), on: "2018-05-15")
        recorded.byName["academy:2"] = try await log.record(
            AcademySessionHeld(title: "갈등의 창조적 해결", participants: 95, departmentsAttending: ["transport-policy"]),
            on: "2018-05-20")
        try await log.record(petition("2018-0005"), on: "2018-06-28")
        try await log.record(EvaluationRoundCompleted(half: HalfYear(year: 2018, half: 1)!), on: "2018-06-29")
    }

    /// July to December 2018.
    static func recordSecondHalf(in log: OfficeTablesLog) async throws {
        try await log.record(AcademySessionHeld(title: "시민 소통 마인드", participants: 130, departmentsAttending: []),
                             on: "2018-07-10")
        try await log.record(petition("2018-0006"), on: "2018-08-01")
        try await log.record(ForumHeld(forum: "aein-2018-1", title: "원도심 활성화, 시민에게 듣다", topic: .oldDowntown,
                                       participants: 520, facilitators: 48), on: "2018-09-14")
        try await log.record(ForumHeld(forum: "aein-2018-2", title: "안전한 통학로", topic: .safety,
                                       participants: 610, facilitators: 52), on: "2018-10-19")
        try await log.record(EvaluationRoundCompleted(half: HalfYear(year: 2018, half: 2)!), on: "2018-12-20")
    }
}
