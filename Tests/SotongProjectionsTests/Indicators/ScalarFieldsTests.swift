import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// The indicators projection collects an event's scalar fields by letting it encode itself (no JSON
/// bytes): exactly the fields of the canonical-JSON walk it replaced, kept here as the oracle.
@Suite struct ScalarFieldsTests {
    /// The former collector: canonical JSON bytes, decoded to a tree, walked.
    static func oracle(_ value: some Encodable, excluding personal: [String]) -> [String: JSONValue] {
        guard let data = try? CanonicalJSON.encode(value),
              let json = try? CanonicalJSON.decode(JSONValue.self, from: data) else { return [:] }
        var fields: [String: JSONValue] = [:]
        func walk(_ value: JSONValue, _ path: String) {
            if personal.contains(where: { path == $0 || path.hasPrefix($0 + ".") }) { return }
            switch value {
            case .object(let members):
                for (name, member) in members { walk(member, path.isEmpty ? name : "\(path).\(name)") }
            case .string(let text) where text.count <= 200: fields[path] = value
            case .number, .bool: fields[path] = value
            case .string, .array, .null: break
            }
        }
        walk(json, "")
        return fields
    }

    static func oracle(_ event: any OfficeEvent) -> [String: JSONValue] {
        oracle(event, excluding: type(of: event).fields.filter(\.isPersonal).map(\.name))
    }

    @Test func everyCatalogExampleGivesTheOracleFields() {
        var checked: Set<String> = []
        for type in OfficeCatalog.eventTypes {
            let example = type.example
            let fields = IndicatorsState.scalarFields(of: example)
            #expect(fields == Self.oracle(example), "\(type.eventType)")
            checked.insert(type.eventType)
        }
        // Every one of the catalog's 65 types (Docs/EventCatalog.md), each once.
        #expect(checked.count == 65)
    }

    @Test func handBuiltEventsGiveTheOracleFields() throws {
        let events: [any OfficeEvent] = [
            IndicatorsFixture.petition("2018-0001"),
            IndicatorsFixture.petition("2018-0002", channel: .phone),
            FieldDayHeld(host: .viceMayor, district: .nam, site: "용현동 주민센터", withCityCouncil: true),
            FieldDayHeld(host: .departmentHead, hostDepartment: "road-management", district: .gyeyang,
                         site: String(repeating: "길", count: 201), withCityCouncil: false),
            try IndicatorsFixture.appointed("m-1", .youth, cohort: 3, from: "2018-01-02", to: "2019-12-31"),
        ] + IndicatorsFixture.definitions()
        for event in events {
            #expect(IndicatorsState.scalarFields(of: event) == Self.oracle(event), "\(type(of: event).eventType)")
        }
        let petition = IndicatorsState.scalarFields(of: IndicatorsFixture.petition("2018-0001"))
        #expect(petition["petitioner.subject"] == .string("subject-2018-0001"))
        #expect(!petition.keys.contains { $0.hasPrefix("petitioner.name") || $0.hasPrefix("petitioner.phone") })
        #expect(IndicatorsState.scalarFields(of: events[2])["hostDepartment"] == nil)
        #expect(IndicatorsState.scalarFields(of: events[3])["site"] == nil)
    }

    /// A payload with every shape: dates, UUIDs, optionals, enums with values, arrays, maps, long texts.
    struct Shapes: Encodable {
        enum Kind: String, Encodable { case visit }
        enum Outcome: Encodable { case settled(on: LocalDate, amount: Int), open }
        struct Inner: Encodable {
            var title = "안쪽"
            var count: Int64 = 9_007_199_254_740_993
            var ratio = 0.1
            var deeper: [String: Int] = ["a": 1, "b.c": 2]
        }

