import Foundation
import SotongCore

/// A piece of personal data (개인정보) about a data subject: a petitioner's name, phone or address.
///
/// A value holds either the plaintext (input: a form, a command, an import line) or the sealed
/// form the log stores (`sotong:sealed:v1:…`, see Docs/Security.md). A sealed
/// value reveals nothing: its description and masked forms are `***`, and only a
/// ``PersonalDataReader`` with the subject's key, an actor and a purpose opens it.
///
/// ```swift
/// let name = Personal("홍길동")
/// print(name)            // ***
/// print(name.masked)     // 홍*동
/// name.plaintext         // "홍길동" (nil once sealed)
/// ```
public struct Personal: Hashable, Codable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    private enum Storage: Hashable, Sendable {
        case plain(String)
        case sealed(String)
    }

    private let storage: Storage

    /// Personal data as given (input). Recording it through the ``Office`` seals it.
    public init(_ plaintext: String) { storage = .plain(plaintext) }

    /// A sealed value as stored (`sotong:sealed:v1:…`).
    ///
    /// - Throws: ``PayloadError`` when the string is not a well-formed sealed value.
    public init(sealed token: String) throws {
        guard SealedValue.isWellFormed(token) else {
            throw PayloadError(field: "(value)", reason: "is not a well-formed sealed value")
        }
        storage = .sealed(token)
    }

    /// The plain value, when this is input that has not been sealed; `nil` for a stored (sealed) value.
    /// Read it only where a stated purpose allows.
    public var plaintext: String? {
        if case .plain(let value) = storage { return value }
        return nil
    }

    /// The stored form, `sotong:sealed:v1:…`, when this value is sealed.
    public var sealedToken: String? {
        if case .sealed(let token) = storage { return token }
        return nil
    }

    /// Whether this is a stored, sealed value (nothing readable without the subject's key).
    public var isSealed: Bool { sealedToken != nil }

    /// Always `***`: printing a value never shows personal data.
    public var description: String { "***" }
    /// Always `Personal(***)`, also in the debugger.
    public var debugDescription: String { "Personal(***)" }

    /// A masked form for reports: first and last character kept for names, last 4 digits for phones;
    /// `***` for a sealed value, which reveals nothing.
    public var masked: String {
        guard case .plain(let value) = storage else { return "***" }
        let characters = Array(value)
        let digits = characters.filter(\.isNumber)
        if digits.count >= 7 { return "***-****-" + String(digits.suffix(4)) }
        switch characters.count {
        case 0: return ""
        case 1: return "*"
        case 2: return String(characters[0]) + "*"
        default: return String(characters[0]) + String(repeating: "*", count: characters.count - 2) + String(characters.last!)
        }
    }

    /// Decodes a plain string as plaintext and a `sotong:sealed:v1:` string as a sealed value
    /// (refusing a malformed one).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(String.self)
        if value.hasPrefix(SealedValue.prefix) {
            guard SealedValue.isWellFormed(value) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "is not a well-formed sealed value")
            }
            storage = .sealed(value)
        } else {
            storage = .plain(value)
        }
    }

    /// Writes the plaintext or the sealed token; with `.maskPersonalData`, the masked form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if encoder.userInfo[.maskPersonalData] as? Bool == true { return try container.encode(masked) }
        switch storage {
        case .plain(let value): try container.encode(value)
        case .sealed(let token): try container.encode(token)
        }
    }
}

extension CodingUserInfoKey {
    /// Set to `true` in an encoder's `userInfo` to write every ``Personal`` value masked
    /// (for displays and reports; never for the log).
    public static let maskPersonalData = CodingUserInfoKey(rawValue: "sotong.maskPersonalData")!
}
