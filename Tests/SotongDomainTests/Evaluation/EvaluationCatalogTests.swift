import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct EvaluationCatalogTests {
    static let types: [any OfficeEvent.Type] = OfficeCatalog.evaluationEventTypes

    @Test func listsTheFiveEventTypesInOrder() {
        #expect(Self.types.map { $0.eventType } == [
            "evaluation.scheme-adopted", "evaluation.head-registered", "evaluation.scored",
            "evaluation.score-corrected", "evaluation.round-completed",
        ])
        #expect(EvaluationItem.allCases.map(\.koreanLabel) == [
            "소통계획 수립", "교육참여도", "정책고객 관리", "제도개선", "소통관리", "민원처리", "현장소통",
        ])
        #expect(EvaluationItem.allCases.filter { !$0.isDerived } == [
            .communicationPlan, .policyCustomerManagement, .systemImprovement, .communicationManagement,
        ])
        #expect(EvaluationItem.parse("민원처리") == .petitionHandling)
    }

    @Test(arguments: OfficeCatalog.evaluationEventTypes.map(EvaluationTypeBox.init))
    func exampleRoundTripsAndRefusesUnknownFields(box: EvaluationTypeBox) throws {
        try Self.roundTrip(box.type)
    }

    private static func roundTrip<Event: OfficeEvent>(_ type: Event.Type) throws {
        let payload = try CanonicalJSON.encode(Event.example)
        let decoded = try OfficeCatalog.registry.decodeStrictly(
            type: Event.eventType, schemaVersion: Event.schemaVersion, payload: payload)
        #expect(decoded as? Event == Event.example)
        #expect(!Event.summary.isEmpty && !Event.rules.isEmpty)

        // Every payload key is documented, in order.
        guard case .object(let members) = try CanonicalJSON.decode(JSONValue.self, from: payload) else {
            Issue.record("the example of \(Event.eventType) is not an object")
            return
        }
        let documented = Event.fields.map(\.name).filter { !$0.contains(".") && !$0.contains("[") }
        #expect(Set(documented) == Set(members.keys))

        var extended = try CanonicalJSON.decode(JSONValue.self, from: payload)
        extended["remarks"] = .string("extra")
        let error = #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(
                type: Event.eventType, schemaVersion: Event.schemaVersion, payload: try CanonicalJSON.encode(extended))
        }
        #expect(error?.field == "remarks")
    }

    @Test func refusesAnUnknownNestedFieldOfTheScheme() throws {
        var value = try CanonicalJSON.decode(JSONValue.self, from: try CanonicalJSON.encode(EvaluationSchemeAdopted.example))
        guard case .array(var areas) = value["areas"], case .array(var items) = areas[1]["items"] else {
            Issue.record("the scheme example has no areas")
            return
        }
        items[0]["weigth"] = .number(15)
        areas[1]["items"] = .array(items)
        value["areas"] = .array(areas)
        let error = #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(
                type: EvaluationSchemeAdopted.eventType, schemaVersion: 1, payload: try CanonicalJSON.encode(value))
        }
        #expect(error?.field == "areas[1].items[0].weigth")
    }

    @Test func refusesGradesOutsideTheVocabulary() throws {
        var value = try CanonicalJSON.decode(JSONValue.self, from: try CanonicalJSON.encode(EvaluationHeadRegistered.example))
        value["grade"] = .number(3)
        #expect(throws: PayloadError.self) {
            try OfficeCatalog.registry.decodeStrictly(
                type: EvaluationHeadRegistered.eventType, schemaVersion: 1, payload: try CanonicalJSON.encode(value))
        }
    }
}

/// An event type as a test argument.
struct EvaluationTypeBox: Sendable, CustomTestStringConvertible {
    let type: any OfficeEvent.Type
    var testDescription: String { type.eventType }
}
