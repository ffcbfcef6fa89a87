public import Foundation

/// A SHA-256 digest in the hash chain: 32 bytes, shown as lowercase hex.
///
/// ```swift
/// let genesis = ChainHash.genesis   // 32 zero bytes, the "previous hash" of position 1
/// ```
public struct ChainHash: Hashable, Sendable, CustomStringConvertible, Codable {
    /// The 32 bytes of the SHA-256 digest.
    public let bytes: Data

    /// The previous hash of the first event: 32 zero bytes.
    public static let genesis = ChainHash(unchecked: Data(count: 32))

    /// Wraps 32 bytes; `nil` for any other length.
    public init?(bytes: Data) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    package init(unchecked bytes: Data) { self.bytes = bytes }

    /// Parses 64 hex digits.
    public init?(hex: String) {
        guard hex.utf8.count == 64 else { return nil }
        var data = Data(capacity: 32)
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            data.append(byte)
            index = next
        }
        self.bytes = data
    }

    /// The 64 lowercase hexadecimal digits, as Docs/StoredFormat.md and the CLI print it.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The hexadecimal form (``hex``).
    public var description: String { hex }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let hash = ChainHash(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not 64 hex digits"))
        }
        self = hash
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}
