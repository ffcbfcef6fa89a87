public import Foundation

/// A calendar date in the office's time zone (KST, UTC+9), encoded as `YYYY-MM-DD`.
/// Parsing refuses impossible dates such as `2018-02-30`.
///
/// ```swift
/// let day = try LocalDate("2017-11-30")
/// let next = day.adding(days: 1)   // 2017-12-01
/// ```
public struct LocalDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// The years a date may fall in, 1900 to 2999: the range the office's calendar, deadlines and
    /// reports are built and tested for. ``init(year:month:day:)`` refuses a date outside it.
    public static let supportedYears: ClosedRange<Int> = 1900...2999

    /// Korea Standard Time: UTC+9 all year (no daylight saving since 1988).
    public static let officeTimeZone = TimeZone(secondsFromGMT: 9 * 3600)!

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = officeTimeZone
        return calendar
    }()

    /// A real date, or `nil`.
    public init?(year: Int, month: Int, day: Int) {
        guard LocalDate.supportedYears.contains(year), (1...12).contains(month), day >= 1,
              day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init(_ text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let date = LocalDate(year: year, month: month, day: day)
        else { throw LocalDateError(text: text) }
        self = date
    }

    /// The office's calendar date of an instant.
    public init(_ date: Date) {
        let local = date.timeIntervalSinceReferenceDate + Double(LocalDate.officeOffset)
        if local >= LocalDate.fastRange.lowerBound, local < LocalDate.fastRange.upperBound {
            self.init(dayNumber: Int((local / 86_400).rounded(.down)) + LocalDate.referenceDayNumber)
        } else {
            self.init(byCalendar: date)
        }
    }

    /// The date of an instant through Foundation's calendar (outside the range counted by hand).
    init(byCalendar date: Date) {
        let parts = LocalDate.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// Midnight at the start of this date in the office's time zone.
    public var startOfDay: Date { at(hour: 0) }

    /// This date at a given hour and minute, office time.
    public func at(hour: Int, minute: Int = 0) -> Date {
        guard LocalDate.fastYears.contains(year) else { return at(byCalendarHour: hour, minute: minute) }
        let seconds = (dayNumber - LocalDate.referenceDayNumber) * 86_400 + hour * 3_600 + minute * 60
            - LocalDate.officeOffset
        return Date(timeIntervalSinceReferenceDate: TimeInterval(seconds))
    }

    /// ``at(hour:minute:)`` through Foundation's calendar.
    func at(byCalendarHour hour: Int, minute: Int = 0) -> Date {
        LocalDate.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        let later = LocalDate(dayNumber: dayNumber + days)
        guard LocalDate.fastYears.contains(year), LocalDate.fastYears.contains(later.year) else {
            return adding(byCalendarDays: days)
        }
        return later
    }

    /// ``adding(days:)`` through Foundation's calendar.
    func adding(byCalendarDays days: Int) -> LocalDate {
        LocalDate(byCalendar: LocalDate.calendar.date(byAdding: .day, value: days, to: at(byCalendarHour: 12))!)
    }

    /// Days from this date to `other` (negative when `other` is earlier).
    public func days(to other: LocalDate) -> Int {
        guard LocalDate.fastYears.contains(year), LocalDate.fastYears.contains(other.year) else {
            return LocalDate.calendar.dateComponents([.day], from: at(byCalendarHour: 12), to: other.at(byCalendarHour: 12)).day!
        }
        return other.dayNumber - dayNumber
    }

    /// 1 = Sunday … 7 = Saturday.
    public var weekday: Int {
        guard LocalDate.fastYears.contains(year) else { return weekdayByCalendar }
        // 1970-01-01 was a Thursday (5).
        return ((dayNumber + 4) % 7 + 7) % 7 + 1
    }

    /// ``weekday`` through Foundation's calendar.
    var weekdayByCalendar: Int { LocalDate.calendar.component(.weekday, from: at(byCalendarHour: 12)) }

    /// Whether it is a Saturday or a Sunday.
    public var isWeekend: Bool { weekday == 1 || weekday == 7 }

    /// `YYYY-MM-DD`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Whether `lhs` is the earlier date.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { self = try LocalDate(text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "is not a real date (YYYY-MM-DD)")
        }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // Date arithmetic by hand. KST has no daylight saving and the Gregorian calendar is proleptic
    // from 1601, so days are whole multiples of 86,400 s: counting them is exact, and several times
    // faster than Foundation's `Calendar`, which deadlines and folds call for every petition
    // (Docs/Performance.md). Outside these years the calendar is used. `LocalDateArithmeticTests`
    // compares both over every day of 1900-2999.

    /// The years counted by hand.
    static let fastYears = 1601...9998
    /// The office's offset from UTC, in seconds.
    static let officeOffset = 9 * 3_600
    /// The day number of 2001-01-01, Foundation's reference date.
    static let referenceDayNumber = 11_323
    /// The office-time seconds since the reference date counted by hand (years 1601 to 9998).
    static let fastRange: Range<TimeInterval> = -12_622_780_800 ..< 252_392_457_600

    /// Days since 1970-01-01 (negative before).
    var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (days since 1970-01-01).
    init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Text that is not a real `YYYY-MM-DD` date.
///
/// ```swift
/// catch let error as LocalDateError { print(error) }   // '2018-02-30' is not a real date (YYYY-MM-DD)
/// ```
public struct LocalDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was not a date.
    public let text: String
    /// Names the text and the expected form.
    public var description: String { "'\(text)' is not a real date (YYYY-MM-DD)" }
}

/// A half of a year, for evaluations: `2018-H1`.
///
/// ```swift
/// let half = HalfYear(containing: try LocalDate("2018-09-03"))   // 2018-H2
/// half.koreanLabel                                                // "2018 하반기"
/// ```
public struct HalfYear: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// 1 or 2.
    public let half: Int

    /// The half `half` (1 or 2) of `year`; `nil` for another half.
    public init?(year: Int, half: Int) {
        guard LocalDate.supportedYears.contains(year), half == 1 || half == 2 else { return nil }
        self.year = year
        self.half = half
    }

    /// The half a date falls in.
    public init(containing date: LocalDate) {
        self.year = date.year
        self.half = date.month <= 6 ? 1 : 2
    }

    /// January 1 or July 1.
    public var firstDay: LocalDate { LocalDate(year: year, month: half == 1 ? 1 : 7, day: 1)! }
    /// June 30 or December 31.
    public var lastDay: LocalDate { LocalDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)! }

    /// 상반기 / 하반기.
    public var koreanLabel: String { "\(year) \(half == 1 ? "상반기" : "하반기")" }

    /// `2018-H1`.
    public var description: String { "\(year)-H\(half)" }

    /// Whether `lhs` is the earlier half.
    public static func < (lhs: HalfYear, rhs: HalfYear) -> Bool { (lhs.year, lhs.half) < (rhs.year, rhs.half) }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].first == "H",
              let half = Int(parts[1].dropFirst()), let value = HalfYear(year: year, half: half)
        else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "should look like 2018-H1") }
        self = value
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
