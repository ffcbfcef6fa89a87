import Foundation
import SotongCore
import SotongDomain
import Testing

/// Export writes sealed strings; import seals plaintext, keeps sealed values, and stays idempotent.
@Suite struct InterchangePrivacyTests {
    static let now = RFC3339.date(from: "2018-12-31T09:00:00Z")!
    static let line = #"{"id":"00000000-0000-4000-8000-000000000001","type":"petition.received","schemaVersion":2,"#
        + #""occurredAt":"2018-03-05T01:00:00.000Z","metadata":{"actor":"import:test"},"payload":{"channel":"visit","#
        + #""department":"transport-policy","district":"bupyeong-gu","kind":"grievance","petitionID":"2018-0001","#
        + #""petitioner":{"name":"홍길동","phone":"010-1234-5678","subject":"subject-2018-0001"},"subject":"버스 노선"}}"#

    @Test func importSealsExportStaysSealedAndBothRoundTrip() async throws {
        let keys = InMemorySubjectKeyStore()
        let source = InMemoryEventStore(clock: .fixed(Self.now))
        let importer = Importer(store: source, clock: .fixed(Self.now), keys: keys)
        #expect(try await importer.run(lines: Data((Self.line + "\n").utf8)).appended == 1)
        // Importing the same plaintext again is recognised as already stored (compared by plaintext).
        let again = try await importer.run(lines: Data((Self.line + "\n").utf8))
        #expect(again.problems == [] && again.alreadyStored == 1)
        // A line with the same id but another name is not.
        let changed = try await importer.run(lines: Data(Self.line.replacingOccurrences(of: "홍길동", with: "김철수").utf8))
        #expect(changed.problems.first?.field == "id")

        let exported = try await Exporter(store: source).data()
        let text = String(decoding: exported, as: UTF8.self)
        #expect(!text.contains("홍길동") && !text.contains("010-1234-5678"))
        #expect(text.contains(#""name":"sotong:sealed:v1:"#))
        // Into another store, with no key store at all: sealed values are accepted as they are.
        let target = InMemoryEventStore(clock: .fixed(Self.now))
        let report = try await Importer(store: target, clock: .fixed(Self.now)).run(lines: exported)
        #expect(report.problems == [] && report.appended == 1)
        #expect(try await source.readAll().collect().map(\.payload) == target.readAll().collect().map(\.payload))
        // And the export imported into its own store again is already stored.
        #expect(try await importer.run(lines: exported).alreadyStored == 1)
    }

    @Test func importWithoutAKeyStoreRefusesPlaintextPersonalData() async throws {
        let store = InMemoryEventStore(clock: .fixed(Self.now))
        let report = try await Importer(store: store, clock: .fixed(Self.now)).run(lines: Data(Self.line.utf8))
        #expect(report.problems.map(\.field) == ["payload.petitioner.name"])
        #expect(report.problems.first?.reason.contains("privacy.key-store-required") == true)
        #expect(!report.problems.description.contains("홍길동"))
        #expect(await store.head() == .empty)
    }
}
