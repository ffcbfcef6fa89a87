import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct HolidayCalendarTests {
    @Test func skipsWeekendsAndPublishedHolidays() throws {
        let calendar = KoreanHolidays.calendar
        #expect(!calendar.isWorkingDay(try LocalDate("2018-02-16")))
        #expect(!calendar.isWorkingDay(try LocalDate("2018-02-18")))
        #expect(calendar.isWorkingDay(try LocalDate("2018-02-19")))
        #expect(!calendar.isWorkingDay(try LocalDate("2017-10-02")))
        #expect(!calendar.isWorkingDay(try LocalDate("2018-09-26")))
        #expect(calendar.holidayName(on: try LocalDate("2017-10-09")) == "한글날")
        #expect(calendar.nextWorkingDay(after: try LocalDate("2017-09-29")) == (try LocalDate("2017-10-10")))
        #expect(calendar.publishedYears == [2017, 2018])
    }

    @Test func reportsYearsWithoutPublication() throws {
        let calendar = KoreanHolidays.calendar
        #expect(calendar.missingYears(in: 2016...2019) == [2016, 2019])
        #expect(calendar.missingYears(in: try LocalDate("2018-12-20")...(try LocalDate("2019-01-10"))) == [2019])
        // In a missing year only weekends are skipped: 2019-01-01 is a working day here.
        #expect(calendar.isWorkingDay(try LocalDate("2019-01-01")))
    }

    @Test func theLatestPublicationForAYearWins() async throws {
        let s = Scenario()
        try await s.given(KoreanHolidays.y2018, on: Scenario.at("2017-12-20"))
        // The republication drops the local-election day (2018-06-13).
        let corrected = HolidaysPublished(year: 2018,
                                          holidays: KoreanHolidays.y2018.holidays.filter { $0.name != "전국동시지방선거" },
                                          source: "정정 공고")
        try await s.when(corrected, on: Scenario.at("2018-01-10"))
        let entries = try await s.office.history(of: "calendar")
        let calendar = HolidayCalendar(entries: entries)
        #expect(calendar.isWorkingDay(try LocalDate("2018-06-13")))
        #expect(!calendar.isWorkingDay(try LocalDate("2018-06-06")))
        #expect(calendar.holidays.count == 17)
        #expect(calendar.publicationEvents() == [corrected])
        #expect(HolidayCalendar(history: History(streams: ["calendar": entries])) == calendar)
    }

    @Test func loadsTheHolidayFileFormat() throws {
        let json = #"""
        {"source": "test: 관공서의 공휴일에 관한 규정", "years": [
          {"year": 2018, "holidays": [{"date": "2018-02-15", "name": "설날 전날"}, {"date": "2018-02-16", "name": "설날"},
                                      {"date": "2018-02-17", "name": "설날 다음날"}]},
          {"year": 2017, "holidays": [{"date": "2017-10-02", "name": "임시공휴일"}]}
        ]}
        """#
        let file = try HolidayCalendarFile(data: Data(json.utf8))
        let events = try file.publicationEvents()
        #expect(events.map(\.year) == [2018, 2017])
        #expect(events.allSatisfy { $0.source == "test: 관공서의 공휴일에 관한 규정" })
        #expect(events[0].holidays == [Holiday(date: try LocalDate("2018-02-15"), name: "설날 전날"),
                                      Holiday(date: try LocalDate("2018-02-16"), name: "설날"),
                                      Holiday(date: try LocalDate("2018-02-17"), name: "설날 다음날")])
        let calendar = try HolidayCalendar(file: file)
        #expect(!calendar.isWorkingDay(try LocalDate("2017-10-02")))
        #expect(calendar.publishedYears == [2017, 2018])
        #expect(calendar.publicationEvents() == [events[1], events[0]])
    }

    @Test func refusesUnknownMembersAndBrokenYearsInTheFile() throws {
        let unknown = #"{"source": "s", "years": [{"year": 2018, "holidays": [], "note": "x"}]}"#
        #expect(throws: PayloadError(field: "years[0].note", reason: "is not a known field")) {
            try HolidayCalendarFile(data: Data(unknown.utf8))
        }
        let twice = #"{"source": "s", "years": [{"year": 2018, "holidays": []}, {"year": 2018, "holidays": []}]}"#
        #expect(throws: DomainError.self) { try HolidayCalendarFile(data: Data(twice.utf8)).publicationEvents() }
        do {
            _ = try HolidayCalendarFile(data: Data(twice.utf8)).publicationEvents()
        } catch let error as DomainError {
            #expect(error.rule == "calendar.year-listed-twice")
            #expect(error.field == "years[1].year")
        }
        let outside = #"{"source": "s", "years": [{"year": 2018, "holidays": [{"date": "2019-01-01", "name": "1월 1일"}]}]}"#
        do {
            _ = try HolidayCalendar(file: try HolidayCalendarFile(data: Data(outside.utf8)))
            Issue.record("a holiday outside its year was accepted")
        } catch let error as DomainError {
            #expect(error.rule == "calendar.date-outside-year")
            #expect(error.field == "holidays[0].date")
        }
    }
}

@Suite struct HolidaysPublishedTests {
    func publication(year: Int = 2018, _ days: [(String, String)] = [("2018-01-01", "1월 1일")], source: String = "s")
        -> HolidaysPublished
    {
        KoreanHolidays.publication(year, days, source: source)
    }

    @Test func acceptsAPublicationInTheCalendarStream() async throws {
        let s = Scenario()
        let recorded = try await s.when(KoreanHolidays.y2018, on: Scenario.at("2017-12-20"))
        #expect(recorded.stream == "calendar")
        #expect(recorded.type == "calendar.holidays-published")
    }

    @Test func refusesAYearOutOfRange() async throws {
        try await Scenario().expectRefused(publication(year: 1999, [("1999-01-01", "1월 1일")]),
                                           on: Scenario.at("2018-01-02"), rule: "calendar.year-out-of-range")
        try await Scenario().expectRefused(publication(year: 2101, [("2101-01-01", "1월 1일")]),
                                           on: Scenario.at("2018-01-02"), rule: "calendar.year-out-of-range")
    }

    @Test func refusesADateOutsideTheYear() async throws {
        try await Scenario().expectRefused(publication([("2018-01-01", "1월 1일"), ("2019-01-01", "1월 1일")]),
                                           on: Scenario.at("2018-01-02"), rule: "calendar.date-outside-year")
    }

    @Test func refusesADateListedTwice() async throws {
        try await Scenario().expectRefused(publication([("2018-10-03", "개천절"), ("2018-10-03", "개천절")]),
                                           on: Scenario.at("2018-01-02"), rule: "calendar.date-twice")
    }

    @Test func refusesAnEmptyNameOrSourceAndOverlongText() async throws {
        try await Scenario().expectRefused(publication([("2018-10-03", " ")]), on: Scenario.at("2018-01-02"),
                                           rule: "calendar.name-required")
        try await Scenario().expectRefused(publication(source: ""), on: Scenario.at("2018-01-02"),
                                           rule: "calendar.source-required")
        try await Scenario().expectRefused(publication([("2018-10-03", text(101))]), on: Scenario.at("2018-01-02"),
                                           rule: "calendar.text-too-long")
        try await Scenario().expectRefused(publication(source: text(501)), on: Scenario.at("2018-01-02"),
                                           rule: "calendar.text-too-long")
    }
}
