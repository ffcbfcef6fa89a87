import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

@Suite("Mediation projection")
struct MediationProjectionTests {
    let projection = MediationProjection()
    let columns = ["title", "department", "diagnosis", "plan", "mediations", "council", "outcome"]

    /// Three conflicts of 2018 and four trainings (2017, 2018), with a small expert pool.
    func managed() async throws -> CivicHarness {
        let harness = CivicHarness()
        try await harness.recordAll([
            (ExpertRegistered(expert: "EXP-1", category: .professor), "2017-03-02"),
            (ExpertRegistered(expert: "EXP-2", category: .institute), "2017-03-02"),
            (ConflictTrainingHeld(institution: "한국행정연구원", participants: 40, departmentsAttending: ["parks"]), "2017-05-10"),
            (ConflictTrainingHeld(institution: "단국대 분쟁해결연구센터", participants: 35, departmentsAttending: []), "2017-11-08"),
            (ConflictRegistered(conflict: "C-2018-001", title: "폐기물 처리시설 증설에 따른 주민 갈등", district: .namdong,
                                department: "resource-circulation"), "2018-02-01"),
            (ConflictDiagnosed(conflict: "C-2018-001", findings: "인근 주민 악취 우려", level: .high), "2018-02-20"),
            (ConflictResponsePlanAdopted(conflict: "C-2018-001", summary: "주민설명회 후 협의회 구성",
                                         consultedExperts: ["EXP-1"]), "2018-03-05"),
            (ConflictRegistered(conflict: "C-2018-002", title: "도시철도 차량기지 이전 갈등", district: .seo,
                                department: "urban-rail"), "2018-03-10"),
            (ConflictMediationConvened(conflict: "C-2018-001", experts: ["EXP-1", "EXP-2"],
                                       stakeholders: ["주민대책위원회"]), "2018-03-20"),
            (ConflictDiagnosed(conflict: "C-2018-002", findings: "이전 부지 주민 반발", level: .medium), "2018-03-30"),
            (ConflictCouncilFormed(conflict: "C-2018-001", experts: ["EXP-1"], stakeholders: ["주민대책위원회"],
                                   civicGroups: ["인천환경시민모임"], institutions: ["인천연구원"]), "2018-04-02"),
            (ConflictMediationConvened(conflict: "C-2018-002", experts: ["EXP-2"]), "2018-04-10"),
            (ConflictCouncilMet(conflict: "C-2018-001", attendees: 9, minutesSummary: "공동조사 합의"), "2018-04-16"),
            (ConflictTrainingHeld(institution: "한국행정연구원", participants: 64, departmentsAttending: ["urban-rail"]), "2018-04-25"),
            (ConflictCouncilMet(conflict: "C-2018-001", attendees: 11, minutesSummary: "저감설비 설치 논의"), "2018-05-14"),
            (ConflictMediationConcluded(conflict: "C-2018-001", agreed: true, summary: "저감설비 설치 합의"), "2018-06-01"),
            (ConflictMediationConcluded(conflict: "C-2018-002", agreed: false, summary: "이전 반대 입장 고수"), "2018-07-10"),
            (ConflictMediationConvened(conflict: "C-2018-002", experts: ["EXP-1"]), "2018-09-03"),
            (ConflictRegistered(conflict: "C-2018-003", title: "공원 내 주차장 조성 갈등", district: .yeonsu,
                                department: "parks"), "2018-10-01"),
            (ConflictDiagnosed(conflict: "C-2018-003", findings: "산책로 훼손 우려", level: .low), "2018-10-15"),
            (ConflictTrainingHeld(institution: "단국대 분쟁해결연구센터", participants: 58, departmentsAttending: []), "2018-10-17"),
            (ConflictDiagnosed(conflict: "C-2018-003", findings: "인근 학교 학부모 반대 확산", level: .medium), "2018-11-02"),
        ])
        return harness
    }

