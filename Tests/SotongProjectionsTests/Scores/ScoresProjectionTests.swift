import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

@Suite("Department communication scores (scores)")
struct ScoresProjectionTests {
    typealias F = ScoresFixture

    /// A world with the first half recorded (and the second, unless `secondHalf` is false).
    static func recorded(secondHalf: Bool = true) async throws -> ScoresHistory {
        var history = ScoresHistory(ScoresWorld())
        try await history.recordFirstHalf()
        if secondHalf { try await history.recordSecondHalf() }
        return history
    }

    @Test("first half: every item, subtotal, total and rank, with the correction winning")
    func firstHalf() async throws {
        let history = try await Self.recorded()
        let result = try await history.world.runner.result(ScoresProjection(year: 2018))
        #expect(result.tables.map(\.key) == ["scores-h1", "score-basis-h1", "scores-h2", "score-basis-h2"])
        let table = try #require(result.table("scores-h1"))
        #expect(table.title == "2018 상반기 소통활동 성과평가 (부서별 소통점수)")
        #expect(table.columns.map(\.label) == [
            "부서장", "부서", "소통계획 수립", "교육참여도", "정책고객 관리", "제도개선", "소통관리", "민원처리", "현장소통",
            "내부소통 계", "외부소통 계", "합계", "순위",
        ])
        #expect(table.columns.map(\.key) == [
            "title", "department", "communication-plan", "training-participation", "policy-customer-management",
            "system-improvement", "communication-management", "petition-handling", "field-communication",
            "internal-subtotal", "external-subtotal", "total", "rank",
        ])
        #expect(table.rows.map(\.key) == [F.housing, F.roads, F.transport, F.welfare].map(\.rawValue))
        // Training 4 of 4 sessions; petitions 3 of 4 on time (2018-0002 late); 6 field days of 6.
        #expect(result.row("scores-h1", F.transport) == [
            "교통정책과장", "transport-policy", "9.00", "10.00", "8.00", "9.00", "8.00", "15.00", "20.00",
            "62.00", "26.25", "88.25", "1",
        ])
        // Training 1 of 4; petitions 1 of 2 (2018-0005 never answered); 3 field days of 6.
        #expect(result.row("scores-h1", F.housing) == [
            "주택정책과장", "housing-policy", "10.00", "2.50", "10.00", "10.00", "10.00", "10.00", "10.00",
            "58.75", "15.00", "73.75", "2",
        ])
        // Training 3 of 4; petitions 1 of 2 (2018-0007 answered early; 2018-0010 only 검토; 2018-0008 and
        // 2018-0009 settle in H2; 2018-0011 transferred out); 4 field days of 6. Ties with housing.
        #expect(result.row("scores-h1", F.welfare) == [
            "복지정책과장", "welfare-policy", "6.00", "7.50", "9.00", "8.00", "10.00", "10.00", "13.33",
            "56.25", "17.50", "73.75", "2",
        ])
        // 소통관리 was never scored: no internal subtotal, no total, no rank.
        #expect(result.row("scores-h1", F.roads) == [
            "도로과장", "road-management", "8.00", "2.50", "8.00", "8.00", "자료 없음", "20.00", "20.00",
            "자료 없음", "30.00", "자료 없음", "-",
        ])
        #expect(table.cell(row: F.roads.rawValue, column: "communication-management") == .noData)
        #expect(table.cell(row: F.roads.rawValue, column: "total") == .noData)
        #expect(table.cell(row: F.roads.rawValue, column: "rank") == .notApplicable)
        #expect(table.cell(row: F.transport.rawValue, column: "total") == .decimal(88.25, digits: 2))
        #expect(table.cell(row: F.transport.rawValue, column: "rank") == .integer(1))
        #expect(table.notes.first == "배점(가중치): 소통계획 수립 10점(15%), 교육참여도 10점(15%), 정책고객 관리 10점(10%), "
            + "제도개선 10점(15%), 소통관리 10점(15%), 민원처리 20점(15%), 현장소통 20점(15%)")
        #expect(table.notes.contains { $0.hasPrefix("현장소통 = 배점 × min(1, 부서장 주관 현장소통의 날 횟수 ÷ 기준 횟수)")
            && $0.contains("이 반기 기준 6회") })
        #expect(table.notes.contains { $0.hasPrefix("민원처리 = 배점 × 기한 내 답변 건수 ÷ 처리기한 도래 건수") })
        #expect(table.notes.contains { $0.hasPrefix("교육참여도 = 배점 × 참석 교육 수 ÷ 반기 중 실시된 교육 수") })
        #expect(table.notes.contains("2018 상반기 평가 미완료 (반기 종료): 잠정 점수"))

        #expect(result.row("score-basis-h1", F.transport) == ["교통정책과장", "transport-policy", "4", "3", "6", "6", "4", "4"])
        #expect(result.row("score-basis-h1", F.housing) == ["주택정책과장", "housing-policy", "2", "1", "3", "6", "1", "4"])
        #expect(result.row("score-basis-h1", F.welfare) == ["복지정책과장", "welfare-policy", "2", "1", "4", "6", "3", "4"])
        #expect(result.row("score-basis-h1", F.roads) == ["도로과장", "road-management", "1", "1", "6", "6", "1", "4"])
    }

    @Test("a missing hand item blocks the total and the rank until it is scored; ties share a rank")
    func missingHandItem() async throws {
        let history = try await Self.recorded(secondHalf: false)
        try await history.world.record(F.scored(F.roads, .communicationManagement, 10), "2018-06-29", hour: 16)
        try await history.world.record(EvaluationRoundCompleted(half: F.h1), "2018-06-30")
        let result = try await history.world.runner.result(ScoresProjection(half: 1), cutoff: .date(try LocalDate("2018-06-30")))
        #expect(result.tables.map(\.key) == ["scores-h1", "score-basis-h1"])
        #expect(Array(result.row("scores-h1", F.roads).suffix(7)) == ["10.00", "20.00", "20.00", "50.75", "30.00", "80.75", "2"])
        #expect(result.text("scores-h1", F.transport, "rank") == "1")
        #expect(result.text("scores-h1", F.housing, "rank") == "3")
        #expect(result.text("scores-h1", F.welfare, "rank") == "3")
        #expect(result.table("scores-h1")?.notes.contains("2018 상반기 평가 완료") == true)
    }

    @Test("as of a date inside the second half: the months begun so far are required")
    func asOfSecondHalf() async throws {
        let history = try await Self.recorded()
        let result = try await history.world.runner.result(ScoresProjection(), cutoff: .date(try LocalDate("2018-09-15")))
        #expect(result.moment.asOf == (try LocalDate("2018-09-15")))
        // July, August and September: 3 days required. 4 held (capped), 2 held (2018-09-20 is later), none.
        #expect(result.row("score-basis-h2", F.transport) == ["교통정책과장", "transport-policy", "0", "0", "4", "3", "0", "1"])
        #expect(result.row("score-basis-h2", F.housing) == ["주택정책과장", "housing-policy", "0", "0", "2", "3", "1", "1"])
        #expect(result.row("score-basis-h2", F.welfare) == ["복지정책과장", "welfare-policy", "2", "2", "0", "3", "0", "1"])
        #expect(result.row("scores-h2", F.transport) == [
            "교통정책과장", "transport-policy", "자료 없음", "0.00", "자료 없음", "자료 없음", "자료 없음", "자료 없음", "20.00",
            "자료 없음", "자료 없음", "자료 없음", "-",
        ])
        #expect(Array(result.row("scores-h2", F.housing).suffix(9)) == [
            "자료 없음", "자료 없음", "자료 없음", "자료 없음", "13.33", "자료 없음", "자료 없음", "자료 없음", "-",
        ])
        #expect(result.text("scores-h2", F.housing, "training-participation") == "10.00")
        #expect(result.text("scores-h2", F.welfare, "petition-handling") == "20.00")
        #expect(result.text("scores-h2", F.welfare, "field-communication") == "0.00")
        #expect(result.text("scores-h2", F.welfare, "external-subtotal") == "15.00")
        #expect(result.table("scores-h2")?.notes.contains { $0.contains("이 반기 기준 3회") } == true)
        // The first half is over: 6 required, and the correction of 2018-06-28 counts.
        #expect(result.text("scores-h1", F.transport, "total") == "88.25")
    }

    @Test("as of a date inside the first half, and as of a position before the correction")
    func asOfDateAndPosition() async throws {
        let history = try await Self.recorded()
        let runner = history.world.runner
        let june27 = try await runner.result(ScoresProjection(year: 2018), cutoff: .date(try LocalDate("2018-06-27")))
        #expect(june27.text("scores-h1", F.transport, "system-improvement") == "7.00")
        #expect(june27.text("scores-h1", F.transport, "total") == "85.25")
        // 2018-0007 is neither answered nor due yet; 2018-0010 fell due with only a 검토.
        #expect(june27.text("scores-h1", F.welfare, "petition-handling") == "0.00")
        #expect(june27.text("scores-h2", F.transport, "field-communication") == "자료 없음")
        #expect(june27.text("score-basis-h2", F.transport, "field-days-required") == "자료 없음")

        let correction = try #require(history.marks["correction"])
        let before = try await runner.result(ScoresProjection(year: 2018), cutoff: .position(correction.position - 1))
        #expect(before.moment.position == correction.position - 1)
        #expect(before.text("scores-h1", F.transport, "system-improvement") == "7.00")
        #expect(before.text("scores-h1", F.transport, "internal-subtotal") == "59.00")
        #expect(before.text("scores-h1", F.transport, "total") == "85.25")
        let at = try await runner.result(ScoresProjection(year: 2018), cutoff: .position(correction.position))
        #expect(at.text("scores-h1", F.transport, "system-improvement") == "9.00")
    }
}
