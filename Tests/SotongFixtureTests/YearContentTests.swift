import Foundation
import SotongCore
import SotongDomain
import Testing

/// The simulated 2018 holds real content for every programme's tables.
@Suite struct YearContentTests {
    static let endOfYear = LocalDate(year: 2018, month: 12, day: 31)!

    @Test func evaluationScoresTwelveHeadsInBothHalves() async throws {
        let fixture = try await ImportedFixture.shared.value
        var state = EvaluationState()
        for entry in fixture.stream(EvaluationState.stream(year: 2018)) { state.apply(entry.event, id: entry.id) }
        let heads = state.heads(year: 2018)
        #expect(heads.count == 12)
        #expect(heads.allSatisfy { $0.grade == .grade4 && $0.title.hasSuffix("과장") })
        let hand: [EvaluationItem] = [.communicationPlan, .policyCustomerManagement, .systemImprovement, .communicationManagement]
        for half in [HalfYear(year: 2018, half: 1)!, HalfYear(year: 2018, half: 2)!] {
            let scored = heads.filter { head in hand.allSatisfy { state.score(half: half, head: head.head, item: $0) != nil } }
            #expect(scored.count == 12, "\(half)")
        }
        #expect(state.scores.values.count { $0.corrections > 0 } == 3)
        #expect(state.completedRoundCount(year: 2018) == 2)
    }

    @Test func petitionsOf2018IncludeEveryCase() async throws {
        let fixture = try await ImportedFixture.shared.value
        let calendar = fixture.calendar
        let streams = fixture.streams(prefix: "petition-2018-", through: Self.endOfYear)
        let states = streams.compactMap { PetitionState($0.1) }
        let end = Self.endOfYear.at(hour: 18)
        #expect(states.count == 304)
        #expect(states.contains { $0.status == .transferredOut })
        #expect(states.contains { $0.status == .closedAsRepeat && $0.repeatOf.count == 2 })
        #expect(states.contains { $0.reopenCount == 1 && $0.outcome == .completed })
        #expect(states.contains { $0.extensionCount == 2 })
        #expect(states.count { $0.channel == .oneDayFieldOffice } == 23)
        let overdue = states.filter { $0.status == .open && $0.dueDate(in: calendar) < end }
        #expect(overdue.count >= 1)
        let owed = streams.map { NoticesOwed.compute($0.1, asOf: end) }.filter { !$0.isEmpty }
        #expect(owed.count >= 1)
        #expect(Set(owed.joined()).isSuperset(of: [.receipt, .progress, .result]))
        let received2018 = fixture.log.filter { $0.entry.event is PetitionReceived && $0.occurredOn.year == 2018 }
        #expect(received2018.count == 304)
        // 2017's petitions under review: most answered in 2018.
        let carried = fixture.streams(prefix: "petition-2017-", through: Self.endOfYear).compactMap { PetitionState($0.1) }
        #expect(carried.count { $0.status == .underReview } == 10)
    }

    @Test func everyProgrammeHeldItsActivities() async throws {
        let fixture = try await ImportedFixture.shared.value
        let year = fixture.log.filter { $0.occurredOn.year == 2018 }.map(\.entry.event)
        #expect(year.count { $0 is NetworkMeetingHeld } == 10)
        let academy = year.compactMap { $0 as? AcademySessionHeld }
        #expect(academy.count == 3)
        #expect(academy.reduce(0) { $0 + $1.participants } == 303)
        let forums = year.compactMap { $0 as? ForumHeld }
        #expect(forums.count == 2)
        #expect(forums.reduce(0) { $0 + $1.participants } == 1_007)
        #expect(year.count { $0 is ForumProposalReflected } == 6)
        #expect(year.count { $0 is ForumProposalDeclined } == 3)
        let tours = year.compactMap { $0 as? TourHeld }.map(\.kind)
        #expect(tours == [.livelihood, .policy])
        let days = year.compactMap { $0 as? FieldDayHeld }
        #expect(days.count { $0.host == .viceMayor && $0.withCityCouncil } == 12)
        #expect(days.count { $0.host == .director } == 12)
        #expect(Set(days.filter { $0.host == .departmentHead }.compactMap(\.hostDepartment)).count >= 10)
        let offices = year.compactMap { $0 as? FieldOfficeHeld }
        #expect(offices.count == 4)
        #expect(Set(offices.map(\.district)).count == 4)
        #expect(year.count { $0 is ConflictMediationConvened || $0 is ConflictCouncilMet } == 12)
        #expect(year.count { $0 is ConflictResponsePlanAdopted } == 4)
        #expect(year.count { $0 is ConflictTrainingHeld } == 2)
        #expect(year.count { $0 is MonitorReportFiled } == 16)
        #expect(year.count { $0 is PetitionOutreachMeetingHeld } == 64)
        let group = AdvisoryGroupState(entries: fixture.stream(AdvisoryGroupState.stream, through: Self.endOfYear))
        #expect(group.count(subcommittee: .citizen, cohort: 4) == 20)
        #expect(group.count(subcommittee: .youth) == 40)
        #expect(group.members(asOf: Self.endOfYear).count == 59)
    }

    @Test func staffChangedIn2018() async throws {
        let fixture = try await ImportedFixture.shared.value
        let state = OrganisationState.fold(fixture.entries(through: Self.endOfYear))
        #expect(state.officeTotal(asOf: Self.endOfYear).notation == "17/16(2)")
        #expect(state.teamTotal(.field, asOf: Self.endOfYear) == RosterCell(quota: 3, current: 3, returnees: 0, away: 1))
    }
}
