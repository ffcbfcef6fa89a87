import Crypto
import Foundation

/// The Ed25519 private key that signs checkpoints. Its file (written with mode 0600):
///
///     sotong-ed25519-private-key v1
///     <base64 of the 32-byte raw private key>
///
/// ```swift
/// let key = CheckpointSigningKey()
/// try key.fileText.write(toFile: "office.key", atomically: true, encoding: .utf8)
/// try key.publicKey.fileText.write(toFile: "office.pub", atomically: true, encoding: .utf8)
/// ```
public struct CheckpointSigningKey: Sendable {
    /// The first line of the private key file.
    public static let header = "sotong-ed25519-private-key v1"

    /// The raw 32-byte key (kept as bytes: Crypto's key types are not Sendable).
    private let raw: Data

    var privateKey: Curve25519.Signing.PrivateKey {
        // The bytes were checked when the key was made or read.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    /// A new random key.
    public init() { raw = Curve25519.Signing.PrivateKey().rawRepresentation }

    /// Reads a private key file.
    public init(fileText: String) throws {
        let bytes = try KeyFileText.read(fileText, header: Self.header, what: "private key")
        guard (try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes)) != nil else {
            throw CheckpointError.malformed("the private key is not a 32-byte Ed25519 key")
        }
        raw = bytes
    }

    /// The file's text.
    public var fileText: String { "\(Self.header)\n\(raw.base64EncodedString())\n" }

    /// The matching public key.
    public var publicKey: CheckpointPublicKey { CheckpointPublicKey(raw: privateKey.publicKey.rawRepresentation) }
}

/// The Ed25519 public key auditors use to check checkpoints. Its file:
///
///     sotong-ed25519-public-key v1
///     <base64 of the 32-byte raw public key>
///
/// ```swift
/// let key = try CheckpointPublicKey(fileText: String(contentsOfFile: "office.pub", encoding: .utf8))
/// checkpoint.isSigned(by: key)
/// ```
public struct CheckpointPublicKey: Sendable {
    /// The first line of the public key file.
    public static let header = "sotong-ed25519-public-key v1"

    /// The raw 32-byte key.
    private let raw: Data

    var publicKey: Curve25519.Signing.PublicKey {
        // The bytes were checked when the key was made or read.
        try! Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }

    init(raw: Data) { self.raw = raw }

    /// Reads a public key file.
    public init(fileText: String) throws {
        let bytes = try KeyFileText.read(fileText, header: Self.header, what: "public key")
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: bytes)) != nil else {
            throw CheckpointError.malformed("the public key is not a 32-byte Ed25519 key")
        }
        raw = bytes
    }

    /// The file's text.
    public var fileText: String { "\(Self.header)\n\(raw.base64EncodedString())\n" }
}

/// The two-line key file format.
enum KeyFileText {
    static func read(_ text: String, header: String, what: String) throws -> Data {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard lines.count == 2, lines[0] == header else {
            throw CheckpointError.malformed("a \(what) file has 2 lines and starts with '\(header)'")
        }
        guard let bytes = Data(base64Encoded: lines[1]), bytes.count == 32 else {
            throw CheckpointError.malformed("the \(what) is not base64 of 32 bytes")
        }
        return bytes
    }
}
