import Foundation

/// Value checks shared by the conflict and participation events: each failure is a
/// ``DomainError`` with the code `<prefix>.invalid-value` and the field at fault.
/// Messages name the field and the limit, never the value.
struct CivicValueCheck {
    /// The event-type prefix the rule codes start with (`conflict`, `network`, …).
    let prefix: String

    /// The largest head count any participation activity may report.
    static let maximumCount = 100_000

    private func refuse(_ field: String, _ detail: String) -> DomainError {
        DomainError(rule: "\(prefix).invalid-value", korean: "입력값 오류", detail: "\(field) \(detail)", field: field)
    }

    /// Text that is not blank and at most `limit` characters long.
    func text(_ value: String, _ field: String, limit: Int = 500) throws {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw refuse(field, "must not be empty")
        }
        if value.count > limit { throw refuse(field, "must be at most \(limit) characters") }
    }

    /// Optional text: when present, as ``text(_:_:limit:)``.
    func optionalText(_ value: String?, _ field: String, limit: Int = 500) throws {
        if let value { try text(value, field, limit: limit) }
    }

    /// An id as the payload decoder accepts it: 1 to 100 characters, no spaces or control characters.
    func id<Tag>(_ value: ID<Tag>, _ field: String) throws {
        let raw = value.rawValue
        guard !raw.isEmpty, raw.utf8.count <= 100,
              raw.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && $0.properties.generalCategory != .control })
        else { throw refuse(field, "must be 1 to 100 characters without spaces or control characters") }
    }

    /// Distinct valid ids, at least `minimum` of them.
    func ids<Tag>(_ values: [ID<Tag>], _ field: String, minimum: Int = 0) throws {
        if values.count < minimum { throw refuse(field, "must name at least \(minimum)") }
        for (offset, value) in values.enumerated() { try id(value, "\(field)[\(offset)]") }
        if Set(values).count != values.count { throw refuse(field, "must not name the same id twice") }
    }

    /// Distinct non-blank names of at most `limit` characters, at least `minimum` of them.
    func names(_ values: [String], _ field: String, minimum: Int = 0, limit: Int = 200) throws {
        if values.count < minimum { throw refuse(field, "must name at least \(minimum)") }
        for (offset, value) in values.enumerated() { try text(value, "\(field)[\(offset)]", limit: limit) }
        if Set(values).count != values.count { throw refuse(field, "must not name the same entry twice") }
    }

    /// A count within `range`.
    func count(_ value: Int, _ field: String, in range: ClosedRange<Int>) throws {
        if !range.contains(value) {
            throw refuse(field, "must be between \(range.lowerBound) and \(range.upperBound)")
        }
    }

    /// Any other condition on a field; `detail` completes a sentence that starts with the field name.
    func require(_ condition: Bool, _ field: String, _ detail: String) throws {
        if !condition { throw refuse(field, detail) }
    }

    /// A term whose start is not after its end.
    func term(start: LocalDate, end: LocalDate, _ field: String) throws {
        if end < start { throw refuse(field, "must not lie before the term start") }
    }
}
