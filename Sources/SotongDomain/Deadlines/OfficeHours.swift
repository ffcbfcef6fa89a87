public import Foundation

/// The office's working hours (KST): 09:00–12:00 and 13:00–18:00, 8 hours a working day.
///
/// ```swift
/// StatutoryDeadline.dueMoment(on: day)   // day.at(hour: OfficeHours.closing), 18:00 KST
/// ```
public enum OfficeHours {
    /// When the office opens.
    public static let opening = 9
    /// When lunch starts.
    public static let lunchStart = 12
    /// When lunch ends.
    public static let lunchEnd = 13
    /// When the office closes; a day-counted deadline falls due at this hour.
    public static let closing = 18
    /// Working hours in one working day.
    public static let hoursPerDay = 8

    /// The two working periods of a day, morning and afternoon.
    static func periods(on day: LocalDate) -> [(start: Date, end: Date)] {
        [(day.at(hour: opening), day.at(hour: lunchStart)), (day.at(hour: lunchEnd), day.at(hour: closing))]
    }
}

extension HolidayCalendar {
    /// The instant at which `hours` working hours, counted from `start`, have run out. Time outside
    /// office hours, on weekends and on holidays does not count.
    ///
    /// ```swift
    /// // Friday 2018-09-21 16:30 plus 3 working hours, over the 2018 Chuseok holidays:
    /// calendar.adding(workingHours: 3, to: friday1630)   // Thursday 2018-09-27 10:30
    /// ```
    public func adding(workingHours hours: Int, to start: Date) -> Date {
        var remaining = TimeInterval(max(hours, 0) * 3600)
        var day = LocalDate(start)
        for _ in 0..<Self.dayLimit {
            if isWorkingDay(day) {
                for period in OfficeHours.periods(on: day) {
                    let begin = max(period.start, start)
                    guard begin < period.end else { continue }
                    let available = period.end.timeIntervalSince(begin)
                    if remaining <= available { return begin.addingTimeInterval(remaining) }
                    remaining -= available
                }
            }
            day = day.adding(days: 1)
        }
        return day.at(hour: OfficeHours.closing)
    }

    /// The working time between two instants, in seconds (0 when `end` is not after `start`).
    public func workingSeconds(from start: Date, to end: Date) -> TimeInterval {
        guard start < end else { return 0 }
        var total: TimeInterval = 0
        var day = LocalDate(start)
        let last = LocalDate(end)
        for _ in 0..<Self.dayLimit {
            if day > last { break }
            if isWorkingDay(day) {
                for period in OfficeHours.periods(on: day) {
                    let begin = max(period.start, start), finish = min(period.end, end)
                    if begin < finish { total += finish.timeIntervalSince(begin) }
                }
            }
            day = day.adding(days: 1)
        }
        return total
    }

    /// The `count`-th working day counting `first` as day 1 when it is a working day (초일 산입).
    public func workingDay(_ count: Int, countingFrom first: LocalDate) -> LocalDate {
        var day = first
        var counted = isWorkingDay(day) ? 1 : 0
        for _ in 0..<Self.dayLimit {
            if counted >= count { break }
            day = day.adding(days: 1)
            if isWorkingDay(day) { counted += 1 }
        }
        return day
    }

    /// The working days after `start` up to and including `end`, counting no further than `limit`.
    public func workingDays(after start: LocalDate, through end: LocalDate, limit: Int = .max) -> Int {
        var day = start
        var counted = 0
        for _ in 0..<Self.dayLimit {
            day = day.adding(days: 1)
            if counted >= limit || day > end { break }
            if isWorkingDay(day) { counted += 1 }
        }
        return counted
    }
}
