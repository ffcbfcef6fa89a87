import Foundation
import Sotong
import SotongTesting
import Testing

/// The snippets of Embedding, WritingAProjection and AuditingALog do what their pages say.
@Suite struct DocsSnippetRunTests {
    /// A petition received on 2019-01-02, in a store with fixed clocks.
    static func storeWithPetition() async throws -> SotongStore {
        let store = Embedding.testStore()
        let petition = PetitionReceived(
            petitionID: "2019-0001", channel: .phone, kind: .grievance, subject: "가로등 고장 수리 요청",
            district: .namdong, department: "roads",
            petitioner: Petitioner(subject: "subject-2019-0001", name: Personal("김예시"),
                                   phone: Personal("010-0000-1234")))
        try await store.record(petition, context: RecordContext(actor: "staff:S-6333",
                                                                occurredAt: try LocalDate("2019-01-02").at(hour: 10)))
        return store
    }

    @Test func embeddingOpensAStoreThreeWays() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-docs-embed")
        let stores = try await Embedding.open(path: folder.path("office.sqlite"), keyPath: folder.path("office.keys"))
        #expect(stores.count == 3)
        await #expect(throws: (any Error).self) {
            try await stores[1].record(NetworkMemberJoined.example, context: RecordContext(actor: "a", occurredAt: Date()))
        }
        #expect(try await stores[2].events.head().position == 0)
    }

    @Test func embeddingCommandsReadingFollowingAndPersonalData() async throws {
        let store = try await Self.storeWithPetition()
        let recorded = try await Embedding.answer(in: store)
        #expect(recorded.map(\.type) == ["petition.outcome-recorded", "petition.notice-sent"])

        let (january, atPosition, book, sources) = try await Embedding.read(store)
        #expect(january.table("petition-status")?.cell(row: "petitions", column: "total") == .integer(1))
        #expect(atPosition.moment.position == 1)
        #expect(book.all.count == 1 && sources == 1)

        // The snippet follows a subscription until it catches up: a time limit, so that it cannot hang the test.
        let checkpoint = try await withTimeLimit(.seconds(30), "following the outcomes") {
            try await Embedding.follow(store, from: 0)
        }
        #expect(checkpoint == 2)
        let cards = { try await store.events.readAll(types: [PetitionCardUpdated.eventType]).collect().count }
        #expect(try await cards() == 1)
        _ = try await withTimeLimit(.seconds(30), "following the outcomes again") {
            try await Embedding.follow(store, from: 0)   // from the start again: recorded once only
        }
        #expect(try await cards() == 1)

        #expect(try await Embedding.phone(in: store) == "010-0000-1234")
        #expect(try await store.fold(AccessLogProjection()).first?.access.purpose == "처리결과 통지 발송")
    }

    @Test func aToolProjectionAsOfTwoDatesByNameExplainedAndCaughtUp() async throws {
        let store = Embedding.testStore()
        for (number, day, channel) in [(1, "2017-03-02", PetitionChannel.visit), (2, "2017-06-02", .visit),
                                       (3, "2018-03-02", .phone)] {
            let petition = PetitionReceived(
                petitionID: PetitionID("2017-000\(number)"), channel: channel, kind: .grievance, subject: "민원",
                district: .seo, department: "roads",
                petitioner: Petitioner(subject: SubjectID("s-\(number)"), name: Personal("예시")))
            try await store.record(petition, context: RecordContext(actor: "staff:S-1",
                                                                    occurredAt: try LocalDate(day).at(hour: 10)))
        }
        let (end2017, end2018) = try await WritingAProjection.asOfTwoDates(store)
        #expect(end2017.table("receipts-by-channel")?.cell(row: "visit", column: "count") == .integer(2))
        #expect(end2017.table("receipts-by-channel")?.cell(row: "phone", column: "count") == .integer(0))
        #expect(end2018.table("receipts-by-channel")?.cell(row: "phone", column: "count") == .integer(1))
        let empty = try await SotongStore.open(.inMemory).projection(ReceiptsByChannel())
        #expect(empty.table("receipts-by-channel")?.cell(row: "visit", column: "count") == .noData)

        #expect(try await WritingAProjection.byName(store).digest == store.projection(ReceiptsByChannel()).digest)
        #expect(try await WritingAProjection.explain(store).map(\.position) == [1, 2])

        let folder = try TemporaryDirectory(prefix: "sotong-docs-projection")
        let url = URL(fileURLWithPath: folder.path("receipts.checkpoint"))
        let first = try await WritingAProjection.catchUp(store, checkpointURL: url)
        #expect(first.moment.position == 3)
        let again = try await WritingAProjection.catchUp(store, checkpointURL: url)
        #expect(again.digest == first.digest)

        let open = try await store.projection(OpenPetitionsByDepartment())
        #expect(open.table("open")?.cell(row: "roads", column: "count") == .integer(3))
    }

    @Test func auditingVerifiesSignsChecksExportsAndReads() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-docs-audit")
        let path = folder.path("office.sqlite")
        let office = try await SotongStore.open(.sqlite(path: path))
        try await office.record(PetitionReceived.example, context: RecordContext(
            actor: "staff:S-6333", occurredAt: try LocalDate("2018-03-02").at(hour: 10)))
        _ = try await office.readPersonalData(of: "subject-2018-0042", purpose: "감사 확인", actor: "auditor:lee")

        #expect(try await AuditingALog.verify(path: path).eventsChecked == 2)
        let (checkpoint, publicKey) = try await AuditingALog.publish(path: path)
        try await office.record(PetitionNoticeSent.example, context: RecordContext(
            actor: "staff:S-6333", occurredAt: try LocalDate("2018-03-02").at(hour: 11)))
        #expect(try await AuditingALog.check(path: path, published: checkpoint, officeKey: publicKey).head.position == 3)

        let other = folder.path("other.sqlite")
        _ = try await SotongStore.open(.sqlite(path: other))
        await #expect(throws: CheckpointError.self) {
            _ = try await AuditingALog.check(path: other, published: checkpoint, officeKey: publicKey)
        }

        let export = folder.path("export.jsonl")
        try await AuditingALog.export(path: path, to: export)
        #expect(try String(contentsOfFile: export, encoding: .utf8).split(separator: "\n").count == 3)

        let (accesses, petition, status) = try await AuditingALog.read(path: path)
        #expect(accesses.tables.first?.rows.count == 1)
        #expect(petition.tables.first?.rows.count == 2)
        #expect(!TableRenderer.text(petition).contains("김예시"), "personal data is masked")
        #expect(status.digest.count == 64)
    }
}
