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

    /// Korea Standard Time: UTC+9 all year (no daylight saving since 1988).
    public static let officeTimeZone = TimeZone(secondsFromGMT: 9 * 3600)!

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = officeTimeZone
        return calendar
    }()

    /// A real date, or `nil`.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1,
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
        let parts = LocalDate.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// Midnight at the start of this date in the office's time zone.
    public var startOfDay: Date { at(hour: 0) }

    /// This date at a given hour and minute, office time.
    public func at(hour: Int, minute: Int = 0) -> Date {
        LocalDate.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(LocalDate.calendar.date(byAdding: .day, value: days, to: at(hour: 12))!)
    }

    /// Days from this date to `other` (negative when `other` is earlier).
    public func days(to other: LocalDate) -> Int {
        LocalDate.calendar.dateComponents([.day], from: at(hour: 12), to: other.at(hour: 12)).day!
    }

    /// 1 = Sunday … 7 = Saturday.
    public var weekday: Int { LocalDate.calendar.component(.weekday, from: at(hour: 12)) }

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
        guard (1900...2999).contains(year), half == 1 || half == 2 else { return nil }
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
