public import Foundation

/// The one JSON encoding of payloads: keys sorted, no insignificant white space, slashes unescaped,
/// dates as RFC 3339 UTC with milliseconds. Encoding the same value twice gives the same bytes,
/// so a payload can be hashed once and compared byte for byte.
///
/// ```swift
/// let bytes = try CanonicalJSON.encode(["b": 1, "a": 2])   // {"a":2,"b":1}
/// ```
public enum CanonicalJSON {
    /// Encodes a value as canonical JSON: sorted keys, no insignificant whitespace, UTF-8.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try makeEncoder().encode(value)
    }

    /// Decodes canonical (or any) JSON into a value.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decoder.decode(type, from: data)
    }

    /// One decoder for every read: making a `JSONDecoder` (and its date closure) per payload cost a
    /// noticeable part of a rebuild. Its configuration is never changed after this, so sharing is safe.
    private static let decoder = makeDecoder()

    /// Decodes and rejects any member the type does not know, naming its path (`payload.subjct`).
    ///
    /// - Throws: ``PayloadError`` naming the field at fault.
    public static func decodeStrictly<T: Codable>(_ type: T.Type, from data: Data, path: String = "") throws -> T {
        let value: T
        let input: JSONValue
        do {
            value = try makeDecoder().decode(type, from: data)
            // Members the type ignores are read here: a fault in one must be a PayloadError too.
            input = try makeDecoder().decode(JSONValue.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
               let field = unfittingNumber(type, in: data, path: path) {
                throw PayloadError(field: field, reason: "should be a number this field can hold (a whole number, in range)")
            }
            throw PayloadError(decoding: error, prefix: path)
        }
        let echoed = try makeDecoder().decode(JSONValue.self, from: encode(value))
        if let unknown = firstUnknownMember(input, known: echoed, path: path) {
            throw PayloadError(field: unknown, reason: "is not a known field")
        }
        return value
    }

    /// Foundation reports a number that its field cannot hold (1.5 or 1e20 for a whole number) as
    /// invalid JSON, without a path. Finds the field: the number which, set to 0, makes that error go.
    private static func unfittingNumber<T: Decodable>(_ type: T.Type, in data: Data, path: String) -> String? {
        guard let tree = try? makeDecoder().decode(JSONValue.self, from: data) else { return nil }
        for (field, changed) in numbersZeroed(tree, path: path) {
            guard let bytes = try? encode(changed) else { continue }
            do {
                _ = try makeDecoder().decode(type, from: bytes)
                return field
            } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
                continue
            } catch {
                return field
            }
        }
        return nil
    }

    /// Each number of `value` with its path, and `value` with that one number set to 0.
    private static func numbersZeroed(_ value: JSONValue, path: String) -> [(String, JSONValue)] {
        switch value {
        case .number: return [(path.isEmpty ? "(payload)" : path, .number(0))]
        case .array(let items):
            return items.indices.flatMap { index in
                numbersZeroed(items[index], path: "\(path)[\(index)]").map { field, changed in
                    var copy = items
                    copy[index] = changed
                    return (field, JSONValue.array(copy))
                }
            }
        case .object(let members):
            return members.keys.sorted().flatMap { key in
                numbersZeroed(members[key]!, path: path.isEmpty ? key : "\(path).\(key)").map { field, changed in
                    var copy = members
                    copy[key] = changed
                    return (field, JSONValue.object(copy))
                }
            }
        default: return []
        }
    }

    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "is not an RFC 3339 date-time")
            }
            return date
        }
        return decoder
    }

    private static func firstUnknownMember(_ input: JSONValue, known: JSONValue, path: String) -> String? {
        switch (input, known) {
        case (.object(let members), .object(let knownMembers)):
            for key in members.keys.sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                guard let knownChild = knownMembers[key] else {
                    if members[key] == .null { continue }
                    return child
                }
                if let found = firstUnknownMember(members[key]!, known: knownChild, path: child) { return found }
            }
        case (.object, _):
            return nil
        case (.array(let items), .array(let knownItems)):
            for (offset, pair) in zip(items, knownItems).enumerated() {
                if let found = firstUnknownMember(pair.0, known: pair.1, path: "\(path)[\(offset)]") { return found }
            }
        default:
            break
        }
        return nil
    }
}

/// A payload that does not fit its event type; names the field, never its value.
///
/// ```swift
/// catch let error as PayloadError { print(error) }   // "subject must not be empty"
/// ```
public struct PayloadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The dotted path of the field at fault (`subject`, `petitioner.phone`).
    public let field: String
    /// What is wrong with it, without its value.
    public let reason: String

    /// A payload error for a field.
    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    init(decoding error: DecodingError, prefix: String) {
        func path(_ codingPath: [any CodingKey]) -> String {
            var parts = prefix.isEmpty ? [] : [prefix]
            for key in codingPath {
                if let index = key.intValue { parts[parts.count - 1] += "[\(index)]" } else { parts.append(key.stringValue) }
            }
            return parts.isEmpty ? "(payload)" : parts.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: path(context.codingPath + [key]), reason: "is missing")
        case .typeMismatch(let type, let context):
            self.init(field: path(context.codingPath), reason: "should be \(Self.kind(type))")
        case .valueNotFound(let type, let context):
            self.init(field: path(context.codingPath), reason: "should be \(Self.kind(type)), not null")
        case .dataCorrupted(let context):
            let reason = context.codingPath.isEmpty ? "is not valid JSON" : context.debugDescription
            self.init(field: path(context.codingPath), reason: reason)
        @unknown default:
            self.init(field: prefix.isEmpty ? "(payload)" : prefix, reason: "cannot be read")
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type, is Int32.Type: "a whole number"
        case is Double.Type, is Decimal.Type: "a number"
        default: "\(type)".contains("Array") ? "a list" : "an object of the documented shape"
        }
    }

    /// `<field> <reason>`.
    public var description: String { "\(field) \(reason)" }
}