    @Test("one row per conflict, then the totals")
    func conflicts() async throws {
        let result = try await managed().result(projection)
        let table = try #require(result.table("conflicts"))
        #expect(table.columns.map(\.label) == ["갈등과제", "담당부서", "진단", "대응계획", "조정활동", "협의회", "결과"])
        #expect(table.columns.map(\.key) == columns)
        #expect(result.rowKeys("conflicts") == ["C-2018-001", "C-2018-002", "C-2018-003", "total"])
        #expect(result.cells("conflicts", row: "C-2018-001", columns) == [
            .text("폐기물 처리시설 증설에 따른 주민 갈등"), .text("resource-circulation"), .text("높음"), .text("채택"),
            .integer(1), .integer(2), .text("합의"),
        ])
        #expect(result.cells("conflicts", row: "C-2018-002", columns) == [
            .text("도시철도 차량기지 이전 갈등"), .text("urban-rail"), .text("보통"), .notApplicable, .integer(2),
            .notApplicable, .text("진행중"),
        ])
        #expect(result.cells("conflicts", row: "C-2018-003", ["diagnosis", "plan", "mediations", "council", "outcome"])
            == [.text("보통"), .notApplicable, .integer(0), .notApplicable, .text("진행중")])
        #expect(result.cells("conflicts", row: "total", columns) == [
            .text("계"), .notApplicable, .integer(3), .integer(1), .integer(3), .integer(2), .text("합의 1 · 결렬 0 · 진행중 2"),
        ])
        #expect(table.notes.first == "갈등과제 3건")
    }

    @Test("trainings per year")
    func trainings() async throws {
        let result = try await managed().result(projection)
        let columns = ["year", "sessions", "participants"]
        #expect(result.table("trainings")?.title == "갈등관리 역량강화 교육")
        #expect(result.table("trainings")?.columns.map(\.label) == ["연도", "횟수", "참여인원"])
        #expect(result.rowKeys("trainings") == ["total", "2017", "2018"])
        #expect(result.cells("trainings", row: "total", columns) == [.text("계"), .integer(4), .integer(197)])
        #expect(result.cells("trainings", row: "2017", columns) == [.text("2017년"), .integer(2), .integer(75)])
        #expect(result.cells("trainings", row: "2018", columns) == [.text("2018년"), .integer(2), .integer(122)])
    }

    @Test("as of a date: the second conflict had broken down; as of a position: a council with no meeting yet")
    func asOf() async throws {
        let harness = try await managed()
        let summer = try await harness.result(projection, cutoff: .date(CivicHarness.date("2018-08-01")))
        #expect(summer.rowKeys("conflicts") == ["C-2018-001", "C-2018-002", "total"])
        #expect(summer.cells("conflicts", row: "C-2018-002", ["mediations", "outcome"]) == [.integer(1), .text("결렬")])
        #expect(summer.cells("conflicts", row: "total", ["outcome"]) == [.text("합의 1 · 결렬 1 · 진행중 0")])
        #expect(summer.cells("trainings", row: "2018", ["sessions"]) == [.integer(1)])
        // Position 11 is the council's formation.
        let formed = try await harness.result(projection, cutoff: .position(11))
        #expect(formed.cells("conflicts", row: "C-2018-001", ["mediations", "council", "outcome"])
            == [.integer(1), .integer(0), .text("진행중")])
        #expect(formed.cells("conflicts", row: "C-2018-002", ["diagnosis"]) == [.text("보통")])
    }

    @Test("explain: the council cell comes from the registration, the formation and the two meetings")
    func explain() async throws {
        let harness = try await managed()
        let registered = try await harness.events(ConflictRegistered.eventType)
        let formed = try await harness.events(ConflictCouncilFormed.eventType)
        let met = try await harness.events(ConflictCouncilMet.eventType)
        let council = try await harness.runner.explain(projection, table: "conflicts", row: "C-2018-001", column: "council")
        #expect(council.map(\.id) == [registered[0].id] + formed.map(\.id) + met.map(\.id))
        let trainings = try await harness.events(ConflictTrainingHeld.eventType)
        let sessions = try await harness.runner.explain(projection, table: "trainings", row: "2018", column: "sessions")
        #expect(sessions.map(\.id) == trainings.suffix(2).map(\.id))
    }

    @Test("catching up from a saved checkpoint equals a rebuild")
    func catchUp() async throws {
        let harness = try await managed()
        try await harness.expectCatchUpMatchesRebuild(projection) {
            try await harness.record(ConflictMediationConcluded(conflict: "C-2018-002", agreed: true,
                                                                summary: "대체 부지 합의"), on: "2018-12-03")
            try await harness.record(ConflictResponsePlanAdopted(conflict: "C-2018-003", summary: "학부모 간담회",
                                                                 consultedExperts: ["EXP-2"]), on: "2018-12-10")
        }
        let result = try await harness.result(projection)
        #expect(result.cells("conflicts", row: "total", ["plan", "outcome"]) == [.integer(2), .text("합의 2 · 결렬 0 · 진행중 1")])
    }

    @Test("no conflicts: 자료 없음 in the totals")
    func empty() async throws {
        let result = try await CivicHarness().result(projection)
        #expect(result.rowKeys("conflicts") == ["total"])
        #expect(result.cells("conflicts", row: "total", ["diagnosis", "mediations", "outcome"]) == [.noData, .noData, .noData])
        #expect(result.cells("trainings", row: "total", ["sessions"]) == [.noData])
    }
}
