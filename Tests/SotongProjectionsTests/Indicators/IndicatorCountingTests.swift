import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// Counting rules are data: they count events recorded before the indicator was defined, apply
/// filters to any payload field, and never keep personal data.
@Suite struct IndicatorCountingTests {
    let log = OfficeTablesLog()

    /// A log that starts on 15 December 2017, with indicators defined only in January 2018.
    private func recordLateDefinitions() async throws {
        try await log.record(IndicatorsFixture.petition("2017-0101"), on: "2017-12-15")
        try await log.record(FieldDayHeld(host: .viceMayor, district: .nam, site: "용현동 주민센터", withCityCouncil: true),
                             on: "2017-12-20")
        try await log.record(IndicatorsFixture.petition("2018-0102", channel: .phone), on: "2018-01-05")
        try await log.record(FieldDayHeld(host: .departmentHead, hostDepartment: "road-management", district: .gyeyang,
                                          site: "계산동 통학로", withCityCouncil: false), on: "2018-01-05")
        try await log.record(FieldDayHeld(host: .mayor, district: .seo, site: "검단 신도시 현장", withCityCouncil: true),
                             on: "2018-01-08")
        try await log.record(FieldDayHeld(host: .viceMayor, district: .bupyeong, site: "부평역 광장", withCityCouncil: true),
                             on: "2018-01-10")
        try await log.record(IndicatorDefined(indicator: "petition-cases", title: "「직소민원실」 운영(상담)", unit: .cases,
                                              counting: IndicatorCounting(eventTypes: ["petition.received"], measure: .count)),
                             on: "2018-01-12")
        try await log.record(IndicatorDefined(
            indicator: "council-field-days", title: "부시장 현장소통의 날 (시의회 연계)", unit: .times,
            counting: IndicatorCounting(eventTypes: ["field-day.held"], measure: .count,
                                        filter: ["host": "vice-mayor", "withCityCouncil": "true"])), on: "2018-01-12")
        try await log.record(IndicatorTargetSet(indicator: "petition-cases", year: 2017, value: 10), on: "2018-01-12")
        try await log.record(IndicatorTargetSet(indicator: "petition-cases", year: 2019, value: 400), on: "2018-01-12")
        try await log.record(IndicatorTargetSet(indicator: "council-field-days", year: 2018, value: 12), on: "2018-01-12")
    }

    @Test func countsEventsRecordedBeforeTheDefinitionAndShowsYearsNotYetBegun() async throws {
        try await recordLateDefinitions()
        let result = try await log.view(IndicatorsProjection(), asOf: "2018-06-30")
        let table = try #require(result.table("indicators"))
        #expect(table.columns.map(\.key) == ["task", "indicator", "unit", "actual-2017", "target-2017", "achievement-2017",
                                             "actual-2018", "target-2018", "achievement-2018", "actual-2019", "target-2019",
                                             "achievement-2019", "expected-2018", "pace-2018"])
        let columns = table.columns.map(\.key)
        #expect(columns.map { result.printed("indicators", "petition-cases", $0) }
            == ["-", "「직소민원실」 운영(상담)", "건", "1", "10", "10.0", "1", "-", "-", "-", "400", "-", "-", "-"])
        #expect(columns.map { result.printed("indicators", "council-field-days", $0) }
            == ["-", "부시장 현장소통의 날 (시의회 연계)", "횟수", "1", "-", "-", "1", "12", "8.3", "-", "-", "-", "6.0", "뒤처짐"])
        // 2017 is counted from a log that begins in December: the table says so.
        #expect(table.notes.contains("2017 실적은 로그 시작일(2017-12-15) 이후의 사건만 집계"))
        #expect(!table.notes.contains { $0.hasPrefix("2018 실적은") })
    }

    @Test func keepsNoPersonalDataForCounting() async throws {
        try await recordLateDefinitions()
        let state = try await log.runner.fold(IndicatorsProjection()).state
        let petitions = try #require(state.occurrences["petition.received"])
        #expect(petitions.count == 2)
        let fields = Set(petitions.flatMap { state.fields(of: $0).keys })
        #expect(fields.isSuperset(of: ["petitionID", "channel", "kind", "district", "department", "petitioner.subject"]))
        #expect(!fields.contains { $0.hasPrefix("petitioner.name") || $0.hasPrefix("petitioner.phone") })
        let bytes = String(decoding: try CanonicalJSON.encode(state), as: UTF8.self)
        #expect(!bytes.contains("김예시") && !bytes.contains("010-0000-1234"))
        #expect(petitions.first.map { state.fields(of: $0)["channel"] } == .string("visit"))
    }

    @Test func anEmptyLogShowsNoIndicators() async throws {
        let result = try await log.runner.result(IndicatorsProjection())
        #expect(result.table("indicators")?.rows.isEmpty == true)
        #expect(result.table("indicators")?.notes.last == "정의된 세부지표가 없습니다 (no indicator defined in the log)")
    }
}
