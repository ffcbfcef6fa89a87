import Foundation

/// One table of a projection's view, ready to print as a terminal table, JSON or CSV.
/// Labels are the plan's Korean terms; keys are stable English identifiers for JSON and CSV.
///
/// ```swift
/// var table = ProjectionTable(key: "network", title: "시민사회 소통네트워크 구성현황",
///                             columns: [.init(key: "category", label: "구분", alignment: .left),
///                                       .init(key: "members", label: "인원")])
/// table.rows.append(.init(key: "total", cells: ["category": .text("계"), "members": .integer(22)]))
/// ```
public struct ProjectionTable: Codable, Hashable, Sendable {
    /// One column: a stable key, the plan's Korean label, and how to align it.
    public struct Column: Codable, Hashable, Sendable {
        /// How a column's cells are aligned in text (numbers right, text left).
        public enum Alignment: String, Codable, Hashable, Sendable { case left, right }
        /// A stable identifier for JSON and CSV.
        public let key: String
        /// The plan's Korean header.
        public let label: String
        /// How its cells align in text.
        public let alignment: Alignment

        /// A column; numbers align right by default.
        public init(key: String, label: String, alignment: Alignment = .right) {
            self.key = key
            self.label = label
            self.alignment = alignment
        }
    }

    /// One row: a stable key and its cells by column key.
    public struct Row: Codable, Hashable, Sendable {
        /// A stable identifier (`total`, a team, a district…).
        public let key: String
        /// The cells by column key; a missing one prints empty.
        public var cells: [String: Cell]

        /// A row.
        public init(key: String, cells: [String: Cell]) {
            self.key = key
            self.cells = cells
        }
    }

    /// A stable identifier (`roster`, `petition-status`, `overdue`).
    public let key: String
    /// The plan's Korean title.
    public let title: String
    /// The columns, in order.
    public let columns: [Column]
    /// The rows, in order.
    public var rows: [Row]
    /// Remarks printed under the table (the plan's footnotes, warnings such as a missing calendar).
    public var notes: [String]

    /// A table.
    public init(key: String, title: String, columns: [Column], rows: [Row] = [], notes: [String] = []) {
        self.key = key
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// The cell at a row and column, if any.
    public func cell(row: String, column: String) -> Cell? {
        rows.first { $0.key == row }?.cells[column]
    }
}

/// One cell: a number, a text, or explicitly no data (never shown as 0).
///
/// ```swift
/// Cell.integer(1710).description            // "1,710"
/// Cell.decimal(97.25, digits: 1).description   // "97.3"
/// Cell.noData.description                   // "자료 없음"
/// ```
public enum Cell: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A whole number, printed with thousands grouped.
    case integer(Int)
    /// A decimal shown with `digits` fraction digits.
    case decimal(Double, digits: Int)
    /// A text.
    case text(String)
    /// Nothing to show: no evidence recorded (printed "자료 없음", `null` in JSON).
    case noData
    /// Not applicable (printed "-", as the plan prints it).
    case notApplicable

    /// The text form the tables print.
    public var description: String {
        switch self {
        case .integer(let value): Cell.grouped(value)
        case .decimal(let value, let digits): Cell.decimalText(value, digits: digits)
        case .text(let text): text
        case .noData: "자료 없음"
        case .notApplicable: "-"
        }
    }

    /// 1,710 — thousands grouped as the plan prints them.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index).isMultiple(of: 3) { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    static func decimalText(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let whole = Int(rounded.rounded(.towardZero))
        guard digits > 0 else { return grouped(whole) }
        let fraction = Int((abs(rounded - Double(whole)) * scale).rounded())
        let fractionText = String(fraction)
        let padded = String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
        return (rounded < 0 && whole == 0 ? "-" : "") + grouped(whole) + "." + padded
    }

    /// The JSON form: numbers as numbers, text as strings, no data and none as null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .decimal(let value, let digits): try container.encode(Double(Cell.decimalText(value, digits: digits)
            .replacingOccurrences(of: ",", with: "")) ?? value)
        case .text(let text): try container.encode(text)
        case .noData, .notApplicable: try container.encodeNil()
        }
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .noData }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .decimal(value, digits: 1) }
        else { self = .text(try container.decode(String.self)) }
    }
}
