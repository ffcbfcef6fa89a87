public import SotongCore

/// One public holiday (공휴일): a date and its name.
///
/// ```swift
/// let seollal = Holiday(date: try LocalDate("2018-02-16"), name: "설날")
/// ```
public struct Holiday: Hashable, Codable, Sendable {
    /// The date, office time.
    public var date: LocalDate
    /// Its name, such as 설날 or 대체공휴일.
    public var name: String

    /// A holiday.
    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}

/// The public holidays of one year were published. A later publication for the same year replaces
/// the earlier one (latest wins): this is how the calendar is kept up to date without code changes.
///
/// ```swift
/// let event = HolidaysPublished(
///     year: 2018,
///     holidays: [
///     ("2018-01-01", "1월 1일"), ("2018-02-15", "설날 전날"), ("2018-02-16", "설날"), ("2018-02-17", "설날 다음날"),
///     ("2018-03-01", "삼일절"), ("2018-05-05", "어린이날"), ("2018-05-07", "대체공휴일"),
///     ("2018-05-22", "부처님오신날"), ("2018-06-06", "현충일"), ("2018-06-13", "전국동시지방선거"),
///     ("2018-08-15", "광복절"), ("2018-09-23", "추석 전날"), ("2018-09-24", "추석"), ("2018-09-25", "추석 다음날"),
///     ("2018-09-26", "대체공휴일"), ("2018-10-03", "개천절"), ("2018-10-09", "한글날"), ("2018-12-25", "기독탄신일"),
///     ].compactMap { day, name in (try? LocalDate(day)).map { Holiday(date: $0, name: name) } },
///     source: "관공서의 공휴일에 관한 규정 (대통령령), 2018년 월력요항")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct HolidaysPublished: OfficeEvent, Hashable {
    /// The stable type string.
    public static let eventType = "calendar.holidays-published"
    /// The one stream of the holiday calendar.
    public static let calendarStream: StreamID = "calendar"

    /// The year the holidays belong to.
    public var year: Int
    /// Every public holiday of the year, including substitute and temporary holidays.
    public var holidays: [Holiday]
    /// Where the list comes from (a regulation, an official announcement).
    public var source: String

    /// A publication.
    public init(year: Int, holidays: [Holiday], source: String) {
        self.year = year
        self.holidays = holidays
        self.source = source
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "The public holidays (공휴일) of one year were published for the statutory deadlines; "
        + "a later publication for the same year replaces the earlier one."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("year", "the year, 2000 to 2100"),
        CatalogField("holidays", "every public holiday of the year, substitute (대체공휴일) and temporary (임시공휴일) "
                         + "holidays included"),
        CatalogField("holidays[].date", "the holiday's date (YYYY-MM-DD, office time)"),
        CatalogField("holidays[].name", "the holiday's name, such as 설날, at most 100 characters"),
        CatalogField("source", "where the list comes from, at most 500 characters"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "year is between 2000 and 2100.",
        "Every holiday's date lies inside year.",
        "No date is listed twice.",
        "Every holiday's name is non-empty and at most 100 characters.",
        "source is non-empty and at most 500 characters.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = HolidaysPublished(
        year: 2018,
        holidays: [
            ("2018-01-01", "1월 1일"), ("2018-02-15", "설날 전날"), ("2018-02-16", "설날"), ("2018-02-17", "설날 다음날"),
            ("2018-03-01", "삼일절"), ("2018-05-05", "어린이날"), ("2018-05-07", "대체공휴일"),
            ("2018-05-22", "부처님오신날"), ("2018-06-06", "현충일"), ("2018-06-13", "전국동시지방선거"),
            ("2018-08-15", "광복절"), ("2018-09-23", "추석 전날"), ("2018-09-24", "추석"), ("2018-09-25", "추석 다음날"),
            ("2018-09-26", "대체공휴일"), ("2018-10-03", "개천절"), ("2018-10-09", "한글날"), ("2018-12-25", "기독탄신일"),
        ].compactMap { day, name in (try? LocalDate(day)).map { Holiday(date: $0, name: name) } },
        source: "관공서의 공휴일에 관한 규정 (대통령령), 2018년 월력요항")

    /// `calendar`.
    public var stream: StreamID { Self.calendarStream }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        try validate()
    }

    /// The value checks, shared by the event and the file loader.
    func validate() throws {
        guard (2000...2100).contains(year) else {
            throw DomainError(rule: "calendar.year-out-of-range", korean: "연도 범위 오류",
                              detail: "year \(year) is not between 2000 and 2100", field: "year")
        }
        var seen: Set<LocalDate> = []
        for (index, holiday) in holidays.enumerated() {
            if holiday.date.year != year {
                throw DomainError(rule: "calendar.date-outside-year", korean: "연도 밖 공휴일",
                                  detail: "holiday \(holiday.date) lies outside year \(year)",
                                  field: "holidays[\(index)].date")
            }
            if !seen.insert(holiday.date).inserted {
                throw DomainError(rule: "calendar.date-twice", korean: "공휴일 중복",
                                  detail: "holiday \(holiday.date) is listed twice for year \(year)",
                                  field: "holidays[\(index)].date")
            }
            try Self.requireText(holiday.name, field: "holidays[\(index)].name", limit: 100,
                                 emptyRule: "calendar.name-required", year: year)
        }
        try Self.requireText(source, field: "source", limit: 500, emptyRule: "calendar.source-required", year: year)
    }

    private static func requireText(_ value: String, field: String, limit: Int, emptyRule: String, year: Int) throws {
        if value.allSatisfy(\.isWhitespace) {
            throw DomainError(rule: emptyRule, korean: "필수 항목 누락",
                              detail: "\(field) of the \(year) holidays is empty", field: field)
        }
        if value.count > limit {
            throw DomainError(rule: "calendar.text-too-long", korean: "글자 수 초과",
                              detail: "\(field) of the \(year) holidays is longer than \(limit) characters",
                              field: field)
        }
    }
}
