import Foundation
import SotongCore
import SotongDomain
import Testing

/// Personal fields are sealed at append, bound to their event and field, and never stored in plaintext.
@Suite struct SealingTests {
    static let secrets = [Secret.name, Secret.phone, "1234-5678"]

    @Test func theLogHoldsOnlySealedPersonalFieldsAndTheChainCoversThem() async throws {
        let s = Scenario()
        let recorded = try await s.when(PetitionReceived.sample("2018-0001"), on: Scenario.at("2018-03-05"))
        let payload = String(decoding: recorded.payload, as: UTF8.self)
        for secret in Self.secrets { #expect(!payload.contains(secret), "plaintext in the stored payload") }
        let stored = try CanonicalJSON.decode(JSONValue.self, from: recorded.payload)
        guard case .string(let name)? = stored["petitioner"]?["name"], case .string(let phone)? = stored["petitioner"]?["phone"]
        else { Issue.record("the personal fields are missing"); return }
        #expect(name.hasPrefix("sotong:sealed:v1:") && phone.hasPrefix("sotong:sealed:v1:"))
        #expect(stored["petitioner"]?["subject"] == .string("subject-2018-0001"))
        // The chain hashes exactly these bytes.
        #expect(recorded.computedHash() == recorded.hash)
        #expect(try await s.store.verify().isIntact)
        // Decoded, the fields are sealed: nothing readable, nothing in a description.
        let event = try #require(try await s.entries("2018-0001").first?.event as? PetitionReceived)
        #expect(event.petitioner.name.isSealed && event.petitioner.name.plaintext == nil)
        #expect(event.petitioner.name.masked == "***" && "\(event.petitioner.name)" == "***")
        #expect(!String(describing: event).contains(Secret.name))
    }

    @Test func withoutAKeyStoreAPetitionIsRefusedAndNothingIsStored() async throws {
        let store = InMemoryEventStore(clock: .fixed(Scenario.at("2018-03-06")))
        let office = Office(store: store, clock: .fixed(Scenario.at("2018-03-06")))
        do {
            try await office.record(PetitionReceived.sample(), context: RecordContext(actor: "clerk", occurredAt: Scenario.at("2018-03-05")))
            Issue.record("plaintext personal data was accepted without a key store")
        } catch let error as DomainError {
            #expect(error.rule == "privacy.key-store-required")
            for secret in Self.secrets { #expect(!error.description.contains(secret)) }
        }
        #expect(await store.head() == .empty)
        // Events without personal data need no key store.
        let session = try await office.record(
            AcademySessionHeld(title: "소통아카데미", participants: 95, departmentsAttending: ["budget"]),
            context: RecordContext(actor: "clerk", occurredAt: Scenario.at("2018-03-05")))
        #expect(session.position == 1)
    }

    @Test func aCiphertextOpensOnlyForItsKeyEventAndField() throws {
        let key = SealedValue.newKey(), other = SealedValue.newKey()
        let event = UUID(), another = UUID()
        let token = try SealedValue.seal(Secret.name, key: key, eventID: event, field: "petitioner.name")
        #expect(try SealedValue.open(token, key: key, eventID: event, field: "petitioner.name") == Secret.name)
        #expect(throws: SealError.doesNotOpen(field: "petitioner.name")) {
            try SealedValue.open(token, key: other, eventID: event, field: "petitioner.name")
        }
        #expect(throws: SealError.doesNotOpen(field: "petitioner.name")) {
            try SealedValue.open(token, key: key, eventID: another, field: "petitioner.name")
        }
        #expect(throws: SealError.doesNotOpen(field: "petitioner.phone")) {
            try SealedValue.open(token, key: key, eventID: event, field: "petitioner.phone")
        }
        // One flipped bit of the ciphertext.
        var bytes = Data(base64Encoded: String(token.dropFirst(SealedValue.prefix.count)))!
        bytes[14] ^= 0x01
        #expect(throws: SealError.doesNotOpen(field: "petitioner.name")) {
            try SealedValue.open(SealedValue.prefix + bytes.base64EncodedString(), key: key, eventID: event, field: "petitioner.name")
        }
        // Two seals of one value differ (random nonces): equal names cannot be matched across events.
        #expect(try SealedValue.seal(Secret.name, key: key, eventID: event, field: "petitioner.name") != token)
        #expect(!SealError.doesNotOpen(field: "petitioner.name").description.contains(Secret.name))
    }

    @Test func aCiphertextSwappedIntoAnotherEventDoesNotOpen() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        let first = try #require(try await s.entries("2018-0001").first?.event as? PetitionReceived)
        // Same subject, so the same key: only the associated data (event id, field) tells them apart.
        var swapped = PetitionReceived.sample("2018-0002")
        swapped.petitioner = Petitioner(subject: "subject-2018-0001", name: first.petitioner.phone!,
                                        phone: first.petitioner.name)
        try await s.when(swapped, on: Scenario.at("2018-03-06"))
        let reader = PersonalDataReader(store: s.store, keys: s.keys, clock: .fixed(s.now))
        await #expect(throws: SealError.doesNotOpen(field: "petitioner.name")) {
            try await reader.read(subject: "subject-2018-0001", purpose: "감사", actor: "auditor:park")
        }
    }

    @Test func malformedSealedValuesAreRefusedWhenDecoded() throws {
        let payload = #"{"channel":"visit","department":"d","district":"jung-gu","kind":"other","petitionID":"2018-0009","#
            + #""petitioner":{"name":"sotong:sealed:v1:not-base64!","subject":"s-1"},"subject":"s"}"#
        #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(type: "petition.received", schemaVersion: 2, payload: Data(payload.utf8))
        }
    }
}
