import Foundation
import Sotong
import SotongTesting
import Testing

/// The facade: opening stores, commands, projections by value and by name, subscriptions, verify.
@Suite struct SotongStoreTests {
    /// A new context (and so a new event id) each time.
    static var context: RecordContext {
        RecordContext(actor: "staff:S-6333", occurredAt: try! LocalDate("2018-03-02").at(hour: 10))
    }

    @Test func anInMemoryStoreRecordsCommandsWithTheirRulesAndProjectsThem() async throws {
        let store = try await SotongStore.open(.inMemory)
        try await store.record(PetitionReceived.example, context: Self.context)
        await #expect(throws: DomainError.self) {
            try await store.record(PetitionReceived.example, context: Self.context)   // received twice
        }
        let petitions = try await store.projection(PetitionStatusProjection())
        #expect(petitions.moment.position == 1)
        let byName = try await store.projection(named: "petitions")
        #expect(byName.digest == petitions.digest)
        #expect(try await store.verify().isIntact)
    }

    @Test func aSQLiteStoreOpensItsKeyFileOnlyWhenPersonalDataIsSealed() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-facade")
        let db = folder.path("office.sqlite")
        let store = try await SotongStore.open(.sqlite(path: db))
        #expect(!FileManager.default.fileExists(atPath: db + ".keys"), "opening made a key file")
        try await store.record(NetworkMemberJoined.example, context: Self.context)
        #expect(!FileManager.default.fileExists(atPath: db + ".keys"), "an event without personal data made a key file")
        try await store.record(PetitionReceived.example, context: Self.context)
        #expect(FileManager.default.fileExists(atPath: db + ".keys"))

        let records = try await store.readPersonalData(of: "subject-2018-0042", purpose: "test", actor: "test:auditor")
        #expect(records.first?.fields.first { $0.path == "petitioner.name" }?.value == "김예시")

        let auditor = try await SotongStore.open(.sqlite(path: db, readOnly: true), keys: .none)
        #expect(try await auditor.verify().eventsChecked == 3)   // two events and the access record
        await #expect(throws: DomainError.self) {
            _ = try await auditor.readPersonalData(of: "subject-2018-0042", purpose: "test", actor: "test:auditor")
        }
        await #expect(throws: (any Error).self) {
            try await auditor.record(NetworkMemberJoined.example, context: Self.context)
        }
    }

    @Test func aReadOnlyStoreMustExistAndWithoutKeysPersonalDataIsRefused() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-facade-missing")
        await #expect(throws: EventStoreError.self) {
            _ = try await SotongStore.open(.sqlite(path: folder.path("none.sqlite"), readOnly: true))
        }
        let store = try await SotongStore.open(.inMemory, keys: .none)
        await #expect(throws: (any Error).self) {
            try await store.record(PetitionReceived.example, context: Self.context)
        }
        #expect(try await store.events.head().position == 0)
    }

    @Test func subscribersResumeAfterTheirCheckpoint() async throws {
        let store = try await SotongStore.open(.inMemory, keys: .store(InMemorySubjectKeyStore()))
        let first = try await store.record(PetitionReceived.example, context: Self.context)
        try await store.record(PetitionNoticeSent.example, context: Self.context)
        // A time limit, so that a subscription that never catches up fails the test instead of hanging it.
        let seen = try await withTimeLimit(.seconds(30), "the subscription's catch-up") {
            var seen: [Int64] = []
            for try await message in store.subscribe(after: first.position) {
                guard case .event(let recorded) = message else { break }
                seen.append(recorded.position)
                #expect(try OfficeCatalog.decode(recorded).event is PetitionNoticeSent)
            }
            return seen
        }
        #expect(seen == [2])
    }

    @Test func aToolProjectionCannotShadowABuiltInOneOrBeRegisteredTwice() async throws {
        var registry = ProjectionRegistry()
        #expect(registry.names.starts(with: ProjectionCatalog.names))
        #expect(throws: ProjectionParameterError.self) {
            try registry.register(name: "roster", summary: "mine") { _ in RosterProjection() }
        }
        try registry.register(name: "my-roster", summary: "mine") { _ in RosterProjection() }
        #expect(throws: ProjectionParameterError.self) {
            try registry.register(name: "my-roster", summary: "again") { _ in RosterProjection() }
        }
        #expect(throws: ProjectionParameterError.self) { _ = try registry.make("unknown") }
        #expect(registry.names.last == "my-roster")
        #expect(type(of: try registry.make("my-roster")).name == "roster")
    }

    @Test func derivedIDsAreVersion5UUIDsAnyLibraryComputes() {
        // Python: uuid.uuid5(uuid.UUID("e4e3e5dc-0a92-40bb-ba0b-1b45c15d8df7"), "\x1f".join(parts))
        let id = DerivedID.uuid(["notice-dispatcher", "2018-0042", "receipt"])
        #expect(id.uuidString.lowercased() == "8ee31d09-54b7-5aae-a9c3-895e7b557a88")
        #expect(DerivedID.uuid(["a", "b"]) != DerivedID.uuid(["ab"]))
        #expect(StoreLocation.sqlite(path: "x.sqlite", readOnly: true).description == "sqlite:x.sqlite (read-only)")
    }
}
