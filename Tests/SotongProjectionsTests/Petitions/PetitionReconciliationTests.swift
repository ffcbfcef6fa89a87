import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

@Suite("Petition counts reconcile, and the petitioner never shows")
struct PetitionReconciliationTests {
    /// The plan's figures as of 2017-11-30: 467 = 319 + 121 + 27, 27 meetings, 91 site visits.
    @Test("the plan's 2017 figures, recorded petition by petition, give the plan's row")
    func planFigures() async throws {
        let desk = PetitionDesk()
        let first = try LocalDate("2017-01-02")
        for index in 0..<467 {
            let id = PetitionID(String(format: "2017-%04d", index + 1))
            let day = first.adding(days: index * 320 / 467)
            let receipt = PetitionDesk.receipt(
                id, kind: PetitionKind.allCases[index % 5], channel: PetitionChannel.allCases[index % 5],
                district: District.allCases[index % 10],
                department: index % 3 == 0 ? "road-management" : "transport-policy")
            var items: [(any OfficeEvent, RecordContext)] = [(receipt, context(day, hour: 9))]
            if index < 27 {
                items.append((PetitionMayorMeetingHeld(petitionID: id, with: .viceMayor), context(day, hour: 10)))
            }
            if index % 5 == 0 && index < 455 {
                items.append((PetitionOutreachMeetingHeld(petitionID: id, site: "현장", department: "road-management"),
                              context(day, hour: 11)))
            }
            let outcome: PetitionOutcomeRecorded = switch index {
            case ..<319: PetitionOutcomeRecorded(petitionID: id, outcome: .completed)
            case ..<440: PetitionOutcomeRecorded(petitionID: id, outcome: .notPossible, reason: "예산 부족", remedy: "재청구")
            default: PetitionOutcomeRecorded(petitionID: id, outcome: .underReview,
                                             reviewDate: try LocalDate("2017-12-29"))
            }
            items.append((outcome, context(day, hour: 15)))
            _ = try await desk.office.record(items)
        }
        let result = try await desk.runner.result(PetitionStatusProjection(),
                                                  cutoff: .date(try LocalDate("2017-11-30")))
        #expect(result.petitionRows("petition-status")
                    == ["petitions: 민원건수 | 467 | 319 | 121 | 27 | 27 | 91 | 0 | 0 | 0"])
        #expect(result.table("petition-status")?.notes.first == "(기준 : '17.11.30)")
        try expectReconciles(result)
    }

    @Test("계 = 완료 + 불가 + 검토 + 처리중 + 이송 + 반복민원 종결, in every row and every group")
    func everyStandingReconciles() async throws {
        var fixture = try await PetitionStatusFixture.make()
        try expectReconciles(try await fixture.desk.runner.result(PetitionStatusProjection()))
        try await fixture.recordDecember()
        try expectReconciles(try await fixture.desk.runner.result(PetitionStatusProjection()))
    }

    func expectReconciles(_ result: ProjectionResult, sourceLocation: SourceLocation = #_sourceLocation) throws {
        func number(_ cell: Cell?) -> Int {
            if case .integer(let value)? = cell { return value }
            Issue.record("not a number: \(String(describing: cell))", sourceLocation: sourceLocation)
            return 0
        }
        let standings = PetitionStanding.allCases.map(\.rawValue)
        let status = try #require(result.table("petition-status")?.rows.first)
        let total = number(status.cells["total"])
        #expect(total == standings.map { number(status.cells[$0]) }.reduce(0, +), sourceLocation: sourceLocation)
        let breakdown = try #require(result.table("petition-breakdown"))
        for row in breakdown.rows {
            #expect(number(row.cells["received"]) == standings.map { number(row.cells[$0]) }.reduce(0, +),
                    "row \(row.key)", sourceLocation: sourceLocation)
        }
        for group in ["kind.", "channel.", "district.", "department."] {
            let rows = breakdown.rows.filter { $0.key.hasPrefix(group) }
            #expect(rows.map { number($0.cells["received"]) }.reduce(0, +) == total, "group \(group)",
                    sourceLocation: sourceLocation)
            for standing in standings {
                #expect(rows.map { number($0.cells[standing]) }.reduce(0, +) == number(status.cells[standing]),
                        "group \(group) \(standing)", sourceLocation: sourceLocation)
            }
        }
    }

    private func context(_ day: LocalDate, hour: Int) -> RecordContext {
        RecordContext(actor: "test:clerk", occurredAt: day.at(hour: hour))
    }

    @Test("no table and no checkpoint carries the petitioner's name, phone or address")
    func noPersonalData() async throws {
        var fixture = try await PetitionStatusFixture.make()
        try await fixture.recordDecember()
        let desk = fixture.desk
        try await desk.extend("2017-0009", to: "2017-12-20", on: "2017-12-08", reason: "관계기관 협의")
        let results = [
            try await desk.runner.result(PetitionStatusProjection()),
            try await desk.runner.result(OverdueProjection()),
            try await desk.runner.result(NoticesOwedProjection()),
        ]
        // The fixture does show rows for the petitions (so the check is not vacuous).
        #expect(results[1].table("overdue-detail")?.rows.map(\.key) == ["2017-0005", "2017-0008", "2017-0009"])
        #expect(results[2].table("notices-owed-detail")?.rows.isEmpty == false)
        var texts = results.flatMap(\.petitionEveryText)
        for result in results {
            for format in TableRenderer.Format.allCases { texts.append(TableRenderer.render(result, as: format)) }
        }
        let checkpoints = [
            try CanonicalJSON.encode(try await desk.runner.catchUp(PetitionStatusProjection(), from: nil)),
            try CanonicalJSON.encode(try await desk.runner.catchUp(OverdueProjection(), from: nil)),
            try CanonicalJSON.encode(try await desk.runner.catchUp(NoticesOwedProjection(), from: nil)),
        ]
        texts += checkpoints.map { String(decoding: $0, as: UTF8.self) }
        for secret in [PetitionDesk.name, PetitionDesk.phone, PetitionDesk.address, "비밀로"] {
            #expect(!texts.contains { $0.contains(secret) }, "\(secret) leaked")
        }
        // The log holds them only sealed (so the check is not vacuous: the fields are there, and the
        // projections drop them), never in plaintext.
        let log = String(decoding: try await desk.store.readStream("petition-2017-0001")[0].payload, as: UTF8.self)
        #expect(log.contains(#""name":"sotong:sealed:v1:"#))
        #expect(log.contains(#""phone":"sotong:sealed:v1:"#))
        for secret in [PetitionDesk.name, PetitionDesk.phone, PetitionDesk.address] {
            #expect(!log.contains(secret), "\(secret) stored in plaintext")
        }
    }
}
