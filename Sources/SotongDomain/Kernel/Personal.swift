import Foundation

/// A piece of personal data (개인정보) about a data subject: a petitioner's name, phone or address.
///
/// Its description is always masked, so it cannot leak into an error message or a log line.
/// The privacy work encrypts these fields per subject; code reads them through this type only.
///
/// ```swift
/// let name = Personal("홍길동")
/// print(name)            // ***
/// print(name.masked)     // 홍*동
/// ```
public struct Personal: Hashable, Codable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The plain value. Read it only where a stated purpose allows.
    public let value: String

    public init(_ value: String) { self.value = value }

    public var description: String { "***" }
    public var debugDescription: String { "Personal(***)" }

    /// A masked form for reports: first and last character kept for names, last 4 digits for phones.
    public var masked: String {
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

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.userInfo[.maskPersonalData] as? Bool == true ? masked : value)
    }
}

extension CodingUserInfoKey {
    /// Set to `true` in an encoder's `userInfo` to write every ``Personal`` value masked
    /// (for displays and reports; never for the log).
    public static let maskPersonalData = CodingUserInfoKey(rawValue: "sotong.maskPersonalData")!
}
