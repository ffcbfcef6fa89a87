import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct LocalDateTests {
    @Test func parsesRealDatesAndRefusesImpossibleOnes() throws {
        #expect(try LocalDate("2016-02-29").description == "2016-02-29")
        #expect(throws: LocalDateError.self) { try LocalDate("2018-02-29") }
        #expect(throws: LocalDateError.self) { try LocalDate("2018-13-01") }
        #expect(throws: LocalDateError.self) { try LocalDate("2018-1-01") }
    }

    @Test func usesOfficeTimeZone() throws {
        // 23:30 UTC on 29 Nov is 08:30 KST on 30 Nov.
        let instant = RFC3339.date(from: "2017-11-29T23:30:00Z")!
        #expect(LocalDate(instant) == (try LocalDate("2017-11-30")))
        #expect(try LocalDate("2018-01-06").isWeekend)
        #expect(!(try LocalDate("2018-01-08").isWeekend))
    }

    @Test func halfYearsRoundTripAsText() throws {
        let half = HalfYear(year: 2018, half: 2)!
        let data = try CanonicalJSON.encode([half])
        #expect(String(decoding: data, as: UTF8.self) == #"["2018-H2"]"#)
        #expect(try CanonicalJSON.decode([HalfYear].self, from: data) == [half])
        #expect(HalfYear(containing: try LocalDate("2018-07-01")) == half)
    }
}
