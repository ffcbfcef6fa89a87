import Foundation
import SotongCore
import SotongDomain

/// Valid import lines, changed a little: a member dropped, renamed or retyped, a digit of a date
/// changed, a value pushed to an edge, a byte cut or inserted. Most become bad lines; some stay
/// valid (and are then imported).
enum LineMutator {
    /// Valid lines: the seeded office, and the catalog's example of every event type.
    static let templates: [JSONValue] = {
        let seed = (try? Corpus.file("seed.jsonl")) ?? Data()
        var lines = seed.split(separator: UInt8(ascii: "\n")).compactMap { try? CanonicalJSON.decode(JSONValue.self, from: Data($0)) }
        for type in OfficeCatalog.eventTypes { lines.append(exampleLine(type)) }
        return lines
    }()

    private static func exampleLine<Event: OfficeEvent>(_ type: Event.Type) -> JSONValue {
        let payload = (try? CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(Event.example))) ?? .null
        return .object([
            "id": .string("00000000-0000-4000-8000-000000000000"), "type": .string(Event.eventType),
            "schemaVersion": .number(Double(Event.schemaVersion)), "occurredAt": .string("2018-07-02T01:00:00.000Z"),
            "metadata": .object(["actor": .string("import:fuzz")]), "payload": payload,
        ])
    }

    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    /// One mutated line.
    static func line(_ random: inout some RandomNumberGenerator) -> Data {
        var line = templates.randomElement(using: &random)!
        if Int.random(in: 0..<4, using: &random) > 0 { line["id"] = .string(uuid(&random)) }
        for _ in 0..<Int.random(in: 1...3, using: &random) { mutate(&line, &random) }
        var bytes = Array((try? CanonicalJSON.encode(line)) ?? Data())
        if Int.random(in: 0..<3, using: &random) == 0, !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes.removeSubrange(at...)
            case 1: bytes.remove(at: at)
            case 2: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
            default: bytes[at] = [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "\\")]
                .randomElement(using: &random)!
            }
        }
        bytes.removeAll { $0 == UInt8(ascii: "\n") }
        return Data(bytes)
    }

    static func mutate(_ line: inout JSONValue, _ random: inout some RandomNumberGenerator) {
        let paths = allPaths(line)
        guard let path = paths.randomElement(using: &random) else { return }
        switch Int.random(in: 0..<7, using: &random) {
        case 0: set(&line, path, nil)
        case 1:
            guard case .key(let name)? = path.last else { return set(&line, path, nil) }
            let value = get(line, path)
            set(&line, path, nil)
            set(&line, path.dropLast() + [.key(Bool.random(using: &random) ? name + "x" : name.capitalized)], value)
        case 2: set(&line, path, parse(RandomJSON.value(&random, depth: 1)))
        case 3:
            guard case .string(let text)? = get(line, path), let digit = text.indices.filter({ text[$0].isNumber }).randomElement(using: &random)
            else { return }
            var changed = text
            changed.replaceSubrange(digit...digit, with: String(Int.random(in: 0...9, using: &random)))
            set(&line, path, .string(changed))
        case 4: set(&line, path, parse(RandomJSON.numbers.randomElement(using: &random)!))
        case 5: set(&line, path, .string(RandomJSON.strings.randomElement(using: &random)!))
        default:
            let objects = paths.filter { if case .object? = get(line, $0) { true } else { false } }
            let target = objects.randomElement(using: &random) ?? []
            set(&line, target + [.key(RandomJSON.names.randomElement(using: &random)!)], .string("extra"))
        }
    }

    static func parse(_ text: String) -> JSONValue {
        (try? CanonicalJSON.decode(JSONValue.self, from: Data(text.utf8))) ?? .null
    }

    static func uuid(_ random: inout some RandomNumberGenerator) -> String {
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
        let uuid = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                               bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return uuid.uuidString.lowercased()
    }

    /// Every member and item of `value`, as a path from the top.
    static func allPaths(_ value: JSONValue, _ prefix: [Step] = []) -> [[Step]] {
        switch value {
        case .object(let members):
            members.keys.sorted().flatMap { [prefix + [.key($0)]] + allPaths(members[$0]!, prefix + [.key($0)]) }
        case .array(let items):
            items.indices.flatMap { [prefix + [.index($0)]] + allPaths(items[$0], prefix + [.index($0)]) }
        default: []
        }
    }

    static func get(_ value: JSONValue, _ path: some Collection<Step>) -> JSONValue? {
        guard let step = path.first else { return value }
        switch (value, step) {
        case (.object(let members), .key(let key)): return members[key].flatMap { get($0, path.dropFirst()) }
        case (.array(let items), .index(let index)) where items.indices.contains(index): return get(items[index], path.dropFirst())
        default: return nil
        }
    }

    /// Sets (or, with `nil`, removes) the value at `path`.
    static func set(_ value: inout JSONValue, _ path: some Collection<Step>, _ new: JSONValue?) {
        guard let step = path.first else { if let new { value = new }; return }
        let rest = path.dropFirst()
        switch (value, step) {
        case (.object(var members), .key(let key)):
            if rest.isEmpty { members[key] = new } else if var child = members[key] {
                set(&child, rest, new)
                members[key] = child
            }
            value = .object(members)
        case (.array(var items), .index(let index)) where items.indices.contains(index):
            if rest.isEmpty { if let new { items[index] = new } else { items.remove(at: index) } } else {
                set(&items[index], rest, new)
            }
            value = .array(items)
        default: return
        }
    }
}
