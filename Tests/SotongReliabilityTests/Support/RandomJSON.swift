import Foundation
import SotongCore
import SotongDomain

/// Random JSON text, mostly shaped like interchange lines: the member names the importer knows
/// (and some it does not), values of every type, numbers and strings at the edges.
enum RandomJSON {
    static let names = [
        "id", "stream", "type", "schemaVersion", "occurredAt", "metadata", "actor", "reason", "correlationId",
        "causationId", "payload", "recorded", "position", "hash", "title", "participants", "departmentsAttending",
        "petitionID", "petitioner", "name", "phone", "subject", "channel", "kind", "district", "department", "half",
        "head", "item", "score", "year", "holidays", "date", "forum", "topic", "facilitators", "sites", "agendas",
        "attendees", "member", "until", "staff", "team", "grade", "x", "", "Title", "참가자", "🙂", "a\u{0}b",
    ]
    static let numbers = [
        "0", "-0", "1", "-1", "2", "95", "2018", "100000", "100001", "2147483648", "9007199254740993",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999", "1.5", "8.5",
        "-2.25", "1e3", "1E+2", "1e-7", "1e308", "4.9e-324", "0.1",
    ]
    static var strings: [String] {
        [
            "", " ", "00000000-0000-4000-8000-000000000001", "6F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8", "not-a-uuid",
            "2018-07-02T01:00:00.000Z", "2018-07-02T10:00:00+09:00", "2018-02-30T00:00:00Z", "2999-01-01T00:00:00Z",
            "2018-07-02", "2018-02-29", "2018-H1", "2018-H3", "clerk:kim", "academy", "petition-2018-0042",
            "transport-policy", "namdong-gu", "visit", "grievance", "communication-plan", "aein-2018-1", "S-1043",
            "2018-0042", "소통아카데미", "\u{202E}rtl", "tab\there", "nul\u{0}", String(repeating: "가", count: 201),
            String(repeating: "x", count: 5_000),
        ] + OfficeCatalog.registry.eventTypes
    }

    /// A JSON value as text, up to `depth` levels of nesting.
    static func value(_ random: inout some RandomNumberGenerator, depth: Int = 3) -> String {
        switch Int.random(in: 0..<(depth > 0 ? 8 : 5), using: &random) {
        case 0: return ["null", "true", "false"].randomElement(using: &random)!
        case 1, 2: return numbers.randomElement(using: &random)!
        case 3: return quoted(strings.randomElement(using: &random)!)
        case 4: return quoted(randomText(&random))
        case 5:
            let count = Int.random(in: 0...4, using: &random)
            return "[" + (0..<count).map { _ in value(&random, depth: depth - 1) }.joined(separator: ",") + "]"
        default: return object(&random, depth: depth - 1)
        }
    }

    static func object(_ random: inout some RandomNumberGenerator, depth: Int) -> String {
        let count = Int.random(in: 0...6, using: &random)
        let members = (0..<count).map { _ in
            quoted(names.randomElement(using: &random)!) + ":" + value(&random, depth: depth)
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    /// A line: an object with the interchange members, each present or not, each value random.
    static func line(_ random: inout some RandomNumberGenerator) -> Data {
        var members: [String] = []
        for name in ["id", "stream", "type", "schemaVersion", "occurredAt", "metadata", "payload", "recorded"]
        where Int.random(in: 0..<5, using: &random) > 0 {
            let text: String = switch name {
            case "type" where Bool.random(using: &random): quoted(OfficeCatalog.registry.eventTypes.randomElement(using: &random)!)
            case "metadata" where Bool.random(using: &random): #"{"actor":"clerk:fuzz"}"#
            case "payload": object(&random, depth: 2)
            default: value(&random, depth: 2)
            }
            members.append(quoted(name) + ":" + text)
        }
        if Int.random(in: 0..<4, using: &random) == 0 { members.append(quoted(names.randomElement(using: &random)!) + ":1") }
        members.shuffle(using: &random)
        return Data(("{" + members.joined(separator: ",") + "}").utf8)
    }

    static func randomText(_ random: inout some RandomNumberGenerator) -> String {
        let count = Int.random(in: 0...12, using: &random)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<count {
            let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x80...0x7FF, 0xAC00...0xD7A3, 0xE000...0xFFFF, 0x1_0000...0x1_0FFFF]
            let range = ranges.randomElement(using: &random)!
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{0}"..."\u{1F}": out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
