import ArgumentParser
import Foundation
import SotongCore
import SotongDomain
import SotongSQLite

struct RecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Append one event after the office's rules accept it.",
        discussion: """
            The payload is given as JSON (--json) or field by field (--set name=value; dotted names nest, \
            values that parse as JSON are taken as JSON, others as text). Fields and rules per type: \
            Docs/EventCatalog.md (`sotong catalog`). Personal fields are sealed with the data subject's key \
            from the key file (--keys, default <db>.keys) before the event is stored.

            Examples:
              sotong record network.meeting-held --actor clerk:kim --occurred-at 2018-03-02T10:00:00+09:00 \\
                --json '{"attendees":18,"agendas":[]}'
              sotong record academy.session-held --actor clerk:kim --set title=소통아카데미 --set participants=95 \\
                --set 'departmentsAttending=["transport-policy"]'
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var keys: KeyStoreOptions
    @Argument(help: "The event type, e.g. petition.received.") var type: String
    @Option(help: "The payload as a JSON object.") var json: String?
    @Option(name: .customLong("set"), help: "A payload field, name=value (repeatable).") var fields: [String] = []
    @Option(help: "Who records it (default: $SOTONG_ACTOR).") var actor: String?
    @Option(name: .customLong("occurred-at"), help: "When it happened, RFC 3339 (default: now).") var occurredAt: String?
    @Option(help: "A reason or legal basis.") var reason: String?

    func run() async throws {
        try await Failure.guarding {
            guard let actor = actor ?? ProcessInfo.processInfo.environment["SOTONG_ACTOR"], !actor.isEmpty else {
                throw ValidationError("--actor (or SOTONG_ACTOR) is required: every event records who recorded it")
            }
            var payload = JSONValue.object([:])
            if let json {
                guard let parsed = try? CanonicalJSON.decode(JSONValue.self, from: Data(json.utf8)),
                      case .object = parsed else { throw ValidationError("--json is not a JSON object") }
                payload = parsed
            }
            for field in fields {
                guard let equals = field.firstIndex(of: "=") else { throw ValidationError("--set '\(field)' needs name=value") }
                let value = String(field[field.index(after: equals)...])
                let parsed = (try? CanonicalJSON.decode(JSONValue.self, from: Data(value.utf8))) ?? .string(value)
                payload.set(path: field[..<equals].split(separator: ".").map(String.init), to: parsed)
            }
            let occurred: Date
            if let occurredAt {
                guard let date = RFC3339.date(from: occurredAt) else {
                    throw ValidationError("--occurred-at '\(occurredAt)' is not an RFC 3339 date-time")
                }
                occurred = date
            } else {
                occurred = Date()
            }
            let schemaVersion = OfficeCatalog.registry.schemaVersion(of: type) ?? 1
            let line = InterchangeLine(id: TimeOrderedID.next(), stream: nil, type: type, schemaVersion: schemaVersion,
                                       occurredAt: occurred, metadata: .init(actor: actor, reason: reason), payload: payload)
            var document = try line.encoded()
            document.append(UInt8(ascii: "\n"))
            let opened = try store.open(readOnly: false)
            let keyStore = try keys.open(forStore: store.path, create: true)
            let report = try await Importer(store: opened, keys: keyStore).run(lines: document)
            if let problem = report.problems.first {
                Terminal.error("\(problem.field): \(problem.reason)")
                throw ExitCode(2)
            }
            let head = try await opened.head()
            print("recorded \(type) at position \(head.position)")
        }
    }
}

extension JSONValue {
    /// Sets a nested member, creating objects along the path.
    mutating func set(path: [String], to value: JSONValue) {
        guard let first = path.first else { self = value; return }
        var child = self[first] ?? .object([:])
        if case .object = child {} else { child = .object([:]) }
        child.set(path: Array(path.dropFirst()), to: value)
        if case .object = self {} else { self = .object([:]) }
        self[first] = child
    }
}
