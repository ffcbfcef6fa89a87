import Foundation
import SotongCore
import SotongDomain
import Testing

/// Real Korean public holidays of 2017 and 2018, for the deadline tests.
enum KoreanHolidays {
    static func publication(_ year: Int, _ days: [(String, String)], source: String = "test source")
        -> HolidaysPublished
    {
        HolidaysPublished(year: year, holidays: days.map { Holiday(date: try! LocalDate($0.0), name: $0.1) },
                          source: source)
    }

    /// 2017, with Chuseok 10-03…10-05, the substitute holiday 10-06, the temporary holiday 10-02 and
    /// Hangeul Day 10-09.
    static let y2017 = publication(2017, [
        ("2017-01-01", "1월 1일"), ("2017-01-27", "설날 전날"), ("2017-01-28", "설날"), ("2017-01-29", "설날 다음날"),
        ("2017-01-30", "대체공휴일"), ("2017-03-01", "삼일절"), ("2017-05-03", "부처님오신날"), ("2017-05-05", "어린이날"),
        ("2017-05-09", "대통령선거"), ("2017-06-06", "현충일"), ("2017-08-15", "광복절"), ("2017-10-02", "임시공휴일"),
        ("2017-10-03", "개천절·추석 전날"), ("2017-10-04", "추석"), ("2017-10-05", "추석 다음날"),
        ("2017-10-06", "대체공휴일"), ("2017-10-09", "한글날"), ("2017-12-25", "기독탄신일"),
    ])

    /// 2018, with Seollal 02-15…02-17 and Chuseok 09-23…09-25 plus the substitute holiday 09-26.
    static let y2018 = publication(2018, [
        ("2018-01-01", "1월 1일"), ("2018-02-15", "설날 전날"), ("2018-02-16", "설날"), ("2018-02-17", "설날 다음날"),
        ("2018-03-01", "삼일절"), ("2018-05-05", "어린이날"), ("2018-05-07", "대체공휴일"), ("2018-05-22", "부처님오신날"),
        ("2018-06-06", "현충일"), ("2018-06-13", "전국동시지방선거"), ("2018-08-15", "광복절"),
        ("2018-09-23", "추석 전날"), ("2018-09-24", "추석"), ("2018-09-25", "추석 다음날"), ("2018-09-26", "대체공휴일"),
        ("2018-10-03", "개천절"), ("2018-10-09", "한글날"), ("2018-12-25", "기독탄신일"),
    ])

    static let calendar = HolidayCalendar(publications: [y2017, y2018])
}

/// The petitioner's personal data that must never leak into ids, metadata or messages.
enum Secret {
    static let name = "홍길동"
    static let phone = "010-1234-5678"
}

extension PetitionReceived {
    /// A petition with a known petitioner.
    static func sample(_ id: PetitionID = "2018-0001", kind: PetitionKind = .grievance,
                       department: DepartmentID = "transport-policy", subject: String = "버스 노선 조정 요청")
        -> PetitionReceived
    {
        PetitionReceived(
            petitionID: id, channel: .visit, kind: kind, subject: subject, district: .bupyeong,
            department: department,
            petitioner: Petitioner(subject: SubjectID("subject-\(id)"), name: Personal(Secret.name),
                                   phone: Personal(Secret.phone)))
    }
}

extension Scenario {
    /// The 2017 and 2018 holidays, published before the petitions.
    func publishHolidays() async throws {
        try await given(KoreanHolidays.y2017, on: Scenario.at("2016-12-20"))
        try await given(KoreanHolidays.y2018, on: Scenario.at("2017-12-20"))
    }

    /// A petition received on a day (10:00 unless said otherwise).
    func receive(_ id: PetitionID = "2018-0001", kind: PetitionKind = .grievance, on day: String = "2018-03-05",
                 hour: Int = 10) async throws {
        try await given(PetitionReceived.sample(id, kind: kind), on: Scenario.at(day, hour: hour))
    }

    /// A petition received and answered with a final outcome.
    func receiveAnswered(_ id: PetitionID, on day: String) async throws {
        try await receive(id, on: day)
        try await given(PetitionOutcomeRecorded(petitionID: id, outcome: .completed), on: Scenario.at(day, hour: 15))
    }

    /// The decoded stream of a petition.
    func entries(_ id: PetitionID) async throws -> [History.Entry] {
        try await office.history(of: id.stream)
    }
}

/// A string of `count` characters.
func text(_ count: Int) -> String { String(repeating: "가", count: count) }
