// The Swift blocks of Docs/GettingStarted.md: each region between `docs:begin` and `docs:end` is
// one block, verbatim (DocsSnippetTests checks it and runs these functions).
// docs:begin getting-started-imports
import Foundation
import Sotong
// docs:end

enum GettingStarted {
    /// Opens a store at `path`, imports the seed fixtures from `fixtures`, records a petition, reads
    /// tables and verifies the chain. Returns the roster as of 2017-12-31 and the verification.
    static func tour(path: String, fixtures: URL) async throws -> (roster: ProjectionResult, report: ChainVerification) {
        // docs:begin getting-started-open
        let store = try await SotongStore.open(.sqlite(path: path))
        // docs:end

        // docs:begin getting-started-import
        let importer = Importer(store: store.events, keys: store.keys)
        for file in ["plan-2017.jsonl", "year-2018.jsonl"] {
            let lines = try Data(contentsOf: fixtures.appendingPathComponent(file))
            let report = try await importer.run(lines: lines)
            print("\(file): appended \(report.appended), already stored \(report.alreadyStored)")
        }
        // docs:end

        // docs:begin getting-started-record
        let petition = PetitionReceived(
            petitionID: "2019-0001", channel: .phone, kind: .grievance, subject: "가로등 고장 수리 요청",
            district: .namdong, department: "roads",
            petitioner: Petitioner(subject: "subject-2019-0001", name: Personal("김예시"),
                                   phone: Personal("010-0000-1234")))
        let context = RecordContext(actor: "staff:S-6333", occurredAt: try LocalDate("2019-01-02").at(hour: 10))
        try await store.record(petition, context: context)

        do {
            try await store.record(petition, context: context)   // the same petition again
        } catch let refusal as DomainError {
            print(refusal.rule)   // petition.already-received — nothing was appended
        }
        // docs:end

        // docs:begin getting-started-read
        let roster = try await store.projection(RosterProjection(), cutoff: .date(try LocalDate("2017-12-31")))
        print(TableRenderer.text(roster))

        let budget = try await store.projection(named: "budget", parameters: ProjectionParameters(year: 2018))
        print(budget.table("budget")?.title ?? "")
        // docs:end

        // docs:begin getting-started-verify
        let report = try await store.verify()
        print(report.isIntact ? "intact, head \(report.head)" : "broken: \(report.failure!)")
        // docs:end
        return (roster, report)
    }
}
