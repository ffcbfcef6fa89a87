import Foundation
import SotongCore
import SotongDomain
import Testing

/// Every event type of the organisation, plan and indicators programmes: examples round-trip
/// through the registry, unknown fields are refused, and the documentation covers the payload.
@Suite struct OrganisationPlanIndicatorCatalogTests {
    static let types: [any OfficeEvent.Type] =
        OfficeCatalog.organisationEventTypes + OfficeCatalog.planEventTypes + OfficeCatalog.indicatorEventTypes

    @Test func listsTheBriefsEventTypes() {
        #expect(Self.types.map { $0.eventType } == [
            "organisation.team-established", "organisation.quota-set", "staff.assigned", "staff.transferred", "staff.left",
            "staff.training-dispatched", "staff.training-returned", "budget.annual-set", "plan.goal-registered",
            "plan.strategy-registered", "plan.task-registered", "plan.project-registered", "indicator.defined",
            "indicator.target-set", "indicator.historical-actual-recorded",
        ])
    }

    @Test(arguments: Self.types)
    func exampleRoundTripsAndUnknownFieldsAreRefused(_ type: any OfficeEvent.Type) throws {
        try check(type)
    }

    private func check<Event: OfficeEvent>(_ type: Event.Type) throws {
        let registry = OfficeCatalog.registry
        let payload = try CanonicalJSON.encode(Event.example)
        let decoded = try registry.decodeStrictly(type: Event.eventType, schemaVersion: Event.schemaVersion, payload: payload)
        #expect(decoded as? Event == Event.example)

        let object = try CanonicalJSON.decode(JSONValue.self, from: payload)
        guard case .object(let members) = object else {
            Issue.record("\(Event.eventType) does not encode as an object")
            return
        }
        // The example fills every field, so the documented fields are exactly the payload's keys.
        #expect(Set(members.keys) == Set(Event.fields.map(\.name)), "\(Event.eventType)")
        #expect(Event.fields.count == Set(Event.fields.map(\.name)).count)
        #expect(Event.fields.allSatisfy { !$0.isPersonal && !$0.meaning.isEmpty })
        #expect(!Event.summary.isEmpty && !Event.rules.isEmpty)
        // Every rule sentence names the code its refusal carries.
        #expect(Event.rules.allSatisfy { $0.hasSuffix(").") && $0.contains("(") }, "\(Event.eventType)")

        var extended = object
        extended["unexpectedField"] = .string("x")
        let error = #expect(throws: PayloadError.self) {
            try registry.decodeStrictly(type: Event.eventType, schemaVersion: Event.schemaVersion,
                                        payload: try CanonicalJSON.encode(extended))
        }
        #expect(error?.field == "unexpectedField")
    }

    @Test func nestedUnknownFieldsAreRefusedByPath() throws {
        var object = try CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(IndicatorDefined.example))
        object["counting"]?["weight"] = .number(2)
        let error = #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(type: IndicatorDefined.eventType, schemaVersion: 1,
                                                      payload: try CanonicalJSON.encode(object))
        }
        #expect(error?.field == "counting.weight")
    }

    @Test func payloadsUseTheDocumentedCodes() throws {
        let assigned = String(decoding: try CanonicalJSON.encode(StaffAssigned.example), as: UTF8.self)
        #expect(assigned == #"{"grade":6,"jobSeries":"facilities","role":"직소민원실","staff":"S-1043","team":"direct-petitions"}"#)
        let counting = String(decoding: try CanonicalJSON.encode(IndicatorCounting(
            eventTypes: ["academy.session-held"], measure: .sumParticipants)), as: UTF8.self)
        #expect(counting == #"{"eventTypes":["academy.session-held"],"measure":"sum-participants"}"#)
        let dispatched = String(decoding: try CanonicalJSON.encode(StaffTrainingDispatched.example), as: UTF8.self)
        #expect(dispatched == #"{"institution":"지방행정연수원","staff":"S-0877","until":"2017-06-30"}"#)
    }
}
