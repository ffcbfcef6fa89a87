import Foundation
import SotongCore
import SotongDomain

/// The generator's clock: days counted from 2018-01-01 (office time, KST, which has no daylight
/// saving), times as milliseconds since 1970 — cheap integer arithmetic instead of `Calendar` calls
/// for every event. `LocalDate`s are computed once per day and cached.
struct BenchDays {
    /// 2018-01-01T00:00:00+09:00 in milliseconds since 1970.
    static let epochMilliseconds: Int64 = 1_514_732_400_000
    static let dayMilliseconds: Int64 = 86_400_000
    static let hourMilliseconds: Int64 = 3_600_000
    static let minuteMilliseconds: Int64 = 60_000

    /// The holiday calendar of the years the generator publishes: the same publications it emits,
    /// so that the due dates it plans are the ones the rules compute.
    let calendar: HolidayCalendar
    private var dates: [LocalDate] = []

    init() {
        calendar = HolidayCalendar(publications: BenchVocabulary.holidays.keys.sorted()
            .compactMap(BenchVocabulary.publication(year:)))
    }

    static func start(of day: Int) -> Int64 { epochMilliseconds + Int64(day) * dayMilliseconds }

    static func day(of time: Int64) -> Int { Int((time - epochMilliseconds) / dayMilliseconds) }

    static func date(_ time: Int64) -> Date { Date(timeIntervalSince1970: Double(time) / 1000) }

    /// The office date of a day index.
    mutating func localDate(_ day: Int) -> LocalDate {
        while dates.count <= day { dates.append(Self.uncachedDate(dates.count)) }
        return dates[day]
    }

    /// The office date of a day index, computed (one `Calendar` call).
    static func uncachedDate(_ day: Int) -> LocalDate {
        LocalDate(date(start(of: day) + 12 * hourMilliseconds))
    }

    /// The day index of an office date (after 2018-01-01).
    func dayIndex(of date: LocalDate) -> Int {
        Int((Timestamp.milliseconds(date.startOfDay) - Self.epochMilliseconds) / Self.dayMilliseconds)
    }

    /// Whether the office works that day (weekends and published holidays excluded).
    mutating func isWorkingDay(_ day: Int) -> Bool { calendar.isWorkingDay(localDate(day)) }

    /// 2018-01-01 was a Monday: 0 = Monday … 6 = Sunday.
    static func weekday(_ day: Int) -> Int { day % 7 }
}
