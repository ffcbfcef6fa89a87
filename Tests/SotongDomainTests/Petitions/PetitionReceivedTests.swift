import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct PetitionReceivedTests {
    @Test func acceptsAPetitionAndStoresItInItsOwnStream() async throws {
        let s = Scenario()
        let recorded = try await s.when(PetitionReceived.sample("2018-0001"), on: Scenario.at("2018-03-05"))
        #expect(recorded.stream == "petition-2018-0001")
        #expect(recorded.type == "petition.received")
        #expect(recorded.schemaVersion == 2)
        let state = try #require(PetitionState(try await s.entries("2018-0001")))
        #expect(state.status == .open)
        #expect(state.kind == .grievance)
        #expect(state.department == "transport-policy")
        #expect(state.receivedAt == Scenario.at("2018-03-05"))
    }

    @Test func refusesASecondReceipt() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.expectRefused(PetitionReceived.sample("2018-0001"), on: Scenario.at("2018-03-06"),
                                  rule: "petition.already-received")
    }

    @Test func refusesAnEmptyOrOverlongSubject() async throws {
        let s = Scenario()
        try await s.expectRefused(PetitionReceived.sample(subject: " "), on: Scenario.at("2018-03-05"),
                                  rule: "petition.text-required")
        try await s.expectRefused(PetitionReceived.sample(subject: text(201)), on: Scenario.at("2018-03-05"),
                                  rule: "petition.text-too-long")
        try await s.when(PetitionReceived.sample(subject: text(200)), on: Scenario.at("2018-03-05"))
    }

    @Test func refusesAnEmptyPetitionerName() async throws {
        let s = Scenario()
        var event = PetitionReceived.sample()
        event.petitioner.name = Personal("")
        try await s.expectRefused(event, on: Scenario.at("2018-03-05"), rule: "petition.text-required")
    }

    @Test func personalDataNeverReachesStreamsMetadataOrMessages() async throws {
        let s = Scenario()
        let recorded = try await s.when(PetitionReceived.sample("2018-0001"), on: Scenario.at("2018-03-05"))
        let metadata = String(decoding: try CanonicalJSON.encode(recorded.metadata), as: UTF8.self)
        for secret in [Secret.name, Secret.phone, "1234-5678"] {
            #expect(!recorded.stream.rawValue.contains(secret))
            #expect(!metadata.contains(secret))
        }

        do {
            try await s.office.record(PetitionReceived.sample("2018-0001"), context: s.context(Scenario.at("2018-03-06")))
            Issue.record("a second receipt was accepted")
        } catch let error as DomainError {
            #expect(error.rule == "petition.already-received")
            for secret in [Secret.name, Secret.phone, "1234-5678"] {
                #expect(!error.description.contains(secret))
                #expect(!String(describing: error).contains(secret))
            }
        }

        var longName = PetitionReceived.sample("2018-0002")
        longName.petitioner.name = Personal(Secret.name + text(100))
        longName.petitioner.phone = Personal(Secret.phone + " " + text(100))
        do {
            try await s.office.record(longName, context: s.context(Scenario.at("2018-03-06")))
            Issue.record("an overlong name was accepted")
        } catch let error as DomainError {
            #expect(error.rule == "petition.text-too-long")
            #expect(error.field == "petitioner.name")
            #expect(!error.description.contains(Secret.name))
            #expect(!error.description.contains(Secret.phone))
        }
    }
}

@Suite struct PetitionUpcasterTests {
    static let v1Payload = #"{"channel":"phone","department":"road-management","district":"seo-gu","#
        + #""kind":"inquiry","petitionID":"2016-0007","petitionerName":"홍길동","#
        + #""petitionerPhone":"010-1234-5678","subject":"보도블록 파손 신고"}"#

    static let expected = PetitionReceived(
        petitionID: "2016-0007", channel: .phone, kind: .inquiry, subject: "보도블록 파손 신고", district: .seo,
        department: "road-management",
        petitioner: Petitioner(subject: "subject-2016-0007", name: Personal(Secret.name),
                               phone: Personal(Secret.phone), address: nil))

    @Test func aVersionOnePayloadDecodesToVersionTwoAndTheRulesWorkOnIt() async throws {
        let s = Scenario()
        let raw = EventData(type: "petition.received", schemaVersion: 1, payload: Data(Self.v1Payload.utf8),
                            occurredAt: Scenario.at("2016-05-02"), metadata: EventMetadata(actor: "import:legacy"))
        try await s.store.append(raw, to: "petition-2016-0007", expecting: .noStream)

        let entries = try await s.entries("2016-0007")
        #expect(entries.count == 1)
        #expect(entries.first?.event as? PetitionReceived == Self.expected)

        try await s.when(PetitionAssigned(petitionID: "2016-0007", department: "transport-policy"),
                         on: Scenario.at("2016-05-03"))
        try await s.expectRefused(PetitionReceived.sample("2016-0007"), on: Scenario.at("2016-05-04"),
                                  rule: "petition.already-received")
        let state = try #require(PetitionState(try await s.entries("2016-0007")))
        #expect(state.department == "transport-policy")
        #expect(state.kind == .inquiry)
        #expect(state.dueDate(in: HolidayCalendar()) == Scenario.at("2016-05-10", hour: 18))
    }

    @Test func aVersionOnePayloadWithoutPhoneHasNoPhone() throws {
        let payload = #"{"channel":"written","department":"d","district":"jung-gu","kind":"other","#
            + #""petitionID":"2016-0008","petitionerName":"김예시","subject":"s"}"#
        let event = try OfficeCatalog.registry.decodeStrictly(
            type: "petition.received", schemaVersion: 1, payload: Data(payload.utf8)) as? PetitionReceived
        #expect(event?.petitioner == Petitioner(subject: "subject-2016-0008", name: Personal("김예시")))
        #expect(event?.channel == .written)
    }

    @Test func aVersionOnePayloadWithoutNameIsRefusedNamingTheField() throws {
        let payload = #"{"channel":"visit","department":"d","district":"jung-gu","kind":"other","#
            + #""petitionID":"2016-0009","subject":"s"}"#
        #expect(throws: PayloadError(field: "petitionerName", reason: "is missing")) {
            try OfficeCatalog.registry.decodeStrictly(type: "petition.received", schemaVersion: 1,
                                                      payload: Data(payload.utf8))
        }
    }
}
