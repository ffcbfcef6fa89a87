import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The annual report covers the calendar's years (1900 to 2999) and refuses the others with an error
/// instead of crashing on a date that cannot exist.
@Suite struct AnnualReportYearTests {
    @Test(arguments: [1899, 1, 999, 0, -1, 3000, 9999, 10000, Int.min, Int.max])
    func aYearOutsideTheCalendarIsRefused(year: Int) async throws {
        let report = AnnualReport(store: InMemoryEventStore(), year: year)
        await #expect(throws: ProjectionParameterError(
            "the year \(year) is outside the years Sotong's calendar covers (1900 to 2999)")) {
            _ = try await report.render()
        }
    }

    @Test(arguments: [1900, 2018, 2999])
    func theCalendarsFirstAndLastYearsAreReported(year: Int) async throws {
        let html = try await AnnualReport(store: InMemoryEventStore(), year: year, clock: .fixed(SampleDates.now)).render()
        #expect(html.contains("<h1>\(year)년 직소민원 분석 보고서 및 사례집</h1>"))
        #expect(LocalDate.supportedYears == 1900...2999)
    }

    enum SampleDates {
        static let now = Date(timeIntervalSince1970: 1_546_300_800)  // 2019-01-01 UTC
    }
}
