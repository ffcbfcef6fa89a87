/// The name of one stream in the log, such as `petition-2017-0001` or `office`.
///
/// Stream ids are public identifiers: they never carry personal data.
///
/// ```swift
/// let stream: StreamID = "petition-2017-0001"
/// ```
public struct StreamID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The longest stream id the stores accept, in UTF-8 bytes.
    public static let maximumLength = 200

    /// The stream's name.
    public let rawValue: String

    /// A stream id with this name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A stream id with this name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// A stream id from a literal: `let stream: StreamID = "organisation"`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The name.
    public var description: String { rawValue }

    /// Orders stream ids by name.
    public static func < (lhs: StreamID, rhs: StreamID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Why this id cannot name a stream, or `nil` when it can.
    package var problem: String? {
        if rawValue.isEmpty { return "is empty" }
        if rawValue.utf8.count > Self.maximumLength { return "is longer than \(Self.maximumLength) bytes" }
        // ASCII first (the usual case): its control characters are 0x00–0x1F and 0x7F.
        let ascii = rawValue.utf8.allSatisfy { $0 < 0x80 }
        if ascii ? rawValue.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F })
                 : rawValue.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "contains a control character"
        }
        return nil
    }
}
