import Foundation
import SotongDomain

/// The twelve indicators of the plan's 세부지표 table, with how the log counts them, the actuals of
/// 2016 and 2017 from the plan (a "-" in the plan records nothing) and the targets for 2018.
enum PlanIndicators {
    /// One row of the table: figures as (value, participants); `nil` where the plan prints "-".
    struct Row {
        let indicator: IndicatorID
        let task: TaskID
        let title: String
        let unit: IndicatorUnit
        let counting: IndicatorCounting
        let actual2016: (Int, Int?)?
        let actual2017: (Int, Int?)?
        let target2018: (Int, Int?)
    }

    static let source = "2018 주요업무계획 세부지표"

    private static func count(_ types: String..., filter: [String: String]? = nil) -> IndicatorCounting {
        IndicatorCounting(eventTypes: types, measure: .count, filter: filter)
    }

    private static func participants(_ type: String) -> IndicatorCounting {
        IndicatorCounting(eventTypes: [type], measure: .sumParticipants)
    }

    static let rows: [Row] = [
        Row(indicator: "network-meetings", task: "t1-1-network", title: "「시민사회 소통네트워크」 활성화로 협치시스템 정착",
            unit: .times, counting: count("network.meeting-held"), actual2016: (3, nil), actual2017: (10, nil),
            target2018: (10, nil)),
        Row(indicator: "academy-sessions", task: "t1-2-academy", title: "「소통아카데미」 개최", unit: .timesWithParticipants,
            counting: participants("academy.session-held"), actual2016: (2, 72), actual2017: (2, 273), target2018: (3, 300)),
        Row(indicator: "aein-forums", task: "t2-1-forum", title: "「애인(愛仁)토론회」 내실운영", unit: .timesWithParticipants,
            counting: participants("forum.held"), actual2016: (2, 894), actual2017: (2, 1_710), target2018: (2, 1_000)),
        Row(indicator: "advisory-members", task: "t2-2-advisory", title: "「시민소통분야」 확대운영 - 시민소통분과, 청년소통분과",
            unit: .members,
            counting: IndicatorCounting(eventTypes: ["advisory.member-appointed", "advisory.term-ended"], measure: .activeMembers),
            actual2016: (40, nil), actual2017: (60, nil), target2018: (60, nil)),
        Row(indicator: "communication-tours", task: "t3-1-tour", title: "시민행복 정책 소통투어 추진", unit: .times,
            counting: count("tour.held"), actual2016: nil, actual2017: (3, nil), target2018: (2, nil)),
        Row(indicator: "performance-evaluations", task: "t3-2-evaluation", title: "소통활동 성과평가 운영", unit: .times,
            counting: count("evaluation.round-completed"), actual2016: nil, actual2017: nil, target2018: (2, nil)),
        // The office's own days are the vice-mayor's, monthly with the city council; directors and
        // department heads run theirs themselves (자체운영) and are scored in the evaluation instead.
        Row(indicator: "field-communication-days", task: "t4-1-field-day", title: "「동네방네 현장소통의 날」 운영", unit: .times,
            counting: count("field-day.held", filter: ["host": FieldDayHost.viceMayor.rawValue]),
            actual2016: (4, nil), actual2017: (6, nil), target2018: (12, nil)),
        Row(indicator: "one-day-field-offices", task: "t4-2-field-office", title: "「현장에서 듣다. 1일 현장민원실」 운영",
            unit: .times, counting: count("field-office.held"), actual2016: (2, nil), actual2017: (4, nil), target2018: (4, nil)),
        Row(indicator: "conflict-mediations", task: "t4-3-conflict",
            title: "갈등조정전문가 중재활동 및 갈등민원조정협의회 구성·운영", unit: .times,
            counting: count("conflict.mediation-convened", "conflict.council-met"),
            actual2016: (10, nil), actual2017: (11, nil), target2018: (12, nil)),
        Row(indicator: "conflict-trainings", task: "t4-3-conflict", title: "갈등관리 역량강화 교육", unit: .times,
            counting: count("conflict.training-held"), actual2016: (1, nil), actual2017: (2, nil), target2018: (2, nil)),
        Row(indicator: "petition-consultations", task: "t5-1-petitions", title: "「직소민원실」 운영(상담)", unit: .cases,
            counting: count("petition.received"), actual2016: (433, nil), actual2017: (467, nil), target2018: (300, nil)),
        Row(indicator: "outreach-meetings", task: "t5-1-petitions", title: "「찾아가는 공감 면담」 운영", unit: .times,
            counting: count("petition.outreach-meeting-held"), actual2016: (65, nil), actual2017: (91, nil),
            target2018: (60, nil)),
    ]

    static func write(into timeline: Timeline) {
        var at = LocalDate(year: 2017, month: 12, day: 18)!.at(hour: 10)
        func next(_ event: some OfficeEvent) {
            timeline.add(event, at: at, actor: PlanOrganisation.policyActor)
            at = at.addingTimeInterval(2 * 60)
        }
        for row in rows {
            next(IndicatorDefined(indicator: row.indicator, task: row.task, title: row.title, unit: row.unit,
                                  counting: row.counting))
            for (year, figure) in [(2016, row.actual2016), (2017, row.actual2017)] {
                if let figure {
                    next(IndicatorHistoricalActualRecorded(indicator: row.indicator, year: year, value: figure.0,
                                                           participants: figure.1, source: source))
                }
            }
            next(IndicatorTargetSet(indicator: row.indicator, year: 2018, value: row.target2018.0,
                                    participants: row.target2018.1))
        }
    }
}
