import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct StatutoryDeadlineTests {
    let calendar = KoreanHolidays.calendar

    func due(_ kind: PetitionKind, _ day: String, hour: Int = 10, minute: Int = 0,
             calendar: HolidayCalendar = KoreanHolidays.calendar) -> Date {
        StatutoryDeadline.dueDate(kind: kind, receivedAt: Scenario.at(day, hour: hour, minute: minute), calendar: calendar)
    }

    @Test func periodsByKind() {
        #expect(StatutoryDeadline.period(for: .grievance) == .days(7))
        #expect(StatutoryDeadline.period(for: .suggestion) == .days(14))
        #expect(StatutoryDeadline.period(for: .inquiry) == .days(7))
        #expect(StatutoryDeadline.period(for: .legalInquiry) == .days(14))
        #expect(StatutoryDeadline.period(for: .other) == .workingHours(3))
        #expect(ProcessingPeriod.ofDays(5) == .workingHours(40))
        #expect(ProcessingPeriod.ofDays(6) == .days(6))
    }

    @Test func aGrievanceOverSeollal2018() {
        // Tue 13 Feb is day 1; 15–17 Feb are Seollal; due Fri 23 Feb 18:00.
        #expect(due(.grievance, "2018-02-13") == Scenario.at("2018-02-23", hour: 18))
        // Without the 2018 publication only weekends are skipped: due Wed 21 Feb.
        #expect(due(.grievance, "2018-02-13", calendar: HolidayCalendar()) == Scenario.at("2018-02-21", hour: 18))
    }

    @Test func aPetitionReceivedAfterClosingStartsTheNextWorkingDay() {
        // Wed 14 Feb 19:00: counting starts Mon 19 Feb; due Tue 27 Feb.
        #expect(due(.grievance, "2018-02-14", hour: 19) == Scenario.at("2018-02-27", hour: 18))
        #expect(StatutoryDeadline.countingStart(receivedAt: Scenario.at("2018-02-14", hour: 18), calendar: calendar)
            == Scenario.at("2018-02-19", hour: 9))
        // Before opening the day itself counts (초일 산입).
        #expect(StatutoryDeadline.countingStart(receivedAt: Scenario.at("2018-02-14", hour: 7), calendar: calendar)
            == Scenario.at("2018-02-14", hour: 7))
    }

    @Test func aSuggestionOverChuseok2017() {
        // Thu 28 Sep 2017: 28, 29 Sep; 2 Oct temporary holiday, 3–5 Chuseok, 6 substitute, 9 Hangeul Day;
        // then 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25 Oct.
        #expect(due(.suggestion, "2017-09-28", hour: 15) == Scenario.at("2017-10-25", hour: 18))
        // An inquiry received Fri 29 Sep 17:00: 29 Sep, 10, 11, 12, 13, 16, 17 Oct.
        #expect(due(.inquiry, "2017-09-29", hour: 17) == Scenario.at("2017-10-17", hour: 18))
    }

    @Test func aLegalInquiryReceivedOnASaturdayBeforeChuseok2018() {
        // Sat 22 Sep: counting starts Thu 27 Sep after Chuseok 23–25 and the substitute 26; 3 and 9 Oct are
        // holidays: 27, 28 Sep, 1, 2, 4, 5, 8, 10, 11, 12, 15, 16, 17, 18 Oct.
        #expect(due(.legalInquiry, "2018-09-22", hour: 11) == Scenario.at("2018-10-18", hour: 18))
    }

    @Test func anOtherPetitionCountsThreeWorkingHours() {
        // Fri 21 Sep 2018 16:30: 1.5 hours that day, then 1.5 hours on Thu 27 Sep after Chuseok.
        #expect(due(.other, "2018-09-21", hour: 16, minute: 30) == Scenario.at("2018-09-27", hour: 10, minute: 30))
        // Lunch does not count: 11:00 → 12:00, 13:00 → 15:00.
        #expect(due(.other, "2018-03-02", hour: 11) == Scenario.at("2018-03-02", hour: 15))
        // Before opening: from 09:00. During lunch: from 13:00.
        #expect(due(.other, "2018-03-02", hour: 7, minute: 30) == Scenario.at("2018-03-02", hour: 12))
        #expect(due(.other, "2018-03-02", hour: 12, minute: 30) == Scenario.at("2018-03-02", hour: 16))
        // Received on 1 March (삼일절): from Fri 2 March 09:00.
        #expect(due(.other, "2018-03-01") == Scenario.at("2018-03-02", hour: 12))
    }

    @Test func dueDateAfterAnExtension() throws {
        let received = Scenario.at("2018-02-13")
        #expect(StatutoryDeadline.dueDate(kind: .grievance, receivedAt: received, extendedTo: nil, calendar: calendar)
            == Scenario.at("2018-02-23", hour: 18))
        #expect(StatutoryDeadline.dueDate(kind: .grievance, receivedAt: received,
                                          extendedTo: try LocalDate("2018-03-07"), calendar: calendar)
            == Scenario.at("2018-03-07", hour: 18))
    }

    @Test func extensionLengthInThePeriodsUnit() throws {
        let current = Scenario.at("2018-02-23", hour: 18)
        // 26, 27, 28 Feb, (1 Mar holiday), 2, 5, 6 Mar.
        #expect(StatutoryDeadline.extensionLength(from: current, to: try LocalDate("2018-03-06"), period: .days(7),
                                                  calendar: calendar) == 6)
        // Counting stops just past the period.
        #expect(StatutoryDeadline.extensionLength(from: current, to: try LocalDate("2018-12-31"), period: .days(7),
                                                  calendar: calendar) == 8)
        // 15:00 → 18:00 is 3 working hours; 15:30 → 18:00 rounds up to 3.
        #expect(StatutoryDeadline.extensionLength(from: Scenario.at("2018-03-02", hour: 15),
                                                  to: try LocalDate("2018-03-02"), period: .workingHours(3),
                                                  calendar: calendar) == 3)
        #expect(StatutoryDeadline.extensionLength(from: Scenario.at("2018-03-02", hour: 15, minute: 30),
                                                  to: try LocalDate("2018-03-02"), period: .workingHours(3),
                                                  calendar: calendar) == 3)
        // Fri 17:00 → Mon 18:00 is 1 + 8 working hours.
        #expect(calendar.workingSeconds(from: Scenario.at("2018-03-02", hour: 17), to: Scenario.at("2018-03-05", hour: 18))
            == 9 * 3600)
    }
}
