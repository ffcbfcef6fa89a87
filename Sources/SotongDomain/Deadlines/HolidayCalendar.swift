/// The public holidays the statutory deadlines skip, by date, as published in the `calendar` stream.
///
/// A later publication for a year replaces the earlier one (latest wins). A year with no
/// publication skips only Saturdays and Sundays; `missingYears(in:)` names
/// such years so a projection can warn that its deadlines may fall too early.
///
/// ```swift
/// let calendar = HolidayCalendar(history: history)          // from the `calendar` stream
/// calendar.isWorkingDay(try LocalDate("2018-02-16"))        // false: 설날
/// calendar.missingYears(in: 2018...2019)                    // [2019] when 2019 is not published
/// ```
public struct HolidayCalendar: Hashable, Sendable {
    private var publications: [Int: HolidaysPublished] = [:]
    private var names: [LocalDate: String] = [:]

    /// A calendar with no publication: only weekends are skipped.
    public init() {}

    /// The calendar after these publications, applied in order (latest wins per year).
    public init(publications: [HolidaysPublished]) {
        for publication in publications { publish(publication) }
    }

    /// The calendar as the `calendar` stream of a history holds it.
    public init(history: History) {
        self = history.fold(Self.self, of: HolidaysPublished.calendarStream)
    }

    /// The calendar of a decoded stream, oldest first (events of other types are ignored).
    public init(entries: [History.Entry]) {
        self.init(publications: entries.compactMap { $0.event as? HolidaysPublished })
    }

    /// The calendar a holiday file describes; see ``HolidayCalendarFile``.
    ///
    /// - Throws: ``DomainError`` when a year breaks a rule of `calendar.holidays-published`.
    public init(file: HolidayCalendarFile) throws {
        self.init(publications: try file.publicationEvents())
    }

    /// Applies a publication: it replaces any earlier one for the same year.
    public mutating func publish(_ publication: HolidaysPublished) {
        if let earlier = publications[publication.year] {
            for holiday in earlier.holidays { names[holiday.date] = nil }
        }
        publications[publication.year] = publication
        for holiday in publication.holidays { names[holiday.date] = holiday.name }
    }

    /// The years with a publication, ascending.
    public var publishedYears: [Int] { publications.keys.sorted() }

    /// Every holiday, by date.
    public var holidays: [Holiday] {
        names.map { Holiday(date: $0.key, name: $0.value) }.sorted { $0.date < $1.date }
    }

    /// The holiday's name on a date, or `nil` on an ordinary day.
    public func holidayName(on date: LocalDate) -> String? { names[date] }

    /// Whether the office works that day: not a Saturday, a Sunday or a published public holiday.
    public func isWorkingDay(_ date: LocalDate) -> Bool { !date.isWeekend && names[date] == nil }

    /// The years in a range with no publication, ascending: there only weekends are skipped.
    public func missingYears(in years: ClosedRange<Int>) -> [Int] {
        years.filter { publications[$0] == nil }
    }

    /// The years a span of dates touches that have no publication, ascending.
    public func missingYears(in dates: ClosedRange<LocalDate>) -> [Int] {
        missingYears(in: dates.lowerBound.year...dates.upperBound.year)
    }

    /// The current publications as events, one per year, ascending by year.
    public func publicationEvents() -> [HolidaysPublished] {
        publishedYears.compactMap { publications[$0] }
    }

    /// The first working day after a date.
    public func nextWorkingDay(after date: LocalDate) -> LocalDate {
        var day = date.adding(days: 1)
        for _ in 0..<Self.dayLimit {
            if isWorkingDay(day) { break }
            day = day.adding(days: 1)
        }
        return day
    }

    /// How many days any walk over the calendar may take before it stops (about 30 years).
    static let dayLimit = 11_000
}
