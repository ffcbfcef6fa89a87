import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The roster projection reproduces the plan's staffing table (I. 일반현황) from events.
@Suite struct RosterProjectionTests {
    let log = OfficeTablesLog()
    let grades = ["grade4", "grade5", "grade6", "grade7", "grade8"]

    private func recordAll() async throws -> RosterFixture.Recorded {
        var recorded = RosterFixture.Recorded()
        try await RosterFixture.recordSetUp(in: log, into: &recorded)
        try await RosterFixture.recordMoves(in: log, into: &recorded)
        return recorded
    }

    /// Every cell of a roster row: 계, then 4급 … 8급.
    private func expectRow(_ result: ProjectionResult, _ row: String, _ total: String, _ cells: [String],
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.printed("roster", row, "total") == total, "\(row) 계", sourceLocation: sourceLocation)
        for (grade, cell) in zip(grades, cells) {
            #expect(result.printed("roster", row, grade) == cell, "\(row) \(grade)", sourceLocation: sourceLocation)
        }
    }

    @Test func reproducesTheDecember2017TableCellByCell() async throws {
        _ = try await recordAll()
        let result = try await log.view(RosterProjection(), asOf: "2017-12-31")
        let roster = try #require(result.table("roster"))
        #expect(roster.title == "인력(정/현원)")
        #expect(roster.columns.map(\.label) == ["구 분", "계", "4급", "5급", "6급", "7급", "8급", "비고"])
        #expect(roster.rows.map(\.key) == ["total", "communication-policy", "communication-support",
                                           "field-communication", "direct-petitions"])
        #expect(roster.rows.map { $0.cells["category"]?.description ?? "" } == ["계", "소통정책팀", "소통지원팀", "현장소통팀", "직소민원팀"])
        #expect(roster.notes == ["(’17. 12월 현재)", "()는 장기교육 파견복귀자 인원이며, 앞 숫자에 미포함"])
        expectRow(result, "total", "17/18(2)", ["1/1", "4/4(1)", "7/7(1)", "5/5", "0/1"])
        expectRow(result, "communication-policy", "6/7(2)", ["1/1", "1/1(1)", "2/2(1)", "2/2", "0/1"])
        expectRow(result, "communication-support", "3/3", ["-", "1/1", "1/1", "1/1", "-"])
        expectRow(result, "field-communication", "3/3", ["-", "1/1", "1/1", "1/1", "-"])
        expectRow(result, "direct-petitions", "5/5", ["-", "1/1", "3/3", "1/1", "-"])
        #expect(result.cellAt("roster", "communication-support", "grade4") == .notApplicable)
        #expect(result.cellAt("roster", "total", "total") == .text("17/18(2)"))
        // The one member away on training is in neither number; the remarks say so.
        #expect(result.cellAt("roster", "communication-support", "remarks") == .text("장기교육 파견 1명"))
        #expect(result.cellAt("roster", "total", "remarks") == .text("장기교육 파견 1명"))
        #expect(result.cellAt("roster", "communication-policy", "remarks") == nil)
    }

    @Test func listsStaffByJobSeriesAndTheDutiesOfEachTeam() async throws {
        _ = try await recordAll()
        let result = try await log.view(RosterProjection(), asOf: "2017-12-31")
        let series = try #require(result.table("job-series"))
        #expect(series.columns.map(\.key) == ["category", "series", "total", "grade4", "grade5", "grade6", "grade7", "grade8"])
        let expected: [(String, String, String, Int, [String])] = [
            ("total", "계", "계", 20, ["1", "5", "8", "5", "1"]),
            ("total.administrative", "계", "행정", 18, ["1", "5", "6", "5", "1"]),
            ("total.facilities", "계", "시설", 2, ["-", "-", "2", "-", "-"]),
            ("communication-policy.administrative", "소통정책팀", "행정", 9, ["1", "2", "3", "2", "1"]),
            ("communication-support.administrative", "소통지원팀", "행정", 3, ["-", "1", "1", "1", "-"]),
            ("field-communication.administrative", "현장소통팀", "행정", 3, ["-", "1", "1", "1", "-"]),
            ("direct-petitions.administrative", "직소민원팀", "행정", 3, ["-", "1", "1", "1", "-"]),
            ("direct-petitions.facilities", "직소민원팀", "시설", 2, ["-", "-", "2", "-", "-"]),
        ]
        #expect(series.rows.map(\.key) == expected.map(\.0))
        for (row, category, label, total, cells) in expected {
            #expect(result.printed("job-series", row, "category") == category)
            #expect(result.printed("job-series", row, "series") == label)
            #expect(result.cellAt("job-series", row, "total") == .integer(total), "\(row)")
            for (grade, cell) in zip(grades, cells) { #expect(result.printed("job-series", row, grade) == cell, "\(row) \(grade)") }
        }
        // The plan's sentence on the direct-petition desk, rebuilt from the staff's posts.
        #expect(series.notes.contains("직소민원실 운영인력 : 4명(행정5급 1, 행정6급 1, 시설6급 2)"))

        let duties = try #require(result.table("duties"))
        #expect(duties.rows.count == 17)
        #expect(duties.rows.first?.key == "communication-policy.1")
        #expect(result.printed("duties", "communication-policy.1", "duty") == "대시민 소통계획 수립")
        #expect(result.printed("duties", "direct-petitions.3", "team") == "직소민원팀")
        #expect(result.cellAt("duties", "direct-petitions.3", "number") == .integer(3))
        #expect(result.printed("duties", "direct-petitions.3", "duty") == "직소민원 데이터 관리")
        #expect(result.printed("duties", "field-communication.5", "duty") == "공무원 갈등관리 및 대응역량 강화교육")
    }

    @Test func showsTheRosterAsOfAnEarlierDate() async throws {
        _ = try await recordAll()
        // On 30 June 2017 two members of 소통정책팀 were away on training, S-6202 had not left and
        // S-7201 had not moved to 현장소통팀; S-6102 had not gone on training.
        let result = try await log.view(RosterProjection(), asOf: "2017-06-30")
        #expect(result.table("roster")?.notes.first == "(’17. 6월 현재)")
        expectRow(result, "total", "17/20", ["1/1", "4/4", "7/9", "5/5", "0/1"])
        expectRow(result, "communication-policy", "6/8", ["1/1", "1/1", "2/2", "2/3", "0/1"])
        expectRow(result, "communication-support", "3/4", ["-", "1/1", "1/2", "1/1", "-"])
        expectRow(result, "field-communication", "3/3", ["-", "1/1", "1/2", "1/0", "-"])
        expectRow(result, "direct-petitions", "5/5", ["-", "1/1", "3/3", "1/1", "-"])
        #expect(result.cellAt("roster", "communication-policy", "remarks") == .text("장기교육 파견 2명"))
        #expect(result.cellAt("roster", "communication-support", "remarks") == nil)
    }

    @Test func showsTheRosterAsOfALogPosition() async throws {
        let recorded = try await recordAll()
        // Right after the January set-up: everyone assigned is at work, nobody has moved yet.
        let result = try await log.runner.result(RosterProjection(), cutoff: .position(recorded.lastOfSetUp))
        #expect(result.moment.position == recorded.lastOfSetUp)
        #expect(result.moment.asOf == (try LocalDate("2018-12-31")))
        expectRow(result, "total", "17/22", ["1/1", "4/5", "7/10", "5/5", "0/1"])
        expectRow(result, "communication-policy", "6/10", ["1/1", "1/2", "2/3", "2/3", "0/1"])
        expectRow(result, "field-communication", "3/3", ["-", "1/1", "1/2", "1/0", "-"])
    }

    @Test func returneesJoinTheCurrentStaffAfterTheYearFollowingTheirReturn() async throws {
        _ = try await recordAll()
        let late2018 = try await log.view(RosterProjection(), asOf: "2018-12-31")
        expectRow(late2018, "communication-policy", "6/7(2)", ["1/1", "1/1(1)", "2/2(1)", "2/2", "0/1"])
        let early2019 = try await log.runner.result(RosterProjection(), cutoff: .date(try LocalDate("2019-01-01")))
        expectRow(early2019, "communication-policy", "6/9", ["1/1", "1/2", "2/3", "2/2", "0/1"])
        expectRow(early2019, "total", "17/20", ["1/1", "4/5", "7/8", "5/5", "0/1"])
    }

    @Test func explainsACellByExactlyTheEventsThatChangedIt() async throws {
        let recorded = try await recordAll()
        let events = try await log.runner.explain(RosterProjection(), cutoff: .date(try LocalDate("2017-12-31")),
                                                  table: "roster", row: "communication-policy", column: "grade5")
        let names = ["team:communication-policy", "quota:communication-policy:5", "assigned:S-5001", "assigned:S-5002",
                     "dispatched:S-5002", "returned:S-5002"]
        #expect(events.map(\.id) == names.map { recorded.byName[$0]!.id })
    }

    @Test func catchingUpFromACheckpointEqualsAFullRebuild() async throws {
        var recorded = RosterFixture.Recorded()
        try await RosterFixture.recordSetUp(in: log, into: &recorded)
        let saved = try await log.savedCheckpoint(RosterProjection())
        #expect(saved.position == recorded.lastOfSetUp)
        try await RosterFixture.recordMoves(in: log, into: &recorded)
        let (incremental, position) = try await log.caughtUpView(RosterProjection(), from: saved)
        let full = try await log.runner.result(RosterProjection())
        #expect(position == full.moment.position)
        #expect(incremental.digest == full.digest)
        #expect(incremental.printed("roster", "total", "total") == "17/18(2)")
        let rebuilt = try await log.runner.fold(RosterProjection())
        let caughtUp = try await log.runner.catchUp(RosterProjection(), from: saved)
        #expect(caughtUp.state == rebuilt.state)
    }

    @Test func addsA9thGradeColumnOnlyWhenATeamHasOne() async throws {
        try await log.record(TeamEstablished(team: .support, duties: ["온라인 소통채널 운영"]), on: "2018-01-02")
        let without = try await log.view(RosterProjection(), asOf: "2018-01-02")
        #expect(without.table("roster")?.columns.map(\.key) == ["category", "total", "grade4", "grade5", "grade6", "grade7",
                                                                 "grade8", "remarks"])
        #expect(without.printed("roster", "communication-support", "total") == "-")
        try await log.record(StaffAssigned(staff: "S-9001", team: .support, grade: .grade9, jobSeries: .computing), on: "2018-01-03")
        let with = try await log.view(RosterProjection(), asOf: "2018-01-03")
        #expect(with.table("roster")?.columns.map(\.label) == ["구 분", "계", "4급", "5급", "6급", "7급", "8급", "9급", "비고"])
        #expect(with.printed("roster", "communication-support", "grade9") == "0/1")
        #expect(with.printed("roster", "total", "grade9") == "0/1")
        #expect(with.printed("roster", "communication-support", "total") == "0/1")
        #expect(with.printed("job-series", "communication-support.computing", "grade9") == "1")
    }

    @Test func anEmptyLogHasNoDataRatherThanZeros() async throws {
        let result = try await log.runner.result(RosterProjection())
        #expect(result.cellAt("roster", "total", "total") == .noData)
        #expect(result.cellAt("roster", "total", "grade5") == .noData)
        #expect(result.table("duties")?.rows.isEmpty == true)
    }
}
