public import Foundation

/// The log stores times as whole milliseconds since 1970-01-01T00:00:00Z (a signed 64-bit integer).
///
/// ```swift
/// Timestamp.milliseconds(Date(timeIntervalSince1970: 1.5))   // 1500
/// ```
public enum Timestamp {
    /// Milliseconds since the Unix epoch, rounded to the nearest millisecond.
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The date a stored millisecond count stands for.
    public static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The same instant, cut to the millisecond the store keeps.
    public static func truncate(_ date: Date) -> Date {
        self.date(milliseconds: milliseconds(date))
    }
}
