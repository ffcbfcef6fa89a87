import Crypto
package import Foundation

/// The sealed form of one personal field, as the log stores it:
/// `sotong:sealed:v1:` followed by base64( 12-byte nonce ‖ ciphertext ‖ 16-byte tag ).
///
/// AES-256-GCM with the data subject's key. The associated data binds the ciphertext to its event
/// and field, so a value moved to another event or another field does not open:
/// `"sotong/pii/v1" 0x00 ‖ event id (lowercase UUID) ‖ 0x00 ‖ field path` (UTF-8).
///
/// ```swift
/// let token = try SealedValue.seal("홍길동", key: key, eventID: id, field: "petitioner.name")
/// let name = try SealedValue.open(token, key: key, eventID: id, field: "petitioner.name")  // "홍길동"
/// ```
package enum SealedValue {
    /// The prefix of every sealed value.
    package static let prefix = "sotong:sealed:v1:"
    /// Separates Sotong's personal-data encryption from every other use of the key.
    static let domainSeparator = Data("sotong/pii/v1".utf8) + Data([0])
    /// Nonce and tag: the smallest possible sealed payload.
    static let overhead = 12 + 16

    /// The associated data for one field of one event.
    package static func associatedData(eventID: UUID, field: String) -> Data {
        domainSeparator + Data(eventID.uuidString.lowercased().utf8) + Data([0]) + Data(field.utf8)
    }

    /// Whether a string has the sealed form (prefix, base64, at least nonce and tag).
    package static func isWellFormed(_ token: String) -> Bool {
        guard token.hasPrefix(prefix), let bytes = Data(base64Encoded: String(token.dropFirst(prefix.count))) else {
            return false
        }
        return bytes.count >= overhead
    }

    /// Encrypts `plaintext` for one field of one event with a subject's 32-byte key.
    package static func seal(_ plaintext: String, key: Data, eventID: UUID, field: String) throws -> String {
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: SymmetricKey(data: key),
                                   authenticating: associatedData(eventID: eventID, field: field))
        guard let combined = box.combined else { throw SealError.cannotSeal }
        return prefix + combined.base64EncodedString()
    }

    /// Encrypts with a nonce the caller chooses, for reproducible synthetic logs (the benchmark's
    /// generator) only: there the key is derived per subject and the nonce from the event id and
    /// field, so no nonce repeats under one key. Recording always uses ``seal(_:key:eventID:field:)``,
    /// whose nonce is random.
    package static func seal(_ plaintext: String, key: Data, eventID: UUID, field: String, nonce: Data) throws
        -> String
    {
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: SymmetricKey(data: key),
                                   nonce: AES.GCM.Nonce(data: nonce),
                                   authenticating: associatedData(eventID: eventID, field: field))
        guard let combined = box.combined else { throw SealError.cannotSeal }
        return prefix + combined.base64EncodedString()
    }

    /// Decrypts a sealed value; throws ``SealError/doesNotOpen`` when the key, the event or the field
    /// is not the one it was sealed for, or the value was altered.
    package static func open(_ token: String, key: Data, eventID: UUID, field: String) throws -> String {
        guard isWellFormed(token), let bytes = Data(base64Encoded: String(token.dropFirst(prefix.count))) else {
            throw SealError.doesNotOpen(field: field)
        }
        do {
            let box = try AES.GCM.SealedBox(combined: bytes)
            let plain = try AES.GCM.open(box, using: SymmetricKey(data: key),
                                         authenticating: associatedData(eventID: eventID, field: field))
            guard let text = String(data: plain, encoding: .utf8) else { throw SealError.doesNotOpen(field: field) }
            return text
        } catch {
            throw SealError.doesNotOpen(field: field)
        }
    }

    /// A new random 256-bit key for a data subject.
    package static func newKey() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    }
}

/// Sealing or opening personal data failed. The message names the field, never its value.
///
/// ```swift
/// catch let error as SealError { print(error) }   // the sealed value of petitioner.name does not open …
/// ```
public enum SealError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The value does not open with this key for this event and field (wrong key, moved, altered).
    case doesNotOpen(field: String)
    /// The cipher refused to seal.
    case cannotSeal

    /// One line naming the field, never its value.
    public var description: String {
        switch self {
        case .doesNotOpen(let field): "the sealed value of \(field) does not open (wrong key, another event or field, or altered)"
        case .cannotSeal: "personal data could not be sealed"
        }
    }
}
