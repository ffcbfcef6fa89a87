import Foundation
import SotongCore
import SotongDomain
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// One regression test per bug this suite found (Docs/Reliability.md, "Bugs found").
    @Suite("Bugs found") struct FoundBugs {
        /// Processes opening one new file at the same moment failed with `not-a-store` or a SQL
        /// error: GRDB's migrator decided what to apply outside its transaction.
        @Test func processesCreatingOneNewStoreAtOnceAllSucceed() async throws {
            let writer = try #require(TestProducts.executable("SotongTestWriter"), "SotongTestWriter was not built")
            for round in 0..<5 {
                let folder = try TemporaryDirectory(prefix: "sotong-create")
                let path = folder.path("new.sqlite")
                let processes = try (0..<6).map { index in
                    try LiveProcess(writer, ["--db", path, "--task", "own", "--count", "4", "--retry", "--writer", "c\(index)"])
                }
                for process in processes {
                    let finished = await process.finished()
                    #expect(finished.status == 0 && finished.stderr.isEmpty, "round \(round): \(finished.stderr)")
                }
                let audit = try await LogAudit.open(path)
                #expect(audit.events.count == 24)
                #expect(audit.chainProblems == [])
            }
        }

        /// A NUL in the actor or reason was cut off by SQLite: the stored event no longer matched its
        /// hash, and the log reported itself as tampered. Every store now refuses it.
        @Test(arguments: ["metadata.actor", "metadata.reason"]) func aNULInMetadataIsRefusedNotCutShort(field: String) async throws {
            let folder = try TemporaryDirectory()
            let event = field == "metadata.actor" ? SampleEvents.noted(1, actor: "clerk\u{0}kim")
                : SampleEvents.noted(1, reason: "연 3회\u{0} 운영")
            let stores: [any EventStore] = [InMemoryEventStore(), try SQLiteEventStore(path: folder.path("nul.sqlite"))]
            for store in stores {
                await #expect(throws: EventStoreError.invalidEvent(
                    index: 0, field: field, reason: "contains a NUL character, which the stores cannot keep")) {
                    try await store.append(event, to: "a", expecting: .any)
                }
                #expect(try await store.verify() == ChainVerification(head: .empty, eventsChecked: 0, failure: nil))
            }
        }

        /// Text after the time zone was ignored: `2018-07-02T01:00:00.000Zjunk` was a date.
        @Test func aTimestampWithTextAfterItsZoneIsRefused() {
            #expect(RFC3339.date(from: "2018-07-02T01:00:00.000Zjunk") == nil)
            #expect(RFC3339.date(from: "2018-07-02T01:00:00Z ") == nil)
            #expect(RFC3339.date(from: "2018-07-02T10:00:00+09:00x") == nil)
            #expect(RFC3339.date(from: "2018-07-02T10:00:00+24:00") == nil)
            #expect(RFC3339.date(from: "2018-07-02T10:00:00.5+09:00") == RFC3339.date(from: "2018-07-02T01:00:00.500Z"))
            #expect(RFC3339.date(from: "2018-07-02T01:00:00Z") != nil)
        }

        /// The decoders threw Foundation's DecodingError (no field) instead of PayloadError: for an
        /// old schema version's invalid JSON, and for a bad value in a member the type ignores.
        @Test func theDecodersThrowOnlyPayloadErrors() throws {
            #expect(throws: PayloadError(field: "(payload)", reason: "is not valid JSON")) {
                try OfficeCatalog.registry.decodeStrictly(type: "petition.received", schemaVersion: 1, payload: Data("{".utf8))
            }
            let line = #"{"id":"00000000-0000-4000-8000-000000000001","type":"t","schemaVersion":1,"occurredAt":"2018-07-02T01:00:00Z","metadata":{"actor":"a"},"payload":{},"x":"\q"}"#
            #expect(throws: PayloadError.self) { try CanonicalJSON.decodeStrictly(InterchangeLine.self, from: Data(line.utf8)) }
        }

        /// A number its field cannot hold (1.5, or 1e20 for a whole number) was "not valid JSON",
        /// without a field; a trailing comma and a member given twice were accepted (Foundation
        /// keeps the first of two members, other tools the last).
        @Test func numbersCommasAndRepeatedMembersNameTheirField() async throws {
            let store = InMemoryEventStore()
            func field(_ line: String) async throws -> [String] {
                try await Importer(store: store, keys: Corpus.keys).run(lines: Data(line.utf8)).problems.map(\.field)
            }
            let line = #"{"id":"00000000-0000-4000-8000-000000000001","type":"academy.session-held","schemaVersion":1,"occurredAt":"2018-07-02T01:00:00Z","metadata":{"actor":"a"},"payload":{"title":"t","participants":95,"departmentsAttending":[]}}"#
            #expect(try await field(line.replacingOccurrences(of: ":95", with: ":95.5")) == ["payload.participants"])
            #expect(try await field(line.replacingOccurrences(of: "\"schemaVersion\":1", with: "\"schemaVersion\":1.5")) == ["schemaVersion"])
            #expect(try await field(line.replacingOccurrences(of: ":95", with: ":95,")) == ["payload"])
            #expect(try await field(line.replacingOccurrences(of: ":95", with: ":95,\"participants\":96")) == ["payload.participants"])
            #expect(try await field(line.replacingOccurrences(of: "{\"title\":\"t\",\"participants\":95,\"departmentsAttending\":[]}", with: "null")) == ["payload"])
            #expect(try await field(line.replacingOccurrences(of: "2018-07-02T01:00:00Z", with: "2999-07-02T01:00:00Z")) == ["occurredAt"])
            #expect(try await field(line) == [])
            #expect(await store.head().position == 1)
        }
    }
}
