import Foundation
@testable import SotongCore
import Testing

/// The hand-written fast paths behind appends and reads (Docs/Performance.md) give exactly what the
/// Foundation calls they replace gave.
@Suite struct FastPathTests {
    @Test func uuidTextIsTheLowercaseUUIDString() {
        for _ in 0..<500 {
            let id = UUID()
            #expect(UUIDText.string(id) == id.uuidString.lowercased())
            var bytes: [UInt8] = []
            UUIDText.withText(of: id) { bytes.append(contentsOf: $0) }
            #expect(String(decoding: bytes, as: UTF8.self) == id.uuidString.lowercased())
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
    }

    @Test func onlyTheCanonicalLowercaseTextParses() {
        let text = "6f1c2a3b-4d5e-4f60-8172-93a4b5c6d7e8"
        #expect(UUIDText.parse(text) == UUID(uuidString: text))
        for other in [text.uppercased(), "{\(text)}", text.replacingOccurrences(of: "-", with: ""),
                      String(text.dropLast()), text + "0", "6f1c2a3b-4d5e-4f60-8172_93a4b5c6d7e8",
                      "6f1c2a3b-4d5e-4f60-8172-93a4b5c6d7eg", ""] {
            #expect(UUIDText.parse(other) == nil, "\(other)")
        }
    }

    /// The direct preimage of a recorded event hashes as its stored fields do.
    @Test func recordedEventsHashAsTheirFields() {
        let payload = Data(#"{"subject":"버스 노선 조정"}"#.utf8)
        for (correlation, causation, reason) in [(nil, nil, nil), (UUID(), UUID(), "민원 처리에 관한 법률 제27조"),
                                                 (UUID(), nil, "")] as [(UUID?, UUID?, String?)] {
            let event = RecordedEvent(
                id: UUID(), stream: "petition-2018-0000001", streamVersion: 3, position: 42, type: "petition.received",
                schemaVersion: 2, occurredAt: Date(timeIntervalSince1970: 1_514_764_800.123),
                recordedAt: Date(timeIntervalSince1970: 1_514_764_801.5),
                metadata: EventMetadata(actor: "clerk:kim", correlationID: correlation, causationID: causation,
                                        reason: reason),
                payload: payload, previousHash: ChainHash(bytes: Data(repeating: 7, count: 32))!, hash: .genesis)
            #expect(ChainHasher.hash(of: event, previous: event.previousHash)
                        == ChainHasher.hash(of: ChainHasher.Fields(event), previous: event.previousHash))
        }
    }

    /// The byte-wise checks accept and refuse what the Unicode-property checks did.
    @Test func typeStreamAndActorChecks() {
        func valid(type: String, actor: String = "clerk:kim") -> Bool {
            let event = EventData(type: type, payload: Data("{}".utf8), occurredAt: Date(),
                                  metadata: EventMetadata(actor: actor))
            return (try? event.validate(index: 0)) != nil
        }
        for type in ["petition.received", "a-b_c.9", "Z"] { #expect(valid(type: type), "\(type)") }
        for type in ["petition received", "청원", "pétition", "a/b", "a\u{7F}", "a:b", "½"] {
            #expect(!valid(type: type), "\(type)")
        }
        for actor in ["", " ", "\n\t", "\u{3000}", "\u{00A0}"] { #expect(!valid(type: "a", actor: actor), "'\(actor)'") }
        for actor in [" kim", "김", "x\u{3000}"] { #expect(valid(type: "a", actor: actor), "'\(actor)'") }
        #expect(StreamID("petition-1").problem == nil)
        #expect(StreamID("청원-1").problem == nil)
        #expect(StreamID("a\u{1}b").problem != nil)
        #expect(StreamID("a\u{7F}b").problem != nil)
        #expect(StreamID("가\u{85}나").problem != nil)
        #expect(StreamID("a\tb").problem != nil)
    }
}
