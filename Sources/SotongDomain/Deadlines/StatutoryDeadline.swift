public import Foundation

/// A statutory processing period (처리기간), counted in working hours or in days.
///
/// ```swift
/// ProcessingPeriod.ofDays(3)    // .workingHours(24)
/// ProcessingPeriod.ofDays(14)   // .days(14)
/// ```
public enum ProcessingPeriod: Hashable, Sendable, CustomStringConvertible {
    /// Counted in working hours from the receipt (8 a working day).
    case workingHours(Int)
    /// Counted in days, the first day included (초일 산입), skipping weekends and public holidays.
    case days(Int)

    /// A period the law sets in days: 5 days or less count in working hours (8 a day).
    public static func ofDays(_ days: Int) -> ProcessingPeriod {
        days <= 5 ? .workingHours(days * OfficeHours.hoursPerDay) : .days(days)
    }

    /// The length in the period's own unit.
    public var amount: Int {
        switch self {
        case .workingHours(let hours): hours
        case .days(let days): days
        }
    }

    /// `3 working hours`, `14 days`.
    public var description: String {
        switch self {
        case .workingHours(let hours): "\(hours) working hours"
        case .days(let days): "\(days) days"
        }
    }
}

/// Due dates under the Civil Petitions Treatment Act (민원 처리에 관한 법률 §19 and its decree).
///
/// Periods by kind: grievance (고충) 7 days, suggestion (건의) 14 days, procedural inquiry (질의, 제도·절차)
/// 7 days, legal inquiry (질의, 법령해석) 14 days, other (기타) "immediately", that is 3 working hours.
/// Periods of 5 days or less count in working hours (8 a day; office hours 09:00–12:00 and 13:00–18:00
/// KST); longer periods count in days, the first day included (초일 산입), skipping Saturdays, Sundays
/// and public holidays, and fall due at 18:00 of the last day.
///
/// Our choice where the law is silent on the hour: a petition received on a non-working day, or at or
/// after 18:00, starts counting at 09:00 of the next working day (that day is day 1); one received on a
/// working day before 09:00 counts that day as day 1 and its hours from 09:00.
///
/// ```swift
/// // A grievance received Tuesday 2018-02-13 10:00, over the Seollal holidays (15–17 February):
/// StatutoryDeadline.dueDate(kind: .grievance, receivedAt: tuesday, calendar: calendar)   // 2018-02-23 18:00
/// ```
public enum StatutoryDeadline {
    /// The processing period of a kind of petition.
    public static func period(for kind: PetitionKind) -> ProcessingPeriod {
        switch kind {
        case .grievance, .inquiry: .ofDays(7)
        case .suggestion, .legalInquiry: .ofDays(14)
        case .other: .workingHours(3)
        }
    }

    /// When the period starts to run: the receipt itself during a working day before 18:00, otherwise
    /// 09:00 of the next working day.
    public static func countingStart(receivedAt: Date, calendar: HolidayCalendar) -> Date {
        let day = LocalDate(receivedAt)
        if calendar.isWorkingDay(day), receivedAt < day.at(hour: OfficeHours.closing) { return receivedAt }
        return calendar.nextWorkingDay(after: day).at(hour: OfficeHours.opening)
    }

    /// The instant a day-counted deadline falls due on its last day: 18:00 office time.
    public static func dueMoment(on day: LocalDate) -> Date { day.at(hour: OfficeHours.closing) }

    /// The statutory due date of a petition of `kind` received at `receivedAt`.
    public static func dueDate(kind: PetitionKind, receivedAt: Date, calendar: HolidayCalendar) -> Date {
        dueDate(period: period(for: kind), receivedAt: receivedAt, calendar: calendar)
    }

    /// The due date of a period running from a receipt.
    public static func dueDate(period: ProcessingPeriod, receivedAt: Date, calendar: HolidayCalendar) -> Date {
        let start = countingStart(receivedAt: receivedAt, calendar: calendar)
        switch period {
        case .workingHours(let hours):
            return calendar.adding(workingHours: hours, to: start)
        case .days(let days):
            return dueMoment(on: calendar.workingDay(days, countingFrom: LocalDate(start)))
        }
    }

    /// The due date after extensions: 18:00 of the latest extension's new due date, or the statutory one.
    public static func dueDate(kind: PetitionKind, receivedAt: Date, extendedTo newDueDate: LocalDate?,
                               calendar: HolidayCalendar) -> Date {
        if let newDueDate { return dueMoment(on: newDueDate) }
        return dueDate(kind: kind, receivedAt: receivedAt, calendar: calendar)
    }

    /// The current due date of a petition from its stream, or `nil` when the stream holds no receipt.
    public static func currentDueDate(of entries: [History.Entry], calendar: HolidayCalendar) -> Date? {
        PetitionState(entries)?.dueDate(in: calendar)
    }

    /// How far moving a due date to 18:00 of `newDueDate` extends it, in the unit of `period`: working
    /// days after the current due day up to and including the new one, or working hours (rounded up).
    /// Counting stops just past `period`'s own length, which is all a check needs.
    public static func extensionLength(from currentDueDate: Date, to newDueDate: LocalDate,
                                       period: ProcessingPeriod, calendar: HolidayCalendar) -> Int {
        switch period {
        case .workingHours(let hours):
            let seconds = calendar.workingSeconds(from: currentDueDate, to: dueMoment(on: newDueDate))
            return min(Int((seconds / 3600).rounded(.up)), hours + 1)
        case .days(let days):
            return calendar.workingDays(after: LocalDate(currentDueDate), through: newDueDate, limit: days + 1)
        }
    }
}
