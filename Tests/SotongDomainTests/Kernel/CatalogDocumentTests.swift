import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct CatalogDocumentTests {
    static let committed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Docs/EventCatalog.md")

    @Test func theCommittedCatalogIsCurrent() throws {
        let committed = try String(contentsOf: Self.committed, encoding: .utf8)
        #expect(committed == CatalogDocument.markdown(),
                "Docs/EventCatalog.md is stale: run `swift run sotong catalog > Docs/EventCatalog.md`")
    }

    @Test func everyTypeIsListedOnceWithFieldsRulesAndAnExample() {
        let types = OfficeCatalog.eventTypes.map { $0.eventType }
        #expect(Set(types).count == types.count)
        // Counted by hand from the programmes' lists: a type dropped from (or added to) a programme
        // changes one of these numbers.
        #expect(OfficeCatalog.programmes.map(\.eventTypes.count) == [7, 5, 3, 1, 12, 10, 19, 5, 3])
        #expect(types.count == 65)
        let document = CatalogDocument.markdown()
        for type in OfficeCatalog.eventTypes {
            #expect(document.contains("### `\(type.eventType)`"))
            #expect(!type.fields.isEmpty, "\(type.eventType) documents no fields")
            #expect(!type.rules.isEmpty, "\(type.eventType) documents no rules")
        }
    }

    @Test func everyExampleFieldIsDocumented() throws {
        for type in OfficeCatalog.eventTypes {
            let documented = Set(type.fields.map { $0.name.split(separator: ".").first.map(String.init) ?? $0.name })
            let example = try CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(type.example))
            guard case .object(let members) = example else { continue }
            for key in members.keys {
                #expect(documented.contains(key), "\(type.eventType): field \(key) is not documented")
            }
        }
    }
}
