import Foundation
import SotongCore
import SotongDomain
import Testing

/// Signed checkpoints: the format, the signature, and the forgery plain verification cannot see.
@Suite struct CheckpointTests {
    static let time = RFC3339.date(from: "2018-12-31T09:00:00Z")!

    /// A log of `count` academy sessions; `altered` changes the participants of the second.
    static func log(_ count: Int, altered: Bool = false) async throws -> InMemoryEventStore {
        let store = InMemoryEventStore(clock: .fixed(time))
        let office = Office(store: store, clock: .fixed(time))
        for index in 1...count {
            let participants = altered && index == 2 ? 9 : 90 + index
            try await office.record(AcademySessionHeld(title: "소통아카데미 \(index)회", participants: participants,
                                                       departmentsAttending: ["budget"]),
                                    context: RecordContext(actor: "clerk:kim", occurredAt: Scenario.at("2018-03-0\(index)"),
                                                           eventID: UUID(uuidString: "00000000-0000-4000-8000-00000000000\(index)")!))
        }
        return store
    }

    @Test func aCheckpointRoundTripsThroughItsTextAndVerifies() async throws {
        let key = CheckpointSigningKey()
        let store = try await Self.log(3)
        let checkpoint = try Checkpoint.sign(origin: "store-a", head: await store.head(), time: Self.time, key: key)
        let lines = checkpoint.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0] == "sotong-checkpoint v1" && lines[1] == "origin store-a" && lines[2] == "size 3")
        #expect(lines[3] == "hash " + (await store.head().hash.hex))
        #expect(lines[4] == "time 2018-12-31T09:00:00.000Z" && lines[5].hasPrefix("signature "))
        let parsed = try Checkpoint.parse(checkpoint.text)
        #expect(parsed == checkpoint && parsed.isSigned(by: key.publicKey))
        #expect(try await parsed.check(store, storeID: "store-a", publicKey: key.publicKey).isIntact)
        // The log grows: it still extends the checkpoint.
        try await Office(store: store, clock: .fixed(Self.time)).record(
            AcademySessionHeld(title: "소통아카데미 4회", participants: 80, departmentsAttending: ["budget"]),
            context: RecordContext(actor: "clerk:kim", occurredAt: Scenario.at("2018-03-05")))
        #expect(try await parsed.check(store, storeID: "store-a", publicKey: key.publicKey).head.position == 4)
        // Keys round-trip through their files.
        let reread = try CheckpointSigningKey(fileText: key.fileText)
        #expect(try CheckpointPublicKey(fileText: reread.publicKey.fileText).fileText == key.publicKey.fileText)
    }

    @Test func aWrongKeyAnEditedLineOrAnotherLogFails() async throws {
        let key = CheckpointSigningKey()
        let store = try await Self.log(3)
        let checkpoint = try Checkpoint.sign(origin: "store-a", head: await store.head(), time: Self.time, key: key)
        await #expect(throws: CheckpointError.badSignature) {
            try await checkpoint.check(store, storeID: "store-a", publicKey: CheckpointSigningKey().publicKey)
        }
        let edited = try Checkpoint.parse(checkpoint.text.replacingOccurrences(of: "size 3", with: "size 2"))
        #expect(!edited.isSigned(by: key.publicKey))
        await #expect(throws: CheckpointError.otherOrigin(checkpoint: "store-a", store: "store-b")) {
            try await checkpoint.check(store, storeID: "store-b", publicKey: key.publicKey)
        }
        #expect(throws: CheckpointError.self) { try Checkpoint.parse("sotong-checkpoint v1\norigin a\n") }
        #expect(throws: CheckpointError.self) { try CheckpointPublicKey(fileText: key.fileText) }
        // A truncated log (shorter than the checkpoint) does not extend it.
        let shorter = try await Self.log(2)
        await #expect(throws: CheckpointError.self) {
            try await checkpoint.check(shorter, storeID: "store-a", publicKey: key.publicKey)
        }
    }

    @Test func aRewrittenHistoryWithRecomputedHashesPassesVerifyButNotTheCheckpoint() async throws {
        let key = CheckpointSigningKey()
        let original = try await Self.log(3)
        let checkpoint = try Checkpoint.sign(origin: "store-a", head: await original.head(), time: Self.time, key: key)
        // The insider rebuilds the log with the second event altered: every hash recomputed, same length.
        let forged = try await Self.log(3, altered: true)
        #expect(try await forged.verify().isIntact, "plain verification cannot see the rewrite")
        #expect(await forged.head().position == 3)
        await #expect(throws: CheckpointError.notExtended(.init(position: 3, reason: .headMismatch))) {
            try await checkpoint.check(forged, storeID: "store-a", publicKey: key.publicKey)
        }
    }
}
