import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct PetitionCatalogTests {
    static let types: [any OfficeEvent.Type] = OfficeCatalog.petitionsEventTypes + OfficeCatalog.deadlinesEventTypes

    @Test func listsTheProgrammesEventTypes() {
        #expect(Self.types.map { $0.eventType } == [
            "petition.received", "petition.assigned", "petition.transferred", "petition.consultation-held",
            "petition.mayor-meeting-held", "petition.outreach-meeting-held", "petition.extension-granted",
            "petition.notice-sent", "petition.outcome-recorded", "petition.card-updated", "petition.reopened",
            "petition.closed-as-repeat", "calendar.holidays-published",
        ])
        #expect(OfficeCatalog.registry.schemaVersion(of: "petition.received") == 2)
        #expect(OfficeCatalog.registry.schemaVersion(of: "petition.assigned") == 1)
    }

    @Test(arguments: types.map { $0.eventType })
    func exampleRoundTripsAndUnknownFieldsAreRefused(_ eventType: String) throws {
        let type = try #require(Self.types.first { $0.eventType == eventType })
        try roundTrip(type)
    }

    @Test func marksOnlyThePetitionersDataAsPersonal() {
        let personal = Self.types.flatMap { type in type.fields.filter(\.isPersonal).map { "\(type.eventType) \($0.name)" } }
        #expect(personal == ["petition.received petitioner.name", "petition.received petitioner.phone",
                             "petition.received petitioner.address"])
    }

    func roundTrip<Event: OfficeEvent>(_ type: Event.Type) throws {
        let payload = try CanonicalJSON.encode(Event.example)
        let decoded = try OfficeCatalog.registry.decodeStrictly(type: Event.eventType, schemaVersion: Event.schemaVersion,
                                                                payload: payload)
        #expect(decoded as? Event == Event.example)

        // Every payload key is documented, in the catalog's order.
        guard case .object(var members) = try CanonicalJSON.decode(JSONValue.self, from: payload) else {
            Issue.record("\(Event.eventType) example is not an object")
            return
        }
        let documented = Event.fields.map(\.name)
        #expect(Set(members.keys).isSubset(of: Set(documented)), "\(Event.eventType): undocumented keys")
        #expect(!Event.rules.isEmpty)
        #expect(!Event.summary.isEmpty)

        members["unexpectedField"] = .bool(true)
        let extra = try CanonicalJSON.encode(JSONValue.object(members))
        #expect(throws: PayloadError(field: "unexpectedField", reason: "is not a known field")) {
            try OfficeCatalog.registry.decodeStrictly(type: Event.eventType, schemaVersion: Event.schemaVersion,
                                                      payload: extra)
        }
    }
}
