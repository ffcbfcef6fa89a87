import Crypto
public import Foundation
public import SotongCore

/// A signed statement of the log's head: "the log `origin` had `size` events ending in `hash` at
/// `time`". Published to auditors, it lets anyone later prove the log still extends it, which
/// catches an insider who rewrites history and recomputes the whole chain (plain `verify` cannot).
///
/// The text format (UTF-8, each line ending in `\n`):
///
///     sotong-checkpoint v1
///     origin <store id>
///     size <head position>
///     hash <head hash, 64 lowercase hex digits>
///     time <RFC 3339, UTC>
///     signature <base64 Ed25519 signature over the exact bytes of the five lines above>
///
/// ```swift
/// let checkpoint = try Checkpoint.sign(origin: id, head: try await store.head(), time: Date(), key: key)
/// try checkpoint.text.write(toFile: "head.checkpoint", atomically: true, encoding: .utf8)
/// ```
public struct Checkpoint: Hashable, Sendable {
    /// The first line.
    public static let header = "sotong-checkpoint v1"

    /// The log it is about: the store id (`sotong verify` prints it).
    public let origin: String
    /// The head it states: size (last position) and hash.
    public let head: ChainHead
    /// When it was signed, as written in the `time` line (RFC 3339).
    public let timestamp: String
    /// The 64-byte Ed25519 signature over ``signedText``.
    public let signature: Data

    /// When it was signed.
    public var time: Date? { RFC3339.date(from: timestamp) }

    /// The five signed lines, newlines included: the exact bytes the signature covers.
    public var signedText: String {
        "\(Self.header)\norigin \(origin)\nsize \(head.position)\nhash \(head.hash.hex)\ntime \(timestamp)\n"
    }

    /// The whole checkpoint file.
    public var text: String { signedText + "signature \(signature.base64EncodedString())\n" }

    /// Signs the head of the log `origin`.
    public static func sign(origin: String, head: ChainHead, time: Date, key: CheckpointSigningKey) throws -> Checkpoint {
        guard !origin.isEmpty, !origin.contains(where: \.isWhitespace) else {
            throw CheckpointError.malformed("origin must be a non-empty word")
        }
        let timestamp = RFC3339.string(from: time)
        let unsigned = Checkpoint(origin: origin, head: head, timestamp: timestamp, signature: Data())
        let signature = try key.privateKey.signature(for: Data(unsigned.signedText.utf8))
        return Checkpoint(origin: origin, head: head, timestamp: timestamp, signature: signature)
    }

    /// Reads a checkpoint file; checks its shape, not its signature.
    public static func parse(_ text: String) throws -> Checkpoint {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let names = ["origin", "size", "hash", "time", "signature"]
        guard lines.count == 6, lines[0] == header else {
            throw CheckpointError.malformed("a checkpoint has 6 lines and starts with '\(header)'")
        }
        var values: [String] = []
        for (line, name) in zip(lines.dropFirst(), names) {
            guard line.hasPrefix(name + " ") else { throw CheckpointError.malformed("line '\(name) …' is missing") }
            values.append(String(line.dropFirst(name.count + 1)))
        }
        guard let size = Int64(values[1]), size >= 0 else { throw CheckpointError.malformed("size is not a whole number") }
        guard let hash = ChainHash(hex: values[2]) else {
            throw CheckpointError.malformed("hash is not 64 hex digits")
        }
        guard RFC3339.date(from: values[3]) != nil else { throw CheckpointError.malformed("time is not RFC 3339") }
        guard let signature = Data(base64Encoded: values[4]), signature.count == 64 else {
            throw CheckpointError.malformed("signature is not a base64 Ed25519 signature")
        }
        let checkpoint = Checkpoint(origin: values[0], head: ChainHead(position: size, hash: hash), timestamp: values[3],
                                    signature: signature)
        guard checkpoint.text == text || checkpoint.text == text + "\n" else {
            throw CheckpointError.malformed("the checkpoint is not in canonical form")
        }
        return checkpoint
    }

    /// Whether the signature is valid for the signed lines under `key`.
    public func isSigned(by key: CheckpointPublicKey) -> Bool {
        key.publicKey.isValidSignature(signature, for: Data(signedText.utf8))
    }

    /// Proves the store still extends this checkpoint: the signature verifies, the store is the
    /// checkpoint's origin, and its chain is intact and still has `hash` at position `size`.
    ///
    /// - Throws: ``CheckpointError`` saying which of these fails.
    public func check(_ store: any EventStore, storeID: String, publicKey: CheckpointPublicKey) async throws
        -> ChainVerification
    {
        guard isSigned(by: publicKey) else { throw CheckpointError.badSignature }
        guard storeID == origin else { throw CheckpointError.otherOrigin(checkpoint: origin, store: storeID) }
        let report = try await store.verify(expectedHead: head)
        if let failure = report.failure { throw CheckpointError.notExtended(failure) }
        return report
    }
}

/// A checkpoint could not be read or does not hold for this log.
///
/// ```swift
/// do { _ = try await checkpoint.check(store, storeID: id, publicKey: key) }
/// catch let error as CheckpointError { print(error) }   // the log does not extend the checkpoint: …
/// ```
public enum CheckpointError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not a checkpoint (or a key file is not a key); says which line.
    case malformed(String)
    /// The signature does not verify with the public key.
    case badSignature
    /// The checkpoint is of another log.
    case otherOrigin(checkpoint: String, store: String)
    /// The log no longer extends the checkpoint: rewritten, truncated or broken where the failure says.
    case notExtended(ChainVerification.Failure)

    /// One line for the auditor.
    public var description: String {
        switch self {
        case .malformed(let reason): "the checkpoint is malformed: \(reason)"
        case .badSignature: "the checkpoint's signature does not verify with this public key"
        case .otherOrigin(let checkpoint, let store): "the checkpoint is of log \(checkpoint), not of this log (\(store))"
        case .notExtended(let failure): "the log does not extend the checkpoint: \(failure)"
        }
    }
}
