import Foundation
import SotongCore
import SotongDomain
import Testing

/// A grievance (7 days) received Tuesday 2018-02-13 10:00 falls due Friday 2018-02-23 18:00 over the
/// Seollal holidays (15–17 February); 1 March (삼일절) is a holiday too.
@Suite struct PetitionExtensionTests {
    func extend(_ day: String, consent: Bool = false, reason: String = "관계부서 협의 필요") -> PetitionExtensionGranted {
        PetitionExtensionGranted(petitionID: "2018-0001", reason: reason, newDueDate: try! LocalDate(day),
                                 petitionerConsent: consent)
    }

    func seollalPetition() async throws -> Scenario {
        let s = Scenario()
        try await s.publishHolidays()
        try await s.receive("2018-0001", kind: .grievance, on: "2018-02-13")
        return s
    }

    @Test func extendsByAtMostTheOriginalPeriodInWorkingDays() async throws {
        let s = try await seollalPetition()
        // 26, 27, 28 Feb, 2, 5, 6, 7, 8 Mar: 8 working days.
        try await s.expectRefused(extend("2018-03-08"), on: Scenario.at("2018-02-22"), rule: "petition.extension-too-long")
        // …7 working days up to 7 Mar.
        try await s.when(extend("2018-03-07"), on: Scenario.at("2018-02-22"))
        let state = try #require(PetitionState(try await s.entries("2018-0001")))
        #expect(state.extensionCount == 1)
        #expect(state.dueDate(in: KoreanHolidays.calendar) == Scenario.at("2018-03-07", hour: 18))
    }

    @Test func aSecondExtensionNeedsConsentAndAThirdIsRefused() async throws {
        let s = try await seollalPetition()
        try await s.given(extend("2018-03-07"), on: Scenario.at("2018-02-22"))
        try await s.expectRefused(extend("2018-03-16"), on: Scenario.at("2018-03-06"), rule: "petition.extension-consent")
        try await s.when(extend("2018-03-16", consent: true), on: Scenario.at("2018-03-06"))
        try await s.expectRefused(extend("2018-03-20", consent: true), on: Scenario.at("2018-03-15"),
                                  rule: "petition.extension-limit")
        let entries = try await s.entries("2018-0001")
        #expect(StatutoryDeadline.currentDueDate(of: entries, calendar: KoreanHolidays.calendar)
            == Scenario.at("2018-03-16", hour: 18))
    }

    @Test func refusesANewDueDateNotAfterTheCurrentOne() async throws {
        let s = try await seollalPetition()
        try await s.expectRefused(extend("2018-02-23"), on: Scenario.at("2018-02-20"), rule: "petition.extension-not-later")
        try await s.expectRefused(extend("2018-02-21"), on: Scenario.at("2018-02-20"), rule: "petition.extension-not-later")
    }

    @Test func refusesAnExtensionWithoutReason() async throws {
        let s = try await seollalPetition()
        try await s.expectRefused(extend("2018-03-02", reason: ""), on: Scenario.at("2018-02-20"),
                                  rule: "petition.text-required")
    }

    @Test func countsWithTheHolidaysPublishedInTheCalendarStream() async throws {
        // Without a publication the grievance falls due 21 Feb, and 22 Feb … 5 Mar is 8 working days.
        let bare = Scenario()
        try await bare.receive("2018-0001", kind: .grievance, on: "2018-02-13")
        try await bare.expectRefused(extend("2018-03-05"), on: Scenario.at("2018-02-20"),
                                     rule: "petition.extension-too-long")
        // With the 2018 holidays it falls due 23 Feb, and 26 Feb … 5 Mar is 5 working days.
        let s = try await seollalPetition()
        try await s.when(extend("2018-03-05"), on: Scenario.at("2018-02-20"))
    }

    @Test func countsAnHourPeriodInWorkingHours() async throws {
        // An "other" petition received Monday 2018-03-05 12:30 starts counting at 13:00 and falls due 16:00.
        let s = Scenario()
        try await s.publishHolidays()
        try await s.given(PetitionReceived.sample("2018-0001", kind: .other), on: Scenario.at("2018-03-05", hour: 12, minute: 30))
        // 16:00 → 18:00 the next day is 10 working hours, more than 3.
        try await s.expectRefused(extend("2018-03-06"), on: Scenario.at("2018-03-05", hour: 15),
                                  rule: "petition.extension-too-long")
        // 16:00 → 18:00 the same day is 2 working hours.
        try await s.when(extend("2018-03-05"), on: Scenario.at("2018-03-05", hour: 15))
    }
}
