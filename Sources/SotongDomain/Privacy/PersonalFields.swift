import Foundation
package import SotongCore

/// The personal fields of an event's payload, by dotted path, as the catalog marks them: sealing
/// them before an append, and opening them for a ``PersonalDataReader``.
///
/// ```swift
/// PersonalFields.paths(of: PetitionReceived.self)   // ["petitioner.name", "petitioner.phone", "petitioner.address"]
/// ```
package enum PersonalFields {
    /// The dotted paths of the type's personal fields (none for most types).
    package static func paths(of type: any OfficeEvent.Type) -> [String] {
        type.fields.filter(\.isPersonal).map(\.name)
    }

    /// The event types whose payload may carry personal data.
    package static var carrierTypes: [any OfficeEvent.Type] {
        OfficeCatalog.eventTypes.filter { !paths(of: $0).isEmpty }
    }

    /// The string values at the personal paths of a payload, in catalog order (absent fields left out).
    package static func values(in payload: JSONValue, of type: any OfficeEvent.Type) -> [(path: String, value: String)] {
        paths(of: type).compactMap { path in
            guard case .string(let value)? = payload.value(at: path) else { return nil }
            return (path, value)
        }
    }

    /// The personal fields an event actually holds (absent optional fields left out), by dotted path.
    static func present(in event: any OfficeEvent) throws -> [String] {
        let payload = try CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(event))
        return values(in: payload, of: type(of: event)).map(\.path)
    }

    /// Seals every plaintext personal field of an event about to be appended, with its subject's key
    /// (created on first use). Values already sealed are kept as they are.
    ///
    /// - Throws: ``DomainError`` `privacy.key-store-required` when the payload holds plaintext personal
    ///   data and there is no key store (plaintext is never stored); `privacy.subject-required` when the
    ///   event names no data subject.
    static func seal(_ data: inout EventData, of event: any OfficeEvent, keys: (any SubjectKeyStore)?) async throws {
        let type = type(of: event)
        guard !paths(of: type).isEmpty else { return }
        var payload = try CanonicalJSON.decode(JSONValue.self, from: data.payload)
        let plain = values(in: payload, of: type).filter { !$0.value.hasPrefix(SealedValue.prefix) }
        guard let first = plain.first else { return }
        guard let keys else {
            throw DomainError(rule: "privacy.key-store-required", korean: "개인정보 암호화 불가",
                              detail: "\(type.eventType) carries personal data; it can be recorded only with a "
                                  + "subject key store, so that it is sealed (plaintext is never stored)",
                              field: first.path)
        }
        guard let subject = (event as? any PersonalDataCarrier)?.dataSubject,
              let key = try await keys.key(for: subject, creating: true) else {
            throw DomainError(rule: "privacy.subject-required", korean: "정보주체 누락",
                              detail: "\(type.eventType) carries personal data but names no data subject",
                              field: first.path)
        }
        for (path, value) in plain {
            payload.setValue(.string(try SealedValue.seal(value, key: key, eventID: data.id, field: path)), at: path)
        }
        data.payload = try CanonicalJSON.encode(payload)
    }

    /// The personal fields of a decoded event, opened with the subject's key: each path with its
    /// plaintext, or `nil` when the key is gone (the subject was erased). A plain value (a log written
    /// before sealing) is returned as it is.
    ///
    /// - Throws: ``SealError`` when a value does not open with the subject's key (altered or moved).
    static func open(_ event: any OfficeEvent, id: UUID, subject: SubjectID, keys: any SubjectKeyStore) async throws
        -> [(path: String, value: String?)]
    {
        let payload = try CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(event))
        let key = try await keys.key(for: subject, creating: false)
        var opened: [(path: String, value: String?)] = []
        for (path, value) in values(in: payload, of: type(of: event)) {
            guard value.hasPrefix(SealedValue.prefix) else { opened.append((path, value)); continue }
            guard let key else { opened.append((path, nil)); continue }
            opened.append((path, try SealedValue.open(value, key: key, eventID: id, field: path)))
        }
        return opened
    }
}

extension JSONValue {
    /// The member at a dotted path (`petitioner.name`), if any.
    func value(at path: String) -> JSONValue? {
        path.split(separator: ".").reduce(Optional(self)) { value, key in value?[String(key)] }
    }

    /// Replaces the member at a dotted path whose parents exist.
    mutating func setValue(_ value: JSONValue, at path: String) {
        let keys = path.split(separator: ".").map(String.init)
        guard let first = keys.first else { return }
        if keys.count == 1 { self[first] = value; return }
        guard var child = self[first] else { return }
        child.setValue(value, at: keys.dropFirst().joined(separator: "."))
        self[first] = child
    }
}
