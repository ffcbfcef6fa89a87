import Foundation
import GRDB
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

/// An auditor's verifier written in Python from Docs/StoredFormat.md alone agrees with Sotong's.
@Suite struct IndependentVerifierTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/sotong_verify.py")

    func python(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.script.path] + arguments)
    }

    @Test func agreesOnAnIntactStoreAndFindsAnEdit() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("audit.sqlite")
        let store = try SQLiteEventStore(path: path)
        for number in 1...20 {
            var event = SampleEvents.noted(number, text: "민원 \(number)", reason: number.isMultiple(of: 3) ? "근거" : nil)
            if number.isMultiple(of: 4) { event.metadata.correlationID = UUID() }
            try await store.append(event, to: StreamID("s-\(number % 4)"), expecting: .any)
        }
        let head = try await store.head()
        let intact = try python([path])
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(intact.stdout == "OK 20 \(head.hash.hex)\n")

        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER events_append_only_update")
            try db.execute(sql: "UPDATE events SET reason = '다른 근거' WHERE position = 9")
        }
        let broken = try python([path])
        #expect(broken.status == 1)
        #expect(broken.stdout == "BROKEN at position 9: hash does not match contents\n")
        #expect(try await store.verify().failure == .init(position: 9, reason: .hashMismatch))
    }

    /// A file holding an unfinished `sotong copy` (store_info `unfinished_copy`) is a sound chain
    /// but not the whole log: both verifiers say INCOMPLETE.
    @Test func agreesThatAnUnfinishedCopyIsIncomplete() async throws {
        let folder = try TemporaryDirectory()
        let source = InMemoryEventStore()
        for number in 1...10 { try await source.append(SampleEvents.noted(number), to: "s", expecting: .any) }
        let events = try await source.readAll().collect()
        let path = folder.path("copy.sqlite")
        let copy = try SQLiteEventStore(path: path)
        try await copy.appendVerbatim(Array(events[0..<4]), copying: await source.head())
        let incomplete = try python([path])
        #expect(incomplete.status == 1, "\(incomplete.stderr)")
        #expect(incomplete.stdout == "INCOMPLETE 4 of 10: an unfinished copy (sotong copy stopped before its last batch); "
            + "run the same sotong copy again to finish it\n")
        try await copy.appendVerbatim(Array(events[4...]), copying: await source.head())
        let finished = try python([path])
        #expect(finished.stdout == "OK 10 \(await source.head().hash.hex)\n")
    }

    @Test func printsTheDocumentedVectors() throws {
        let output = try python(["--vectors"])
        #expect(output.stdout.contains("hash     47ce0c64d188b3f0fe929d280e7ffdc4fd651b1a7063f4710408b9415f9ba083"))
        #expect(output.stdout.contains("hash     c63d0f905a7b5c5b9c40e8f9ef64eb48e880d4dfa81aff876827954d41118a41"))
    }
}
