public import Foundation

/// RFC 3339 timestamps with milliseconds in UTC (`2017-11-30T09:00:00.000Z`): the one text form
/// of an instant in payloads and in the interchange format.
///
/// ```swift
/// RFC3339.string(from: Date(timeIntervalSince1970: 0))      // "1970-01-01T00:00:00.000Z"
/// RFC3339.date(from: "2018-03-02T10:00:00+09:00")           // 2018-03-02 01:00 UTC
/// ```
public enum RFC3339 {
    /// The UTC form with milliseconds, `2018-03-02T01:00:00.000Z`.
    public static func string(from date: Date) -> String {
        date.formatted(style)
    }

    /// Parses with or without fractional seconds, with `Z` or an offset such as `+09:00`.
    /// Impossible dates and times (`2018-02-30`, `24:00`) are refused, not rolled over.
    public static func date(from text: String) -> Date? {
        guard hasRealDateAndTime(text) else { return nil }
        if let date = try? style.parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: .gmt).parse(text)
    }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// Checks `YYYY-MM-DDTHH:MM:SS` field by field (the format style would roll Feb 30 into March).
    private static func hasRealDateAndTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), hour < 24, minute < 60, second < 60, day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days && hasRealZone(bytes[19...])
    }

    /// Checks what follows the seconds: optional fractional digits, then `Z` or `±HH:MM`, and nothing
    /// more (the format style would ignore text after the zone).
    private static func hasRealZone(_ rest: ArraySlice<UInt8>) -> Bool {
        var rest = rest
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let digits = rest.prefix(while: isDigit).count
            guard digits > 0 else { return false }
            rest = rest.dropFirst(digits)
        }
        if rest.elementsEqual([UInt8(ascii: "Z")]) { return true }
        guard rest.count == 6, rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") else { return false }
        let zone = Array(rest)
        guard zone[3] == UInt8(ascii: ":"), [1, 2, 4, 5].allSatisfy({ isDigit(zone[$0]) }) else { return false }
        let hours = Int(zone[1] - 48) * 10 + Int(zone[2] - 48)
        let minutes = Int(zone[4] - 48) * 10 + Int(zone[5] - 48)
        return hours < 24 && minutes < 60
    }
}
