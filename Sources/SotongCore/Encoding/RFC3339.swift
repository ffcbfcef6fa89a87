public import Foundation

/// RFC 3339 timestamps with milliseconds in UTC (`2017-11-30T09:00:00.000Z`): the one text form
/// of an instant in payloads and in the interchange format.
public enum RFC3339 {
    public static func string(from date: Date) -> String {
        date.formatted(style)
    }

    /// Parses with or without fractional seconds, with `Z` or an offset such as `+09:00`.
    public static func date(from text: String) -> Date? {
        if let date = try? style.parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: .gmt).parse(text)
    }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
}