        var at = Date(timeIntervalSince1970: 1_514_764_800.5)
        var id = UUID(uuidString: "3F2504E0-4F89-41D3-9A0C-0305E82C3301")!
        var day = LocalDate(year: 2018, month: 3, day: 2)!
        var kind = Kind.visit
        var outcome = Outcome.settled(on: LocalDate(year: 2018, month: 4, day: 1)!, amount: -3)
        var still = Outcome.open
        var missing: String?
        var present: Int? = 0
        var flag = false
        var big = UInt64.max
        var small: Int8 = -128
        var single: Float = 0.1
        var exact = String(repeating: "가", count: 200)
        var long = String(repeating: "가", count: 201)
        var family = String(repeating: "👨‍👩‍👧", count: 150)
        var ascii = String(repeating: "a", count: 201)
        var items = [Inner(), Inner()]
        var inner = Inner()
        var secret = "비밀"
        var secretive = "보임"
        var hidden = Inner()
        var empty: [String: String] = [:]

        enum CodingKeys: CodingKey {
            case at, id, day, kind, outcome, still, missing, present, flag, big, small, single, exact, long, family, ascii, items, inner
            case secret, secretive, hidden, empty, explicitNull
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(at, forKey: .at)
            try container.encode(id, forKey: .id)
            try container.encode(day, forKey: .day)
            try container.encode(kind, forKey: .kind)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(still, forKey: .still)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encodeIfPresent(present, forKey: .present)
            try container.encode(flag, forKey: .flag)
            try container.encode(big, forKey: .big)
            try container.encode(small, forKey: .small)
            try container.encode(single, forKey: .single)
            try container.encode(exact, forKey: .exact)
            try container.encode(long, forKey: .long)
            try container.encode(family, forKey: .family)
            try container.encode(ascii, forKey: .ascii)
            try container.encode(items, forKey: .items)
            try container.encode(inner, forKey: .inner)
            try container.encode(secret, forKey: .secret)
            try container.encode(secretive, forKey: .secretive)
            try container.encode(hidden, forKey: .hidden)
            try container.encode(empty, forKey: .empty)
            try container.encodeNil(forKey: .explicitNull)
        }
    }

    @Test func everyShapeGivesTheOracleFields() {
        let excluded = ["secret", "hidden"]
        let fields = IndicatorsState.scalarFields(of: Shapes(), excluding: excluded)
        #expect(fields == Self.oracle(Shapes(), excluding: excluded))
        #expect(fields["at"] == .string("2018-01-01T00:00:00.500Z"))
        #expect(fields["id"] == .string("3F2504E0-4F89-41D3-9A0C-0305E82C3301"))
        #expect(fields["day"] == .string("2018-03-02"))
        #expect(fields["outcome.settled.on"] == .string("2018-04-01"))
        #expect(fields["inner.deeper.b.c"] == .number(2))
        #expect(fields["secretive"] == .string("보임"))
        #expect(fields["exact"] != nil && fields["family"] != nil)
        #expect(fields["long"] == nil && fields["ascii"] == nil && fields["missing"] == nil)
        #expect(!fields.keys.contains { $0.hasPrefix("items") || $0.hasPrefix("hidden") || $0 == "secret" })
    }

    @Test func aStateStoresEachPathOnceAndRestoresFromItsCheckpoint() async throws {
        let log = OfficeTablesLog()
        var recorded = IndicatorsFixture.Recorded()
        try await IndicatorsFixture.recordFirstHalf(in: log, into: &recorded)
        try await IndicatorsFixture.recordSecondHalf(in: log)
        let state = try await log.runner.fold(IndicatorsProjection()).state
        #expect(Set(state.fieldPaths).count == state.fieldPaths.count)
        let petitions = try #require(state.occurrences["petition.received"])
        #expect(petitions.allSatisfy { state.fields(of: $0)["kind"] == .string("grievance") })
        let restored = try CanonicalJSON.decode(IndicatorsState.self, from: CanonicalJSON.encode(state))
        #expect(restored == state)
        #expect(restored.fieldPathID("participants") == state.fieldPathID("participants"))
        let bytes = String(decoding: try CanonicalJSON.encode(state), as: UTF8.self)
        let unknownPath = bytes.replacingOccurrences(of: #""fieldPaths":["#, with: #""fieldPaths":["x"],"unused":["#)
        #expect(throws: (any Error).self) { try CanonicalJSON.decode(IndicatorsState.self, from: Data(unknownPath.utf8)) }
    }
}
