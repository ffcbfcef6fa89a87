import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// A store whose clock stands at the end of 2018, with events recorded through the office's rules.
struct ScoresWorld {
    let store: InMemoryEventStore
    let office: Office
    let runner: ProjectionRunner

    static let clock = StoreClock.fixed(try! LocalDate("2018-12-31").at(hour: 18))

    init() {
        store = InMemoryEventStore(clock: Self.clock)
        office = Office(store: store, clock: Self.clock, keys: InMemorySubjectKeyStore())
        runner = ProjectionRunner(store: store, clock: Self.clock)
    }

    /// Records an event that the rules must accept, at `hour` office time on `day`.
    @discardableResult
    func record(_ event: some OfficeEvent, _ day: String, hour: Int = 10) async throws -> RecordedEvent {
        try await office.record(event, context: RecordContext(actor: "test:소통지원팀",
                                                              occurredAt: try LocalDate(day).at(hour: hour)))
    }
}

/// The four 2018 heads, their departments and the data of the tests.
enum ScoresFixture {
    static let h1 = HalfYear(year: 2018, half: 1)!
    static let h2 = HalfYear(year: 2018, half: 2)!

    static let transport: HeadID = "head-2018-transport-policy"
    static let housing: HeadID = "head-2018-housing-policy"
    static let welfare: HeadID = "head-2018-welfare-policy"
    static let roads: HeadID = "head-2018-road-management"

    static func registered(_ head: HeadID, _ department: DepartmentID, _ title: String) -> EvaluationHeadRegistered {
        EvaluationHeadRegistered(year: 2018, head: head, department: department, title: title, grade: .grade4)
    }

    static func scored(_ head: HeadID, _ item: EvaluationItem, _ score: Double, half: HalfYear = h1) -> EvaluationScored {
        EvaluationScored(half: half, head: head, item: item, score: score, evidence: "부서 제출 자료 확인",
                         evaluator: "소통지원팀")
    }

    /// A 7-day grievance (고충민원) for a department.
    static func grievance(_ id: PetitionID, _ department: DepartmentID) -> PetitionReceived {
        PetitionReceived(petitionID: id, channel: .visit, kind: .grievance, subject: "생활불편 고충 해결 요청",
                         district: .namdong, department: department,
                         petitioner: Petitioner(subject: SubjectID("subject-\(id)"), name: Personal("홍길동"),
                                                phone: Personal("010-1234-5678")))
    }

    static func answered(_ id: PetitionID, _ outcome: PetitionOutcome = .completed) -> PetitionOutcomeRecorded {
        outcome == .notPossible
            ? PetitionOutcomeRecorded(petitionID: id, outcome: .notPossible, reason: "관계 법령상 불가",
                                      remedy: "90일 이내 행정심판 청구 가능")
            : PetitionOutcomeRecorded(petitionID: id, outcome: outcome)
    }

    static func fieldDay(_ department: DepartmentID, host: FieldDayHost = .departmentHead) -> FieldDayHeld {
        FieldDayHeld(host: host, hostDepartment: department, district: .bupyeong, site: "부평역 일대 현장", withCityCouncil: false)
    }

    static func academy(_ departments: [DepartmentID]) -> AcademySessionHeld {
        AcademySessionHeld(title: "소통리더 과정", participants: 80, departmentsAttending: departments)
    }

    static func conflictTraining(_ departments: [DepartmentID]) -> ConflictTrainingHeld {
        ConflictTrainingHeld(institution: "한국행정연구원", participants: 40, departmentsAttending: departments)
    }
}

extension ProjectionResult {
    /// A cell as printed (자료 없음, -, 88.25, 2), or "(none)" when the table, row or column is missing.
    func text(_ table: String, _ row: HeadID, _ column: String) -> String {
        self.table(table)?.cell(row: row.rawValue, column: column)?.description ?? "(none)"
    }

    /// A whole row as printed, in the table's column order.
    func row(_ table: String, _ row: HeadID) -> [String] {
        guard let table = self.table(table) else { return [] }
        return table.columns.map { table.cell(row: row.rawValue, column: $0.key)?.description ?? "(none)" }
    }
}
