import Foundation
@testable import SotongCore
import Testing

/// New event ids use the UUID version 7 layout (RFC 9562): 48-bit Unix milliseconds, version 7,
/// the RFC variant, random bits; ids given explicitly are kept as given.
@Suite struct TimeOrderedIDTests {
    @Test func layoutIsVersionSevenWithTheRFCVariant() {
        let before = Int64(Date().timeIntervalSince1970 * 1_000)
        let ids = (0..<1_000).map { _ in TimeOrderedID.next() }
        let after = Int64(Date().timeIntervalSince1970 * 1_000)
        for id in ids {
            let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
            #expect(bytes[6] >> 4 == 7, "version nibble of \(id)")
            #expect(bytes[8] >> 6 == 0b10, "variant of \(id)")
            let milliseconds = TimeOrderedID.milliseconds(of: id)
            #expect(milliseconds >= before - 1 && milliseconds <= after + 1)
            #expect(UUIDText.string(id).dropFirst(14).first == "7")
        }
        #expect(Set(ids).count == ids.count)
    }

    @Test func millisecondPrefixNeverGoesBackwardsWithinAProcess() {
        var last = Int64.min
        for _ in 0..<20_000 {
            let milliseconds = TimeOrderedID.milliseconds(of: TimeOrderedID.next())
            #expect(milliseconds >= last)
            last = milliseconds
        }
    }

    @Test func idsOfLaterMillisecondsSortAfterEarlierOnesAsStoredText() {
        let random = UUID()
        let early = TimeOrderedID.make(milliseconds: 1_700_000_000_000, random: random)
        let late = TimeOrderedID.make(milliseconds: 1_700_000_000_001, random: UUID())
        #expect(UUIDText.string(early) < UUIDText.string(late))
        #expect(TimeOrderedID.milliseconds(of: early) == 1_700_000_000_000)
        // Only the time, the version and the variant replace the random id's bits.
        let randomBytes = withUnsafeBytes(of: random.uuid) { Array($0) }
        let earlyBytes = withUnsafeBytes(of: early.uuid) { Array($0) }
        #expect(earlyBytes[6] & 0x0F == randomBytes[6] & 0x0F)
        #expect(earlyBytes[8] & 0x3F == randomBytes[8] & 0x3F)
        #expect(earlyBytes[9...] == randomBytes[9...])
    }

    @Test func defaultEventIDsAreTimeOrderedAndGivenOnesKept() {
        let metadata = EventMetadata(actor: "test:clerk")
        let minted = EventData(type: "sample.noted", payload: Data("{}".utf8), occurredAt: Date(), metadata: metadata)
        #expect(withUnsafeBytes(of: minted.id.uuid) { $0[6] >> 4 } == 7)
        let given = UUID(uuidString: "6f1c2a3b-4d5e-4f60-8172-93a4b5c6d7e8")!
        let kept = EventData(id: given, type: "sample.noted", payload: Data("{}".utf8), occurredAt: Date(), metadata: metadata)
        #expect(kept.id == given)
    }
}
