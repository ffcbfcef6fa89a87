// The Swift blocks of Docs/Embedding.md, verbatim between `docs:begin` and `docs:end`.
import Foundation
import Sotong

enum Embedding {
    /// The three ways to open a store; returns them for the test to look at.
    static func open(path: String, keyPath: String) async throws -> [SotongStore] {
        // docs:begin embedding-open
        let office = try await SotongStore.open(.sqlite(path: path), keys: .file(path: keyPath))
        let auditor = try await SotongStore.open(.sqlite(path: path, readOnly: true), keys: .none)
        let scratch = try await SotongStore.open(.inMemory)
        // docs:end
        return [office, auditor, scratch]
    }

    /// A store for tests: fixed clocks, keys in memory.
    static func testStore() -> SotongStore {
        // docs:begin embedding-test-store
        let now = try! LocalDate("2019-01-31").at(hour: 18)
        let store = SotongStore(events: InMemoryEventStore(clock: .fixed(now)), keys: InMemorySubjectKeyStore(),
                                clock: .fixed(now))
        // docs:end
        return store
    }

    /// Records an answer and its result notice in one transaction, retrying on a concurrent change.
    static func answer(in store: SotongStore) async throws -> [RecordedEvent] {
        // docs:begin embedding-commands
        let answered = PetitionOutcomeRecorded(petitionID: "2019-0001", outcome: .completed)
        let told = PetitionNoticeSent(petitionID: "2019-0001", medium: .sms, kind: .result)
        let at = try LocalDate("2019-01-04").at(hour: 15)
        var recorded: [RecordedEvent] = []
        for attempt in 1...3 {
            do {
                // One transaction: both or neither. Each event has its own context (its own event id).
                recorded = try await store.record([
                    (answered, RecordContext(actor: "staff:S-6333", occurredAt: at)),
                    (told, RecordContext(actor: "staff:S-6333", occurredAt: at)),
                ])
                break
            } catch is ConcurrencyError where attempt < 3 {
                continue   // another writer changed the petition meanwhile: check the rules again
            } catch let refusal as DomainError {
                print("refused by \(refusal.rule): \(refusal)")
                break
            }
        }
        // docs:end
        return recorded
    }

    /// Reads the office's tables in the ways a tool does.
    static func read(_ store: SotongStore) async throws -> (ProjectionResult, ProjectionResult, PetitionBook, Int) {
        // docs:begin embedding-read
        let january = try await store.projection(PetitionStatusProjection(), cutoff: .date(try LocalDate("2019-01-02")))
        let atPosition = try await store.projection(named: "petitions", cutoff: .position(1))
        let book = try await store.fold(NoticesOwedProjection())        // the folded state, not tables
        let sources = try await store.runner.explain(
            PetitionStatusProjection(), table: "petition-status", row: "petitions", column: "total")
        print(january.digest, atPosition.moment, book.all.count, sources.map(\.position))
        // docs:end
        return (january, atPosition, book, sources.count)
    }

    /// Follows final outcomes from a checkpoint and records one follow-up per outcome, idempotently.
    static func follow(_ store: SotongStore, from saved: Int64) async throws -> Int64 {
        // docs:begin embedding-subscribe
        var checkpoint = saved   // the last position this tool handled (0 at first), kept in its own file
        for try await message in store.subscribe(after: checkpoint, types: [PetitionOutcomeRecorded.eventType]) {
            guard case .event(let recorded) = message else { break }   // .caughtUp: all handled for now
            let entry = try OfficeCatalog.decode(recorded)
            if let outcome = entry.event as? PetitionOutcomeRecorded, outcome.outcome.isFinal {
                let id = DerivedID.uuid(["satisfaction-survey", outcome.petitionID.rawValue, recorded.id.uuidString])
                if try await store.events.event(id: id) == nil {
                    let card = PetitionCardUpdated(petitionID: outcome.petitionID, note: "만족도 조사 대상")
                    try await store.record(card, context: RecordContext(
                        actor: "tool:survey", occurredAt: recorded.occurredAt, eventID: id, causationID: recorded.id))
                }
            }
            checkpoint = recorded.position   // save it here: a restart resumes after it
        }
        // docs:end
        return checkpoint
    }

    /// Reads a petitioner's phone number for a stated purpose.
    static func phone(in store: SotongStore) async throws -> String? {
        // docs:begin embedding-personal-data
        let records = try await store.readPersonalData(
            of: "subject-2019-0001", purpose: "처리결과 통지 발송", actor: "tool:notices")
        let phone = records.lazy.flatMap(\.fields).first { $0.path == "petitioner.phone" }?.value
        // docs:end
        return phone
    }
}
