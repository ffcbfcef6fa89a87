import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// A fresh in-memory office whose clock stands at the end of 2018, with the petition events the
/// projection tests record (every one through the office's rules).
struct PetitionDesk {
    /// The petitioner's personal data, planted in every receipt: no table may show it.
    static let name = "홍길순"
    static let phone = "010-9876-5432"
    static let address = "인천광역시 부평구 비밀로 77"

    let store: InMemoryEventStore
    let office: Office
    let runner: ProjectionRunner

    init(now: String = "2018-12-31T18:00:00+09:00") {
        let clock = StoreClock.fixed(RFC3339.date(from: now)!)
        store = InMemoryEventStore(clock: clock)
        office = Office(store: store, clock: clock, keys: InMemorySubjectKeyStore())
        runner = ProjectionRunner(store: store, clock: clock)
    }

    /// Office time on a date: `at("2018-03-02", hour: 10)`.
    static func at(_ day: String, hour: Int = 10, minute: Int = 0) -> Date {
        try! LocalDate(day).at(hour: hour, minute: minute)
    }

    /// Records an event the rules must accept.
    @discardableResult
    func record(_ event: some OfficeEvent, _ day: String, hour: Int = 10, minute: Int = 0) async throws
        -> RecordedEvent
    {
        try await office.record(event, context: RecordContext(actor: "test:clerk",
                                                              occurredAt: Self.at(day, hour: hour, minute: minute)))
    }

    /// A receipt with the planted petitioner.
    static func receipt(_ id: PetitionID, kind: PetitionKind = .grievance, channel: PetitionChannel = .visit,
                        district: District = .bupyeong, department: DepartmentID = "transport-policy")
        -> PetitionReceived
    {
        PetitionReceived(petitionID: id, channel: channel, kind: kind, subject: "버스 노선 조정 요청", district: district,
                         department: department,
                         petitioner: Petitioner(subject: SubjectID("subject-\(id)"), name: Personal(name),
                                                phone: Personal(phone), address: Personal(address)))
    }

    @discardableResult
    func receive(_ id: PetitionID, on day: String, hour: Int = 10, kind: PetitionKind = .grievance,
                 channel: PetitionChannel = .visit, district: District = .bupyeong,
                 department: DepartmentID = "transport-policy") async throws -> RecordedEvent {
        try await record(Self.receipt(id, kind: kind, channel: channel, district: district, department: department),
                         day, hour: hour)
    }

    @discardableResult
    func complete(_ id: PetitionID, on day: String, hour: Int = 15) async throws -> RecordedEvent {
        try await record(PetitionOutcomeRecorded(petitionID: id, outcome: .completed), day, hour: hour)
    }

    @discardableResult
    func refuse(_ id: PetitionID, on day: String, hour: Int = 15) async throws -> RecordedEvent {
        try await record(PetitionOutcomeRecorded(petitionID: id, outcome: .notPossible, reason: "사유지로 설치 불가",
                                                 remedy: "90일 이내 행정심판 청구 가능"), day, hour: hour)
    }

    @discardableResult
    func review(_ id: PetitionID, on day: String, until reviewDate: String) async throws -> RecordedEvent {
        try await record(PetitionOutcomeRecorded(petitionID: id, outcome: .underReview,
                                                 reviewDate: try LocalDate(reviewDate)), day, hour: 15)
    }

    @discardableResult
    func notify(_ id: PetitionID, _ kind: NoticeKind, on day: String, hour: Int = 16) async throws -> RecordedEvent {
        try await record(PetitionNoticeSent(petitionID: id, medium: .sms, kind: kind), day, hour: hour)
    }

    @discardableResult
    func extend(_ id: PetitionID, to newDueDate: String, on day: String, reason: String) async throws
        -> RecordedEvent
    {
        try await record(PetitionExtensionGranted(petitionID: id, reason: reason, newDueDate: try LocalDate(newDueDate),
                                                  petitionerConsent: false), day)
    }

    /// The 2018 public holidays (the catalog's example publication).
    @discardableResult
    func publishHolidays2018(on day: String = "2017-12-20") async throws -> RecordedEvent {
        try await record(HolidaysPublished.example, day)
    }

    /// A view built from a checkpoint's state, as the runner would show it at the head.
    func view<P: Projection>(_ projection: P, of checkpoint: ProjectionCheckpoint<P.State>) -> ProjectionResult
    where P.State: Codable {
        let moment = ProjectionMoment(asOf: runner.asOfDate(.head), position: checkpoint.position)
        return ProjectionResult(projection: P.name, moment: moment,
                                tables: projection.view(of: checkpoint.state, at: moment))
    }

    /// Takes a checkpoint now, sends it through JSON as a saved file would be, records `more`, catches up
    /// from the restored checkpoint and expects the same digest as a full rebuild.
    func expectCatchUpEqualsRebuild<P: Projection>(
        _ projection: P, more: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws where P.State: Codable {
        let midway = try await runner.catchUp(projection, from: nil)
        let restored = try CanonicalJSON.decode(ProjectionCheckpoint<P.State>.self,
                                                from: CanonicalJSON.encode(midway))
        let midwayFull = try await runner.result(projection, cutoff: .position(midway.position))
        #expect(view(projection, of: restored).digest == midwayFull.digest, sourceLocation: sourceLocation)
        try await more()
        let caughtUp = try await runner.catchUp(projection, from: restored)
        #expect(caughtUp.position > midway.position, sourceLocation: sourceLocation)
        let full = try await runner.result(projection, cutoff: .head)
        #expect(view(projection, of: caughtUp).digest == full.digest, sourceLocation: sourceLocation)
        #expect(view(projection, of: caughtUp).tables == full.tables, sourceLocation: sourceLocation)
    }
}

extension ProjectionResult {
    /// The cell at a table, row and column.
    func petitionCell(_ table: String, _ row: String, _ column: String) -> Cell? {
        self.table(table)?.cell(row: row, column: column)
    }

    /// A table's rows as `key: [column: cell text]`, for exact comparisons.
    func petitionRows(_ table: String) -> [String] {
        guard let table = self.table(table) else { return [] }
        return table.rows.map { row in
            row.key + ": " + table.columns.map { row.cells[$0.key]?.description ?? "∅" }.joined(separator: " | ")
        }
    }

    /// Every title, label, cell and note of every table.
    var petitionEveryText: [String] {
        tables.flatMap { table in
            [table.title] + table.columns.map(\.label) + table.notes
                + table.rows.flatMap { [$0.key] + $0.cells.values.map(\.description) }
        }
    }
}
