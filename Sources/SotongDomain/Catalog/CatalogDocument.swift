import Foundation
import SotongCore

/// Writes Docs/EventCatalog.md from the code itself — every event type's fields, rules and example
/// — so the published interchange contract cannot drift from what the rules enforce.
/// A test compares the committed file with this output; `sotong catalog` prints it.
package enum CatalogDocument {
    package static func markdown() -> String {
        var out = """
            # Event catalog

            Every event type of the office, generated from the code (`swift run sotong catalog > Docs/EventCatalog.md`;
            a test fails when this file is stale). Each entry gives the stable type string and schema version,
            the stream it is appended to, the payload fields, the rules checked before it is appended (a
            refusal names the rule's code), and an example line in the interchange format (Docs/Interchange.md).
            Fields marked **personal** hold a petitioner's personal data.


            """
        out += "## Contents\n\n"
        for programme in OfficeCatalog.programmes {
            out += "- \(programme.title): " + programme.eventTypes.map { "`\($0.eventType)`" }.joined(separator: ", ") + "\n"
        }
        for programme in OfficeCatalog.programmes {
            out += "\n## \(programme.title)\n"
            for type in programme.eventTypes { out += "\n" + entry(type) }
        }
        return out
    }

    private static func entry<Event: OfficeEvent>(_ type: Event.Type) -> String {
        let example = Event.example
        var out = "### `\(Event.eventType)` (schema version \(Event.schemaVersion))\n\n\(Event.summary)\n\n"
        out += "Stream: `\(example.stream)`"
        if !example.consultedStreams.isEmpty {
            out += "; rules also read " + example.consultedStreams.map { "`\($0)`" }.joined(separator: ", ")
        }
        out += " (in the example).\n\n| field | meaning |\n|---|---|\n"
        for field in Event.fields {
            out += "| `\(field.name)` | \(field.meaning.replacingOccurrences(of: "|", with: "\\|"))\(field.isPersonal ? " **personal**" : "") |\n"
        }
        out += "\nRules:\n"
        for rule in Event.rules { out += "- \(rule)\n" }
        let line = InterchangeLine(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000001")!, stream: example.stream, type: Event.eventType,
            schemaVersion: Event.schemaVersion, occurredAt: Date(timeIntervalSince1970: 1_530_000_000),
            metadata: .init(actor: "clerk:example"),
            payload: (try? CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(example))) ?? .null)
        let json = (try? line.encoded()).map { String(decoding: $0, as: UTF8.self) } ?? ""
        out += "\nExample:\n\n```json\n\(json)\n```\n"
        return out
    }
}
