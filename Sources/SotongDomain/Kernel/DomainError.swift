/// A rule of the office refused an event. Nothing was appended.
///
/// The message is for a clerk: the Korean statement of the rule, then an English detail.
/// It never contains personal data.
///
/// ```swift
/// catch let error as DomainError { print(error) }
/// // 처리결과 중복 — an outcome is already recorded for petition 2017-0001; reopen it first (field: outcome)
/// ```
public struct DomainError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable code naming the rule, such as `petition.outcome-twice`.
    public let rule: String
    /// The rule in the office's words (Korean).
    public let korean: String
    /// What exactly was wrong, in English.
    public let detail: String
    /// The payload field at fault, when one is.
    public let field: String?

    /// A refusal by a rule.
    public init(rule: String, korean: String, detail: String, field: String? = nil) {
        self.rule = rule
        self.korean = korean
        self.detail = detail
        self.field = field
    }

    /// `<Korean rule> — <detail> (field: <field>)`.
    public var description: String {
        "\(korean) — \(detail)" + (field.map { " (field: \($0))" } ?? "")
    }
}
