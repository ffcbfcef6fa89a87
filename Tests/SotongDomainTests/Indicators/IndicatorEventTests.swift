import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct IndicatorEventTests {
    let scenario = Scenario()
    let day = Scenario.at("2017-12-15")

    private static let academy = IndicatorDefined(
        indicator: "academy-sessions", title: "「소통아카데미」 개최", unit: .timesWithParticipants,
        counting: IndicatorCounting(eventTypes: ["academy.session-held"], measure: .sumParticipants))
    private static let petitions = IndicatorDefined(
        indicator: "petition-consultations", title: "「직소민원실」 운영(상담)", unit: .cases,
        counting: IndicatorCounting(eventTypes: ["petition.received"], measure: .count))

    private func indicator(_ id: IndicatorID) async throws -> IndicatorState {
        IndicatorState.fold(try await scenario.office.history(of: .indicator(id)))
    }

    private func defined(_ unit: IndicatorUnit, _ measure: CountingMeasure, eventTypes: [String] = ["tour.held"],
                         filter: [String: String]? = nil) -> IndicatorDefined {
        IndicatorDefined(indicator: "i-1", title: "지표", unit: unit,
                         counting: IndicatorCounting(eventTypes: eventTypes, measure: measure, filter: filter))
    }

    // MARK: indicator.defined

    @Test func definesAnIndicatorForATaskOfThePlan() async throws {
        try await scenario.given(PlanGoalRegistered.example, on: day)
        try await scenario.given(PlanStrategyRegistered(strategy: "s2-channels", goal: "goal-2018", title: "공감시정 구현을 위한 소통채널 확대"), on: day)
        try await scenario.given(PlanTaskRegistered(task: "t2-2-advisory", strategy: "s2-channels",
                                                    title: "시민행복정책자문단 「시민소통분야」 확대운영"), on: day)
        let recorded = try await scenario.when(IndicatorDefined.example, on: day)
        #expect(recorded.stream == "indicator-youth-advisory-members")
        let state = try await indicator("youth-advisory-members")
        #expect(state.definition == IndicatorDefined.example)
        #expect(state.definition?.counting.eventTypes == ["advisory.member-appointed", "advisory.term-ended"])
        #expect(state.definition?.counting.filter == ["subcommittee": "youth"])
    }

    @Test func definesAnIndicatorWithoutATask() async throws {
        try await scenario.when(Self.academy, on: day)
        try await scenario.when(Self.petitions, on: day)
        #expect(try await indicator("petition-consultations").definition?.unit == .cases)
    }

    @Test func refusesASecondDefinition() async throws {
        try await scenario.given(Self.academy, on: day)
        try await scenario.expectRefused(Self.academy, on: day, rule: "indicator.already-defined")
    }

    @Test func refusesAnUnknownTask() async throws {
        try await scenario.expectRefused(IndicatorDefined.example, on: day, rule: "indicator.task-not-registered")
    }

    @Test(arguments: ["", "\t", String(repeating: "가", count: 201)])
    func refusesAnInvalidTitle(_ title: String) async throws {
        try await scenario.expectRefused(
            IndicatorDefined(indicator: "i-1", title: title, unit: .times,
                             counting: IndicatorCounting(eventTypes: ["tour.held"], measure: .count)),
            on: day, rule: "indicator.title-invalid")
    }

    @Test(arguments: [[], [""], ["tour held"], ["투어.held"], ["tour.held", "tour.held"],
                      (1...11).map { "type-\($0)" }, [String(repeating: "a", count: 101)]])
    func refusesInvalidEventTypes(_ eventTypes: [String]) async throws {
        try await scenario.expectRefused(defined(.times, .count, eventTypes: eventTypes), on: day,
                                         rule: "indicator.event-types-invalid")
    }

    @Test(arguments: [(IndicatorUnit.times, CountingMeasure.sumParticipants), (.timesWithParticipants, .count),
                      (.members, .count), (.cases, .activeMembers)])
    func refusesAMeasureThatDoesNotFitTheUnit(_ pair: (IndicatorUnit, CountingMeasure)) async throws {
        try await scenario.expectRefused(defined(pair.0, pair.1, eventTypes: ["a.started", "a.ended"]), on: day,
                                         rule: "indicator.measure-unit-mismatch")
    }

    @Test func refusesActiveMembersWithoutAnEndingType() async throws {
        try await scenario.expectRefused(defined(.members, .activeMembers, eventTypes: ["advisory.member-appointed"]),
                                         on: day, rule: "indicator.members-need-start-and-end")
    }

    @Test(arguments: [[:], ["subcommittee": ""], ["": "youth"], ["note": String(repeating: "가", count: 201)]])
    func refusesAnInvalidFilter(_ filter: [String: String]) async throws {
        try await scenario.expectRefused(defined(.times, .count, filter: filter), on: day, rule: "indicator.filter-invalid")
    }

    @Test func measuresFitUnits() {
        #expect(CountingMeasure.count.fits(.times) && CountingMeasure.count.fits(.cases))
        #expect(CountingMeasure.sumParticipants.fits(.timesWithParticipants))
        #expect(CountingMeasure.activeMembers.fits(.members))
        #expect(IndicatorUnit.parse("횟수(참여)") == .timesWithParticipants)
        #expect(IndicatorUnit.members.koreanLabel == "위원수")
    }

    // MARK: indicator.target-set

    @Test func setsAndReplacesTargets() async throws {
        try await scenario.given(Self.academy, on: day)
        try await scenario.when(IndicatorTargetSet(indicator: "academy-sessions", year: 2018, value: 2, participants: 200), on: day)
        try await scenario.when(IndicatorTargetSet.example, on: Scenario.at("2017-12-20"))
        let state = try await indicator("academy-sessions")
        #expect(state.target(2018) == IndicatorState.Figure(value: 3, participants: 300, source: nil))
        #expect(state.target(2018)?.notation == "3 (300)")
        #expect(state.target(2017) == nil)
    }

    @Test func refusesATargetForAnUndefinedIndicator() async throws {
        try await scenario.expectRefused(IndicatorTargetSet.example, on: day, rule: "indicator.not-defined")
    }

    @Test(arguments: [1999, 2101])
    func refusesATargetForAnImplausibleYear(_ year: Int) async throws {
        try await scenario.given(Self.academy, on: day)
        try await scenario.expectRefused(IndicatorTargetSet(indicator: "academy-sessions", year: year, value: 3), on: day,
                                         rule: "indicator.year-invalid")
    }

    @Test(arguments: [(-1, nil), (10_000_001, nil), (3, -300)] as [(Int, Int?)])
    func refusesATargetOutOfRange(_ figure: (Int, Int?)) async throws {
        try await scenario.given(Self.academy, on: day)
        try await scenario.expectRefused(
            IndicatorTargetSet(indicator: "academy-sessions", year: 2018, value: figure.0, participants: figure.1), on: day,
            rule: "indicator.value-invalid")
    }

    @Test func refusesParticipantsForAnIndicatorWithoutThem() async throws {
        try await scenario.given(Self.petitions, on: day)
        try await scenario.expectRefused(
            IndicatorTargetSet(indicator: "petition-consultations", year: 2018, value: 300, participants: 300), on: day,
            rule: "indicator.participants-not-counted")
    }

    // MARK: indicator.historical-actual-recorded

    @Test func recordsHistoricalActuals() async throws {
        try await scenario.given(Self.academy, on: day)
        try await scenario.when(IndicatorHistoricalActualRecorded(indicator: "academy-sessions", year: 2016, value: 2,
                                                                  participants: 72, source: "2018 주요업무계획 세부지표"), on: day)
        try await scenario.when(IndicatorHistoricalActualRecorded.example, on: day)
        let state = try await indicator("academy-sessions")
        #expect(state.historicalActual(2016)?.notation == "2 (72)")
        #expect(state.historicalActual(2017) == IndicatorState.Figure(value: 2, participants: 273,
                                                                      source: "2018 주요업무계획 세부지표"))
        #expect(state.target(2017) == nil)
    }

    @Test func refusesAnActualForAnUndefinedIndicator() async throws {
        try await scenario.expectRefused(IndicatorHistoricalActualRecorded.example, on: day, rule: "indicator.not-defined")
    }

    @Test func refusesAnActualBefore2000() async throws {
        try await scenario.given(Self.petitions, on: day)
        try await scenario.expectRefused(
            IndicatorHistoricalActualRecorded(indicator: "petition-consultations", year: 1999, value: 1, source: "기록"),
            on: day, rule: "indicator.year-invalid")
    }

    @Test func refusesAnActualForAYearAfterTheRecording() async throws {
        try await scenario.given(Self.petitions, on: day)
        try await scenario.expectRefused(
            IndicatorHistoricalActualRecorded(indicator: "petition-consultations", year: 2018, value: 300, source: "추정"),
            on: day, rule: "indicator.actual-in-future")
    }

    @Test func refusesAnActualOutOfRange() async throws {
        try await scenario.given(Self.petitions, on: day)
        try await scenario.expectRefused(
            IndicatorHistoricalActualRecorded(indicator: "petition-consultations", year: 2017, value: -467, source: "기록"),
            on: day, rule: "indicator.value-invalid")
    }

    @Test func refusesActualParticipantsForAnIndicatorWithoutThem() async throws {
        try await scenario.given(Self.petitions, on: day)
        try await scenario.expectRefused(
            IndicatorHistoricalActualRecorded(indicator: "petition-consultations", year: 2017, value: 467, participants: 467,
                                              source: "기록"),
            on: day, rule: "indicator.participants-not-counted")
    }

    @Test(arguments: ["", " ", String(repeating: "가", count: 501)])
    func refusesAnInvalidSource(_ source: String) async throws {
        try await scenario.given(Self.petitions, on: day)
        try await scenario.expectRefused(
            IndicatorHistoricalActualRecorded(indicator: "petition-consultations", year: 2017, value: 467, source: source),
            on: day, rule: "indicator.source-invalid")
    }
}
