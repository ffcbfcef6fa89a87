import Foundation
import SotongCore
import Testing

/// The vectors published in Docs/StoredFormat.md; Scripts/sotong_verify.py --vectors prints the same.
@Suite struct ChainHasherTests {
    static let first = ChainHasher.Fields(
        position: 1, eventID: "00000000-0000-4000-8000-000000000001", streamID: "petition-2017-0001",
        streamVersion: 1, eventType: "petition.received", schemaVersion: 2, occurredAtMilliseconds: 1_483_405_920_000,
        recordedAtMilliseconds: 1_483_405_925_123, actor: "clerk:kim", correlationID: nil, causationID: nil, reason: nil,
        payload: Data(#"{"channel":"visit","subject":"버스 노선 조정"}"#.utf8))
    static let second = ChainHasher.Fields(
        position: 2, eventID: "00000000-0000-4000-8000-000000000002", streamID: "petition-2017-0001",
        streamVersion: 2, eventType: "petition.outcome-recorded", schemaVersion: 1,
        occurredAtMilliseconds: 1_484_006_400_000, recordedAtMilliseconds: 1_484_006_400_000, actor: "clerk:kim",
        correlationID: "00000000-0000-4000-8000-0000000000aa", causationID: "00000000-0000-4000-8000-000000000001",
        reason: "민원 처리에 관한 법률 제27조", payload: Data(#"{"outcome":"completed"}"#.utf8))

    @Test func matchesThePublishedVectors() {
        let hash1 = ChainHasher.hash(of: Self.first, previous: .genesis)
        #expect(hash1.hex == "47ce0c64d188b3f0fe929d280e7ffdc4fd651b1a7063f4710408b9415f9ba083")
        let hash2 = ChainHasher.hash(of: Self.second, previous: hash1)
        #expect(hash2.hex == "c63d0f905a7b5c5b9c40e8f9ef64eb48e880d4dfa81aff876827954d41118a41")
    }

    @Test func thePreimageStartsWithTheDomainSeparatorAndPosition() {
        let bytes = ChainHasher.preimage(of: Self.first, previous: .genesis)
        #expect(bytes.prefix(16) == Data("sotong/event/v1\0".utf8))
        #expect(Array(bytes[16..<24]) == [0, 0, 0, 0, 0, 0, 0, 1])
        #expect(bytes[24..<56] == Data(count: 32))
    }

    @Test func everyFieldChangesTheHash() {
        let base = ChainHasher.hash(of: Self.second, previous: .genesis)
        var variants: [ChainHasher.Fields] = []
        for change in 0..<13 {
            var fields = Self.second
            switch change {
            case 0: fields.position += 1
            case 1: fields.eventID = "00000000-0000-4000-8000-000000000003"
            case 2: fields.streamID += "x"
            case 3: fields.streamVersion += 1
            case 4: fields.eventType += "x"
            case 5: fields.schemaVersion += 1
            case 6: fields.occurredAtMilliseconds += 1
            case 7: fields.recordedAtMilliseconds += 1
            case 8: fields.actor += "x"
            case 9: fields.correlationID = nil
            case 10: fields.causationID = nil
            case 11: fields.reason = ""
            default: fields.payload.append(0x20)
            }
            variants.append(fields)
        }
        let hashes = Set(variants.map { ChainHasher.hash(of: $0, previous: .genesis) } + [base])
        #expect(hashes.count == 14)
        #expect(ChainHasher.hash(of: Self.second, previous: ChainHasher.hash(of: Self.first, previous: .genesis)) != base)
    }

    @Test func hexRoundTrips() throws {
        let hash = ChainHasher.hash(of: Self.first, previous: .genesis)
        #expect(ChainHash(hex: hash.hex) == hash)
        #expect(ChainHash(hex: "zz") == nil)
        #expect(ChainHash(bytes: Data(count: 31)) == nil)
        #expect(ChainHash.genesis.hex == String(repeating: "0", count: 64))
    }
}
