import Foundation
@testable import SotongDomain
import Testing

/// `LocalDate`'s arithmetic by hand gives what Foundation's calendar gives.
@Suite struct LocalDateArithmeticTests {
    /// Day numbers and dates round-trip over every day of 1900–2999, in order, one day apart.
    @Test func dayNumbersRoundTrip() {
        var previous: LocalDate?
        var wrong: [Int] = []
        let first = LocalDate(year: 1900, month: 1, day: 1)!.dayNumber
        let last = LocalDate(year: 2999, month: 12, day: 31)!.dayNumber
        for number in first...last {
            let date = LocalDate(dayNumber: number)
            if date.dayNumber != number || previous.map({ !($0 < date) }) == true { wrong.append(number) }
            previous = date
        }
        #expect(wrong.isEmpty)
        #expect(LocalDate(dayNumber: 0) == LocalDate(year: 1970, month: 1, day: 1))
    }

    /// Every day of 2010–2030 (the office's years), and every 11th day of 1900–2999.
    @Test func calendarOperationsAgree() {
        let busy = LocalDate(year: 2010, month: 1, day: 1)!.dayNumber...LocalDate(year: 2030, month: 12, day: 31)!.dayNumber
        let all = LocalDate(year: 1900, month: 1, day: 1)!.dayNumber...LocalDate(year: 2999, month: 12, day: 20)!.dayNumber
        for number in Array(busy) + Array(stride(from: all.lowerBound, through: all.upperBound, by: 11)) {
            let date = LocalDate(dayNumber: number)
            #expect(date.weekday == date.weekdayByCalendar, "\(date)")
            for hour in [0, 9, 18, 24] {
                #expect(date.at(hour: hour, minute: 30) == date.at(byCalendarHour: hour, minute: 30), "\(date) \(hour)")
            }
            for days in [1, -1, 7, 400] {
                #expect(date.adding(days: days) == date.adding(byCalendarDays: days), "\(date) + \(days)")
            }
            #expect(date.days(to: date.adding(byCalendarDays: 45)) == 45)
            #expect(LocalDate(date.startOfDay) == LocalDate(byCalendar: date.startOfDay))
        }
    }

    /// Instants: seeded random ones (millisecond precision) over 1900–2999, and ones around midnight KST.
    @Test func instantsAgree() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        let low = LocalDate(year: 1900, month: 1, day: 2)!.startOfDay.timeIntervalSinceReferenceDate
        let high = LocalDate(year: 2999, month: 12, day: 30)!.startOfDay.timeIntervalSinceReferenceDate
        var instants: [Date] = (0..<20_000).map { _ in
            Date(timeIntervalSinceReferenceDate: low + Double(next() % UInt64((high - low) * 1_000)) / 1_000)
        }
        for number in stride(from: 15_000, to: 25_000, by: 37) {
            let midnight = LocalDate(dayNumber: number).startOfDay
            instants += [-0.001, 0, 0.001, -1, 1].map { midnight.addingTimeInterval($0) }
        }
        let wrong = instants.filter { LocalDate($0) != LocalDate(byCalendar: $0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(3).map(\.timeIntervalSinceReferenceDate))")
    }
}
