import Foundation
import SotongCore
import SotongDomain
import Testing

/// Every conflict and participation event type: its example round-trips, its documentation
/// matches its payload, and unknown fields are refused.
@Suite struct CivicCatalogTests {
    static let types: [any OfficeEvent.Type] = OfficeCatalog.conflictEventTypes + OfficeCatalog.participationEventTypes

    @Test(arguments: types)
    func exampleRoundTripsAndUnknownFieldsAreRefused(_ type: any OfficeEvent.Type) throws {
        try Self.verify(type)
    }

    static func verify<Event: OfficeEvent>(_ type: Event.Type) throws {
        let data = try CanonicalJSON.encode(Event.example)
        let decoded = try OfficeCatalog.registry.decodeStrictly(type: Event.eventType, schemaVersion: Event.schemaVersion,
                                                                payload: data)
        #expect(decoded as? Event == Event.example)

        // The documented fields are exactly the payload's keys (every example fills its optional fields).
        let json = try CanonicalJSON.decode(JSONValue.self, from: data)
        guard case .object(let members) = json else {
            Issue.record("\(Event.eventType) does not encode as an object")
            return
        }
        #expect(Set(members.keys) == Set(Event.fields.map(\.name)), "\(Event.eventType)")
        #expect(Event.fields.count == Set(Event.fields.map(\.name)).count)
        #expect(Event.fields.allSatisfy { !$0.isPersonal && !$0.meaning.isEmpty })

        var extended = json
        extended["unexpectedField"] = .string("x")
        let error = #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(type: Event.eventType, schemaVersion: Event.schemaVersion,
                                                      payload: try CanonicalJSON.encode(extended))
        }
        #expect(error?.field == "unexpectedField")

        // Every rule sentence starts with a rule code of the event's programme.
        let prefix = Event.eventType.split(separator: ".").first.map(String.init) ?? ""
        #expect(!Event.rules.isEmpty)
        #expect(Event.rules.allSatisfy { $0.hasPrefix(prefix + ".") && $0.contains(": ") }, "\(Event.eventType)")
        #expect(Event.summary.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(Event.eventType)")
    }

    @Test func everyTypeIsInTheCatalogOnce() {
        let names = Self.types.map { $0.eventType }
        #expect(names.count == 29)
        #expect(Set(names).count == names.count)
        #expect(Set(OfficeCatalog.registry.eventTypes).isSuperset(of: names))
    }

    @Test func unknownNestedFieldsAreRefusedWithTheirPath() throws {
        var json = try CanonicalJSON.decode(JSONValue.self, from: try CanonicalJSON.encode(NetworkAgendaRegistered.example))
        guard case .array(var tasks) = json["tasks"] else {
            Issue.record("tasks should be a list")
            return
        }
        tasks[1]["owner"] = .string("x")
        json["tasks"] = .array(tasks)
        let error = #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(type: NetworkAgendaRegistered.eventType, schemaVersion: 1,
                                                      payload: try CanonicalJSON.encode(json))
        }
        #expect(error?.field == "tasks[1].owner")
    }

    @Test func payloadsUseTheDocumentedCodes() throws {
        let text = String(decoding: try CanonicalJSON.encode(FieldDayHeld.example), as: UTF8.self)
        #expect(text == #"{"district":"gyeyang-gu","host":"department-head","hostDepartment":"road-management","site":"계산동 통학로 보도 정비 현장","withCityCouncil":false}"#)
        let cohort = String(decoding: try CanonicalJSON.encode(AdvisoryCohortFormed.example), as: UTF8.self)
        #expect(cohort == #"{"cohort":1,"seats":40,"subcommittee":"youth","termEnd":"2020-03-31","termStart":"2018-04-01"}"#)
    }
}
