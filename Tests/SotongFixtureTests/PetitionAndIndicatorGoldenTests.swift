import Foundation
import SotongCore
import SotongDomain
import Testing

/// The plan's 주요 직소민원 처리 현황 (as of 2017-11-30) and 세부지표 tables from the fixture log.
@Suite struct PetitionAndIndicatorGoldenTests {
    static let asOf = LocalDate(year: 2017, month: 11, day: 30)!

    @Test func directPetitionsAsOfNovember2017AreThePlans() async throws {
        let fixture = try await ImportedFixture.shared.value
        let petitions = fixture.streams(prefix: "petition-2017-", through: Self.asOf).compactMap { PetitionState($0.1) }
        #expect(petitions.count == 467)
        #expect(petitions.count { $0.status == .answered && $0.outcome == .completed } == 319)
        #expect(petitions.count { $0.status == .answered && $0.outcome == .notPossible } == 121)
        #expect(petitions.count { $0.status == .underReview && $0.outcome == .underReview } == 27)
        #expect(petitions.reduce(0) { $0 + $1.mayorMeetingCount } == 27)
        #expect(petitions.reduce(0) { $0 + $1.outreachMeetingCount } == 91)
        #expect(petitions.allSatisfy { $0.reviewDate != nil || $0.outcome != .underReview })
        let received = petitions.map { LocalDate($0.receivedAt) }
        #expect(received.min() == day("2017-01-02"))
        #expect(received.max() == day("2017-11-30"))
        // No petition event of the plan part after 2017-11-30, so 2017's count stays 467.
        let planPart = fixture.log.prefix(fixture.planLines)
        #expect(!planPart.contains { $0.stream.rawValue.hasPrefix("petition-") && $0.occurredOn > Self.asOf })
        #expect(fixture.streams(prefix: "petition-2017-", through: day("2018-12-31")).count == 467)
    }

    @Test func petitionsAreAnsweredMostlyInTimeAndTold() async throws {
        let fixture = try await ImportedFixture.shared.value
        let calendar = fixture.calendar
        let streams = fixture.streams(prefix: "petition-2017-", through: Self.asOf)
        let answered = streams.compactMap { PetitionState($0.1) }.filter { $0.status == .answered }
        let late = answered.filter { $0.answeredAt! > $0.dueDate(in: calendar) }
        #expect(answered.count == 440)
        #expect(late.count > 0)
        #expect(Double(late.count) / Double(answered.count) < 0.15)
        #expect(streams.allSatisfy { PetitionState($0.1)!.noticesSent[.receipt] == 1 })
        #expect(streams.allSatisfy { NoticesOwed.compute($0.1, asOf: Self.asOf.at(hour: 18)).isEmpty })
        #expect(streams.contains { PetitionState($0.1)!.extensionCount == 2 })
        #expect(streams.contains { PetitionState($0.1)!.consultationCount > 0 })
    }

    /// (id, title as printed, unit, 2016, 2017, 2018 target); nil where the plan prints "-".
    static let table: [(IndicatorID, String, IndicatorUnit, String?, String?, String)] = [
        ("network-meetings", "「시민사회 소통네트워크」 활성화로 협치시스템 정착", .times, "3", "10", "10"),
        ("academy-sessions", "「소통아카데미」 개최", .timesWithParticipants, "2 (72)", "2 (273)", "3 (300)"),
        ("aein-forums", "「애인(愛仁)토론회」 내실운영", .timesWithParticipants, "2 (894)", "2 (1710)", "2 (1000)"),
        ("advisory-members", "「시민소통분야」 확대운영 - 시민소통분과, 청년소통분과", .members, "40", "60", "60"),
        ("communication-tours", "시민행복 정책 소통투어 추진", .times, nil, "3", "2"),
        ("performance-evaluations", "소통활동 성과평가 운영", .times, nil, nil, "2"),
        ("field-communication-days", "「동네방네 현장소통의 날」 운영", .times, "4", "6", "12"),
        ("one-day-field-offices", "「현장에서 듣다. 1일 현장민원실」 운영", .times, "2", "4", "4"),
        ("conflict-mediations", "갈등조정전문가 중재활동 및 갈등민원조정협의회 구성·운영", .times, "10", "11", "12"),
        ("conflict-trainings", "갈등관리 역량강화 교육", .times, "1", "2", "2"),
        ("petition-consultations", "「직소민원실」 운영(상담)", .cases, "433", "467", "300"),
        ("outreach-meetings", "「찾아가는 공감 면담」 운영", .times, "65", "91", "60"),
    ]

    @Test func indicatorsAreThePlansCellByCell() async throws {
        let fixture = try await ImportedFixture.shared.value
        let defined = fixture.log.compactMap { $0.entry.event as? IndicatorDefined }.map(\.indicator)
        #expect(defined == Self.table.map(\.0))
        for (indicator, title, unit, actual2016, actual2017, target2018) in Self.table {
            let state = IndicatorState.fold(fixture.stream(.indicator(indicator)))
            #expect(state.definition?.title == title)
            #expect(state.definition?.unit == unit)
            #expect(state.historicalActual(2016)?.notation == actual2016, "\(indicator) 2016")
            #expect(state.historicalActual(2017)?.notation == actual2017, "\(indicator) 2017")
            #expect(state.target(2018)?.notation == target2018, "\(indicator) 2018")
            #expect(state.historicalActuals.values.allSatisfy { $0.source == "2018 주요업무계획 세부지표" })
            #expect(state.historicalActual(2018) == nil)
        }
    }
}
