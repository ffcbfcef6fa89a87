public import Foundation

/// The catalog of event types a reader knows: decodes stored payloads into typed events, upcasting
/// payloads written under older schema versions first.
///
/// ```swift
/// var registry = EventRegistry()
/// registry.register(NoteWritten.self)
/// registry.registerUpcaster(for: "note.written", from: 1) { old in
///     var new = old; new["language"] = .string("ko"); return new
/// }
/// let typed = try registry.decode(recorded)   // any DomainEvent
/// ```
public struct EventRegistry: Sendable {
    /// Rewrites a payload of one schema version into the next.
    public typealias Upcaster = @Sendable (JSONValue) throws -> JSONValue

    private struct Entry: Sendable {
        let schemaVersion: Int
        let decode: @Sendable (Data) throws -> any DomainEvent
        let decodeStrictly: @Sendable (Data) throws -> any DomainEvent
    }

    private var entries: [String: Entry] = [:]
    private var upcasters: [String: [Int: Upcaster]] = [:]

    /// An empty registry.
    public init() {}

    /// Makes a type decodable under its ``DomainEvent/eventType``.
    public mutating func register<Event: DomainEvent>(_ type: Event.Type) {
        entries[Event.eventType] = Entry(
            schemaVersion: Event.schemaVersion,
            decode: { try CanonicalJSON.decode(Event.self, from: $0) },
            decodeStrictly: { try CanonicalJSON.decodeStrictly(Event.self, from: $0) })
    }

    /// Registers the step that turns a payload of `version` into one of `version + 1`.
    public mutating func registerUpcaster(for eventType: String, from version: Int, _ upcast: @escaping Upcaster) {
        upcasters[eventType, default: [:]][version] = upcast
    }

    /// The registered event types, sorted.
    public var eventTypes: [String] { entries.keys.sorted() }

    /// Whether a type is registered.
    public func knows(_ eventType: String) -> Bool { entries[eventType] != nil }

    /// The current schema version of a registered type.
    public func schemaVersion(of eventType: String) -> Int? { entries[eventType]?.schemaVersion }

    /// Decodes a stored event into its typed value, upcasting an older payload.
    ///
    /// - Throws: ``PayloadError`` when the type is unknown or the payload does not fit it.
    public func decode(_ event: RecordedEvent) throws -> any DomainEvent {
        try decode(type: event.type, schemaVersion: event.schemaVersion, payload: event.payload, strict: false)
    }

    /// Decodes a payload, rejecting unknown fields (for input from outside, such as an import).
    public func decodeStrictly(type: String, schemaVersion: Int, payload: Data) throws -> any DomainEvent {
        try decode(type: type, schemaVersion: schemaVersion, payload: payload, strict: true)
    }

    /// Decodes a stored event as one expected type.
    public func decode<Event: DomainEvent>(_ event: RecordedEvent, as type: Event.Type) throws -> Event {
        guard let typed = try decode(event) as? Event else {
            throw PayloadError(field: "type", reason: "is \(event.type), not \(Event.eventType)")
        }
        return typed
    }

    private func decode(type: String, schemaVersion: Int, payload: Data, strict: Bool) throws -> any DomainEvent {
        guard let entry = entries[type] else {
            throw PayloadError(field: "type", reason: "is not a known event type")
        }
        guard schemaVersion <= entry.schemaVersion, schemaVersion >= 1 else {
            throw PayloadError(field: "schemaVersion",
                               reason: "is \(schemaVersion), but \(type) is known up to version \(entry.schemaVersion)")
        }
        var bytes = payload
        if schemaVersion < entry.schemaVersion {
            var value: JSONValue
            do { value = try CanonicalJSON.decode(JSONValue.self, from: payload) } catch let error as DecodingError {
                throw PayloadError(decoding: error, prefix: "")
            }
            for version in schemaVersion..<entry.schemaVersion {
                guard let upcast = upcasters[type]?[version] else {
                    throw PayloadError(field: "schemaVersion", reason: "has no upcaster from \(type) v\(version)")
                }
                value = try upcast(value)
            }
            bytes = try CanonicalJSON.encode(value)
        }
        return try strict ? entry.decodeStrictly(bytes) : entry.decode(bytes)
    }
}
