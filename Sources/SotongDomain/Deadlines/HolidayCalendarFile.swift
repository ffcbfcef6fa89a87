public import Foundation
import SotongCore

/// The interchange file of public holidays, such as `Fixtures/calendar/kr-public-holidays.json`:
///
/// ```json
/// {"source": "…", "years": [{"year": 2018, "holidays": [{"date": "2018-01-01", "name": "1월 1일"}]}]}
/// ```
///
/// Load it into a ``HolidayCalendar``, or turn it into `calendar.holidays-published` events to record.
///
/// ```swift
/// let file = try HolidayCalendarFile(data: try Data(contentsOf: url))
/// for event in try file.publicationEvents() { try await office.record(event, context: context) }
/// ```
public struct HolidayCalendarFile: Hashable, Codable, Sendable {
    /// The holidays of one year.
    public struct Year: Hashable, Codable, Sendable {
        /// The year.
        public var year: Int
        /// Its holidays.
        public var holidays: [Holiday]

        /// One year of the file.
        public init(year: Int, holidays: [Holiday]) {
            self.year = year
            self.holidays = holidays
        }
    }

    /// Where the lists come from; becomes every publication's `source`.
    public var source: String
    /// The years, each listed once.
    public var years: [Year]
    /// A remark for readers (how the file is updated); not published.
    public var note: String?

    /// A file's content.
    public init(source: String, years: [Year], note: String? = nil) {
        self.source = source
        self.years = years
        self.note = note
    }

    /// Reads a file, refusing unknown members.
    ///
    /// - Throws: ``PayloadError`` naming the member at fault.
    public init(data: Data) throws {
        self = try CanonicalJSON.decodeStrictly(HolidayCalendarFile.self, from: data)
    }

    /// The events that publish the file, one per year, in the file's order.
    ///
    /// - Throws: ``DomainError`` when a year is listed twice (`calendar.year-listed-twice`) or breaks
    ///   a rule of `calendar.holidays-published`.
    public func publicationEvents() throws -> [HolidaysPublished] {
        var seen: Set<Int> = []
        return try years.enumerated().map { index, entry in
            guard seen.insert(entry.year).inserted else {
                throw DomainError(rule: "calendar.year-listed-twice", korean: "연도 중복",
                                  detail: "year \(entry.year) is listed twice in the holiday file",
                                  field: "years[\(index)].year")
            }
            let event = HolidaysPublished(year: entry.year, holidays: entry.holidays, source: source)
            try event.validate()
            return event
        }
    }
}
