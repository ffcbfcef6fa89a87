package import SotongCore
package import SotongDomain

extension IndicatorsState {
    /// One counted-event candidate: an event reduced to its scalar payload fields, each under its
    /// path's id in the state's ``IndicatorsState/fieldPaths``.
    package struct Occurrence: Codable, Sendable, Hashable {
        /// The log position (orders memberships and their ends).
        package let position: Int64
        /// The office date it happened on.
        package let on: LocalDate
        /// Scalar payload fields, by path id.
        package let fields: [Field]

        /// The value of the field whose path has id `path`, if the event has it.
        package func value(_ path: Int32?) -> ScalarValue? {
            guard let path else { return nil }
            return fields.first { $0.path == path }?.value
        }

        private enum CodingKeys: String, CodingKey { case position = "at", on, fields = "f" }
    }

    /// One scalar field of an occurrence: its path's id and its value.
    package struct Field: Codable, Sendable, Hashable {
        // The value first: its tag byte and the id then fit in 24 bytes (32 the other way round).
        /// The value.
        package let value: ScalarValue
        /// The id of the field's dotted path (`participants`, `petitioner.subject`).
        package let path: Int32

        private enum CodingKeys: String, CodingKey { case path = "p", string = "s", number = "n", bool = "b" }

        /// A field.
        package init(path: Int32, value: ScalarValue) {
            self.path = path
            self.value = value
        }

        /// Decodes `{"p":id,"s"|"n"|"b":value}`.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decode(Int32.self, forKey: .path)
            if let text = try container.decodeIfPresent(String.self, forKey: .string) { value = .string(text) }
            else if let number = try container.decodeIfPresent(Double.self, forKey: .number) { value = .number(number) }
            else { value = .bool(try container.decode(Bool.self, forKey: .bool)) }
        }

        /// Encodes `{"p":id,"s"|"n"|"b":value}`.
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            switch value {
            case .string(let text): try container.encode(text, forKey: .string)
            case .number(let number): try container.encode(number, forKey: .number)
            case .bool(let flag): try container.encode(flag, forKey: .bool)
            }
        }
    }

    /// A scalar payload value: a short text, a number or a boolean.
    package enum ScalarValue: Sendable, Hashable {
        /// A text of at most 200 characters.
        case string(String)
        /// A number.
        case number(Double)
        /// `true` or `false`.
        case bool(Bool)

        /// The value as JSON.
        package var json: JSONValue {
            switch self {
            case .string(let text): .string(text)
            case .number(let number): .number(number)
            case .bool(let flag): .bool(flag)
            }
        }
    }

    /// An occurrence's fields by dotted path, as JSON values.
    package func fields(of occurrence: Occurrence) -> [String: JSONValue] {
        Self.byPath(occurrence.fields, fieldPaths)
    }

    /// Fields keyed by their dotted paths (`paths` indexed by path id).
    private static func byPath(_ fields: [Field], _ paths: [String]) -> [String: JSONValue] {
        Dictionary(fields.map { (paths[Int($0.path)], $0.value.json) }, uniquingKeysWith: { $1 })
    }

    /// The id of a dotted field path, if any occurrence has that field.
    package func fieldPathID(_ path: String) -> Int32? { fieldPathIDs[path] }

    /// The payload's scalar fields by dotted path (personal fields, arrays and long texts left
    /// out), collected by the event encoding itself into a ``ScalarFieldEncoder``.
    package static func scalarFields(of event: any OfficeEvent) -> [String: JSONValue] {
        scalarFields(of: event, excluding: personalNames(type(of: event)))
    }

    /// Any value's scalar fields by dotted path, the `excluded` paths (and what is under them) left out.
    package static func scalarFields(of value: some Encodable, excluding excluded: [String]) -> [String: JSONValue] {
        let sink = ScalarFieldSink(paths: [], ids: [:], excluded: excluded)
        do { try sink.encode(value, at: "") } catch { return [:] }
        return byPath(sink.fields, sink.paths)
    }

    private static func personalNames(_ type: any OfficeEvent.Type) -> [String] {
        personalFields[ObjectIdentifier(type)] ?? type.fields.filter(\.isPersonal).map(\.name)
    }

    /// The names of each event type's personal fields.
    private static let personalFields: [ObjectIdentifier: [String]] = Dictionary(
        OfficeCatalog.eventTypes.map { (ObjectIdentifier($0), $0.fields.filter(\.isPersonal).map(\.name)) },
        uniquingKeysWith: { first, _ in first })

    /// The event's scalar fields, their paths interned in this state; none when it cannot be encoded.
    mutating func collectFields(of event: any OfficeEvent) -> [Field] {
        let sink = ScalarFieldSink(paths: fieldPaths, ids: fieldPathIDs, excluded: Self.personalNames(type(of: event)))
        fieldPaths = []
        fieldPathIDs = [:]
        defer {
            fieldPaths = sink.paths
            fieldPathIDs = sink.ids
        }
        do {
            try sink.encode(event, at: "")
        } catch {
            return []
        }
        return sink.fields
    }
}
