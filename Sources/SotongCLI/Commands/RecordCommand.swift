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
            if json != nil, !fields.isEmpty {
                throw ValidationError("give the payload either as --json or as --set fields, not both")
            }
            var payload = JSONValue.object([:])
            if let json {
                payload = try Self.strictObject(json)
            }
            for field in fields {
                guard let equals = field.firstIndex(of: "=") else { throw ValidationError("--set '\(field)' needs name=value") }
                let value = String(field[field.index(after: equals)...])
                let parsed = JSONSyntax.problem(in: Data(value.utf8)) == nil
                    ? (try? CanonicalJSON.decodeStrictly(JSONValue.self, from: Data(value.utf8))) ?? .string(value)
                    : .string(value)
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
            let event = try Self.event(type: type, payload: payload)
            let context = RecordContext(actor: actor, occurredAt: occurred, reason: reason)
            let report = try await store.write(keys: keys, readOnlyView: false) { view, keyStore, writer in
                try await Importer(store: view, keys: keyStore).run(events: [(event, context)], writer: writer)
            }
            if let problem = report.problems.first {
                Terminal.error("\(problem.field): \(problem.reason)")
                throw ExitCode(2)
            }
            guard let position = report.positions?.lowerBound else {
                print("already stored: \(type) \(context.eventID.uuidString.lowercased())")
                return
            }
            print("recorded \(type) at position \(position)")
        }
    }

    /// `--json` as the import reads a payload: strict JSON (no duplicate keys, no trailing commas), an object.
    static func strictObject(_ json: String) throws -> JSONValue {
        let bytes = Data(json.utf8)
        if let fault = JSONSyntax.problem(in: bytes) {
            throw ValidationError("--json: \(fault.field == "(line)" ? "" : fault.field + ": ")\(fault.reason)")
        }
        guard let parsed = try? CanonicalJSON.decodeStrictly(JSONValue.self, from: bytes), case .object = parsed else {
            throw ValidationError("--json is not a JSON object")
        }
        return parsed
    }

    /// The typed event of `type` with this payload, decoded strictly as an import line's payload is.
    static func event(type: String, payload: JSONValue) throws -> any OfficeEvent {
        let registry = OfficeCatalog.registry
        guard registry.knows(type), let schemaVersion = registry.schemaVersion(of: type) else {
            throw ValidationError("'\(type)' is not a known event type (sotong catalog lists them)")
        }
        do {
            let decoded = try registry.decodeStrictly(type: type, schemaVersion: schemaVersion,
                                                      payload: try CanonicalJSON.encode(payload))
            guard let event = decoded as? any OfficeEvent else { throw ValidationError("'\(type)' is not an office event") }
            return event
        } catch let error as PayloadError {
            throw ValidationError(error.field == "(payload)" ? error.reason : "payload.\(error.field): \(error.reason)")
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
