import Foundation
import SotongDomain

/// Office-time arithmetic for the fixtures: instants on working days (KST), in office hours
/// (09:00–12:00 and 13:00–17:50, so that nothing falls at lunch or after closing), whole minutes.
struct OfficeTime {
    let calendar: HolidayCalendar

    /// The first minute of office hours, in minutes after midnight.
    static let opening = 9 * 60
    /// The last minute anything is scheduled at.
    static let lastMinute = 17 * 60 + 50
    /// Lunch (12:00–12:59) is skipped.
    static let lunch = (12 * 60)..<(13 * 60)

    /// `day` at `minutes` after midnight, office time.
    func at(_ day: LocalDate, minutes: Int) -> Date {
        day.at(hour: minutes / 60, minute: minutes % 60)
    }

    /// Minutes after midnight of an instant, office time.
    func minutes(of date: Date) -> Int {
        Int(date.timeIntervalSince(LocalDate(date).startOfDay) / 60)
    }

    /// Whether the office works that day.
    func isWorkingDay(_ day: LocalDate) -> Bool { calendar.isWorkingDay(day) }

    /// The working days from `first` through `last`, in order.
    func workingDays(from first: LocalDate, through last: LocalDate) -> [LocalDate] {
        var days: [LocalDate] = []
        var day = first
        while day <= last {
            if isWorkingDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// The `count`-th working day after `day` (1 = the next working day).
    func workingDay(_ count: Int, after day: LocalDate) -> LocalDate {
        var result = day
        var counted = 0
        while counted < count {
            result = result.adding(days: 1)
            if isWorkingDay(result) { counted += 1 }
        }
        return result
    }

    /// The first working day on or after `day`.
    func workingDay(onOrAfter day: LocalDate) -> LocalDate {
        isWorkingDay(day) ? day : calendar.nextWorkingDay(after: day)
    }

    /// The schedulable minutes of a day within `[from, to]` (minutes after midnight).
    private func minuteWindows(from: Int, to: Int) -> [ClosedRange<Int>] {
        let bounds = [(max(from, Self.opening), min(to, Self.lunch.lowerBound - 1)),
                      (max(from, Self.lunch.upperBound), min(to, Self.lastMinute))]
        return bounds.filter { $0.0 <= $0.1 }.map { $0.0...$0.1 }
    }

    /// An instant strictly between `start` and `end`, on a working day in office hours, or `nil`
    /// when there is none. The day is drawn first, then the minute.
    func instant(after start: Date, before end: Date, random: SeededRandom) -> Date? {
        guard start < end else { return nil }
        let firstDay = LocalDate(start), lastDay = LocalDate(end)
        var candidates: [(LocalDate, [ClosedRange<Int>])] = []
        for day in workingDays(from: firstDay, through: lastDay) {
            let from = day == firstDay ? minutes(of: start) + 1 : 0
            let to = day == lastDay ? minutes(of: end) - 1 : 24 * 60
            let windows = minuteWindows(from: from, to: to)
            if !windows.isEmpty { candidates.append((day, windows)) }
        }
        guard !candidates.isEmpty else { return nil }
        let (day, windows) = random.pick(candidates)
        let total = windows.reduce(0) { $0 + $1.count }
        var draw = random.int(0...(total - 1))
        for window in windows {
            if draw < window.count { return at(day, minutes: window.lowerBound + draw) }
            draw -= window.count
        }
        return nil
    }

    /// An instant on `day` between two times of day (minutes after midnight), in office hours.
    func instant(on day: LocalDate, from: Int = opening, to: Int = lastMinute, random: SeededRandom) -> Date {
        let windows = minuteWindows(from: from, to: to)
        precondition(!windows.isEmpty && isWorkingDay(day), "no office time on \(day) between \(from) and \(to)")
        let total = windows.reduce(0) { $0 + $1.count }
        var draw = random.int(0...(total - 1))
        for window in windows {
            if draw < window.count { return at(day, minutes: window.lowerBound + draw) }
            draw -= window.count
        }
        return at(day, minutes: from)
    }

    /// `date` moved forward by `minutes` of office time: past lunch, closing, weekends and holidays.
    func adding(minutes count: Int, to date: Date) -> Date {
        var day = LocalDate(date)
        var minute = minutes(of: date)
        if !isWorkingDay(day) || minute > Self.lastMinute {
            day = calendar.nextWorkingDay(after: day)
            minute = Self.opening
        }
        minute = max(minute, Self.opening)
        var remaining = count
        while true {
            if Self.lunch.contains(minute) { minute = Self.lunch.upperBound }
            let stop = minute < Self.lunch.lowerBound ? Self.lunch.lowerBound - 1 : Self.lastMinute
            if minute + remaining <= stop { return at(day, minutes: minute + remaining) }
            remaining -= stop - minute + 1
            if stop == Self.lastMinute {
                day = calendar.nextWorkingDay(after: day)
                minute = Self.opening
            } else {
                minute = Self.lunch.upperBound
            }
        }
    }
}
