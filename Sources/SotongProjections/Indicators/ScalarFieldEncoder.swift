import Foundation
import SotongCore

/// Collects a value's scalar fields by dotted path as the value encodes itself, without JSON bytes:
/// the same paths and values as encoding it as ``CanonicalJSON`` and walking the decoded tree
/// (strings of at most 200 characters, numbers as `Double`, booleans; nested objects flattened with
/// "."; arrays, nulls, absent optionals, longer strings and the excluded paths left out). Dates are
/// RFC 3339 texts, as in canonical JSON.
final class ScalarFieldSink {
    /// The interned paths, by id.
    var paths: [String]
    /// Each interned path's id.
    var ids: [String: Int32]
    /// The fields collected so far (a path encoded again replaces its value, as in a JSON object).
    var fields: [IndicatorsState.Field] = []
    private let excluded: [String]
    /// `excluded` with a "." appended: a path under an excluded object starts with one.
    private let excludedPrefixes: [String]

    init(paths: [String], ids: [String: Int32], excluded: [String]) {
        self.paths = paths
        self.ids = ids
        self.excluded = excluded
        excludedPrefixes = excluded.map { $0 + "." }
    }

    /// Records a scalar at `path`, unless the path is excluded (itself or under an excluded object).
    func record(_ path: String, _ value: IndicatorsState.ScalarValue) {
        if excluded.contains(path) || excludedPrefixes.contains(where: { path.hasPrefix($0) }) { return }
        let id: Int32
        if let known = ids[path] { id = known } else {
            id = Int32(paths.count)
            paths.append(path)
            ids[path] = id
        }
        if let index = fields.firstIndex(where: { $0.path == id }) {
            fields[index] = IndicatorsState.Field(path: id, value: value)
        } else {
            fields.append(IndicatorsState.Field(path: id, value: value))
        }
    }

    func record(_ path: String, text: String) {
        // A character takes at least one UTF-8 byte: counting characters is needed only past 200 bytes.
        if text.utf8.count <= 200 || text.count <= 200 { record(path, .string(text)) }
    }

    func record(_ path: String, number: Double) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "not a JSON number"))
        }
        record(path, .number(number))
    }

    /// Encodes a nested value at `path`, with canonical JSON's special cases for Foundation types.
    func encode<T: Encodable>(_ value: T, at path: String) throws {
        switch value {
        case let date as Date: record(path, text: RFC3339.string(from: date))
        case let url as URL: record(path, text: url.absoluteString)
        case let data as Data: record(path, text: data.base64EncodedString())
        case let decimal as Decimal: try record(path, number: Double("\(decimal)") ?? .nan)
        default: try value.encode(to: ScalarFieldEncoder(sink: self, path: path))
        }
    }
}

/// The `Encoder` of ``ScalarFieldSink``: `path` is where the value sits; `nil` inside an array,
/// whose contents are left out.
struct ScalarFieldEncoder: Encoder {
    let sink: ScalarFieldSink
    let path: String?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedScalarFields<Key>(sink: sink, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { DiscardedItems(sink: sink) }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleScalarField(sink: sink, path: path) }
}

/// An object's members: each at the object's path, a dot and its key.
struct KeyedScalarFields<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: ScalarFieldSink
    let path: String?

    var codingPath: [any CodingKey] { [] }

    private func at(_ key: Key) -> String? {
        path.map { $0.isEmpty ? key.stringValue : $0 + "." + key.stringValue }
    }

    private func number(_ value: Double, _ key: Key) throws {
        if let path = at(key) { try sink.record(path, number: value) }
    }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws { if let path = at(key) { sink.record(path, .bool(value)) } }
    mutating func encode(_ value: String, forKey key: Key) throws { if let path = at(key) { sink.record(path, text: value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try number(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try number(Double("\(value)") ?? .nan, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try number(Double(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let path = at(key) { try sink.encode(value, at: path) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedScalarFields<NestedKey>(sink: sink, path: at(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { DiscardedItems(sink: sink) }

    mutating func superEncoder() -> any Encoder { ScalarFieldEncoder(sink: sink, path: path.map { $0.isEmpty ? "super" : $0 + ".super" }) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { ScalarFieldEncoder(sink: sink, path: at(key)) }
}

/// A single value at the encoder's path.
struct SingleScalarField: SingleValueEncodingContainer {
    let sink: ScalarFieldSink
    let path: String?

    var codingPath: [any CodingKey] { [] }

    private func number(_ value: Double) throws {
        if let path { try sink.record(path, number: value) }
    }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws { if let path { sink.record(path, .bool(value)) } }
    mutating func encode(_ value: String) throws { if let path { sink.record(path, text: value) } }
    mutating func encode(_ value: Double) throws { try number(value) }
    mutating func encode(_ value: Float) throws { try number(Double("\(value)") ?? .nan) }
    mutating func encode(_ value: Int) throws { try number(Double(value)) }
    mutating func encode(_ value: Int8) throws { try number(Double(value)) }
    mutating func encode(_ value: Int16) throws { try number(Double(value)) }
    mutating func encode(_ value: Int32) throws { try number(Double(value)) }
    mutating func encode(_ value: Int64) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt8) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt16) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt32) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt64) throws { try number(Double(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let path { try sink.encode(value, at: path) }
    }
}

/// An array's items: left out (a counting rule reads scalars only).
struct DiscardedItems: UnkeyedEncodingContainer {
    let sink: ScalarFieldSink
    private(set) var count = 0

    init(sink: ScalarFieldSink) { self.sink = sink }

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { count += 1 }

    mutating func encode<T: Encodable>(_ value: T) throws { count += 1 }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return KeyedEncodingContainer(KeyedScalarFields<NestedKey>(sink: sink, path: nil))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return DiscardedItems(sink: sink)
    }

    mutating func superEncoder() -> any Encoder { ScalarFieldEncoder(sink: sink, path: nil) }
}
