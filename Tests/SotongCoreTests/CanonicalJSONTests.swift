import Foundation
import SotongCore
import Testing

struct Note: DomainEvent {
    static let eventType = "note.written"
    static let schemaVersion = 2
    var text: String
    var language: String
    var at: Date?
}

@Suite struct CanonicalJSONTests {
    @Test func sortsKeysAndKeepsSlashesAndKorean() throws {
        let bytes = try CanonicalJSON.encode(["b": "소통/a", "a": "x"])
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"a":"x","b":"소통/a"}"#)
    }

    @Test func encodesDatesAsRFC3339WithMilliseconds() throws {
        let note = Note(text: "t", language: "ko", at: Date(timeIntervalSince1970: 1_512_000_000.5))
        let text = String(decoding: try CanonicalJSON.encode(note), as: UTF8.self)
        #expect(text == #"{"at":"2017-11-30T00:00:00.500Z","language":"ko","text":"t"}"#)
        #expect(try CanonicalJSON.decode(Note.self, from: Data(text.utf8)) == note)
        #expect(RFC3339.date(from: "2017-11-30T09:00:00+09:00") == Date(timeIntervalSince1970: 1_512_000_000))
    }

    @Test func strictDecodingNamesUnknownAndMissingFields() throws {
        #expect(throws: PayloadError(field: "colour", reason: "is not a known field")) {
            try CanonicalJSON.decodeStrictly(Note.self, from: Data(#"{"text":"t","language":"ko","colour":"red"}"#.utf8))
        }
        #expect(throws: PayloadError(field: "language", reason: "is missing")) {
            try CanonicalJSON.decodeStrictly(Note.self, from: Data(#"{"text":"t"}"#.utf8))
        }
        #expect(throws: PayloadError(field: "text", reason: "should be a string")) {
            try CanonicalJSON.decodeStrictly(Note.self, from: Data(#"{"text":5,"language":"ko"}"#.utf8))
        }
        #expect(throws: PayloadError.self) { try CanonicalJSON.decodeStrictly(Note.self, from: Data("{".utf8)) }
        // An explicit null for an optional field is not an unknown field.
        let note = try CanonicalJSON.decodeStrictly(Note.self, from: Data(#"{"text":"t","language":"ko","at":null}"#.utf8))
        #expect(note.at == nil)
    }
}

@Suite struct EventRegistryTests {
    func registry() -> EventRegistry {
        var registry = EventRegistry()
        registry.register(Note.self)
        registry.registerUpcaster(for: "note.written", from: 1) { old in
            var new = old
            new["language"] = .string("ko")
            return new
        }
        return registry
    }

    func recorded(_ payload: String, version: Int, type: String = "note.written") -> RecordedEvent {
        RecordedEvent(id: UUID(), stream: "s", streamVersion: 1, position: 1, type: type, schemaVersion: version,
                      occurredAt: Date(), recordedAt: Date(), metadata: .init(actor: "a"), payload: Data(payload.utf8),
                      previousHash: .genesis, hash: .genesis)
    }

    @Test func upcastsOldPayloads() throws {
        let note = try registry().decode(recorded(#"{"text":"old"}"#, version: 1), as: Note.self)
        #expect(note == Note(text: "old", language: "ko", at: nil))
        let current = try registry().decode(recorded(#"{"text":"new","language":"en"}"#, version: 2), as: Note.self)
        #expect(current.language == "en")
    }

    @Test func refusesUnknownTypesAndFutureVersions() throws {
        #expect(throws: PayloadError.self) { try registry().decode(recorded("{}", version: 1, type: "note.erased")) }
        #expect(throws: PayloadError.self) { try registry().decode(recorded(#"{"text":"x","language":"ko"}"#, version: 3)) }
        #expect(registry().eventTypes == ["note.written"])
        #expect(registry().schemaVersion(of: "note.written") == 2)
    }

    @Test func typedEventsBecomeEventData() throws {
        let data = try EventData(Note(text: "t", language: "ko"), occurredAt: Date(), metadata: .init(actor: "a"))
        #expect(data.type == "note.written")
        #expect(data.schemaVersion == 2)
        #expect(String(decoding: data.payload, as: UTF8.self) == #"{"language":"ko","text":"t"}"#)
    }
}
