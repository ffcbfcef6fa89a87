/// A closed set of values that the office reads under Korean labels (소통정책팀, 완료, 중구…).
/// Raw values are stable English codes used in payloads; labels are for tables and reports.
///
/// ```swift
/// District.parse("남동구")      // .namdong
/// District.namdong.koreanLabel  // "남동구"
/// District.codeList             // "jung-gu, dong-gu, …"
/// ```
public protocol KoreanLabelled: RawRepresentable, CaseIterable, Hashable, Codable, Sendable
where RawValue == String {
    var koreanLabel: String { get }
}

extension KoreanLabelled {
    /// The value whose code or Korean label is `text`.
    public static func parse(_ text: String) -> Self? {
        Self(rawValue: text) ?? allCases.first { $0.koreanLabel == text }
    }

    /// Every accepted code, for error messages.
    public static var codeList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
