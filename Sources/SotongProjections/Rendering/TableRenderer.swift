import Foundation
import SotongDomain

/// Renders projection results as aligned terminal tables, JSON or CSV.
///
/// ```swift
/// print(TableRenderer.text(result))
/// ```
public enum TableRenderer {
    /// The output formats of `sotong show`.
    public enum Format: String, CaseIterable, Sendable {
        /// Aligned text tables, JSON, or CSV.
        case table, json, csv
    }

    /// The result in a format.
    public static func render(_ result: ProjectionResult, as format: Format) -> String {
        switch format {
        case .table: text(result)
        case .json: json(result)
        case .csv: csv(result)
        }
    }

    /// Box-free aligned tables, Korean counted double-width, with title, notes and the digest.
    public static func text(_ result: ProjectionResult) -> String {
        var out = ""
        for table in result.tables {
            out += table.title + "\n"
            let header = table.columns.map(\.label)
            let body = table.rows.map { row in table.columns.map { row.cells[$0.key]?.description ?? "" } }
            var widths = header.map(DisplayWidth.of)
            for line in body {
                for (index, text) in line.enumerated() { widths[index] = Swift.max(widths[index], DisplayWidth.of(text)) }
            }
            func line(_ cells: [String], header: Bool = false) -> String {
                zip(cells, zip(table.columns, widths)).map { cell, column in
                    DisplayWidth.pad(cell, to: column.1, alignLeft: header || column.0.alignment == .left)
                }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            }
            out += line(header, header: true) + "\n"
            out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            for cells in body { out += line(cells) + "\n" }
            for note in table.notes { out += "* " + note + "\n" }
            out += "\n"
        }
        out += "(\(result.projection) as of \(result.moment.asOf), position \(result.moment.position); digest \(result.digest.prefix(16)))\n"
        return out
    }

    /// The documented, stable JSON shape (Docs/Projections.md).
    public static func json(_ result: ProjectionResult) -> String {
        struct Output: Encodable {
            let projection: String
            let asOf: String
            let position: Int64
            let digest: String
            let tables: [Table]
        }
        struct Table: Encodable {
            let key: String
            let title: String
            let columns: [ProjectionTable.Column]
            let rows: [Row]
            let notes: [String]
        }
        struct Row: Encodable {
            let key: String
            let cells: [String: Cell]
        }
        let output = Output(
            projection: result.projection, asOf: result.moment.asOf.description, position: result.moment.position,
            digest: result.digest,
            tables: result.tables.map { table in
                Table(key: table.key, title: table.title, columns: table.columns,
                      rows: table.rows.map { Row(key: $0.key, cells: $0.cells) }, notes: table.notes)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: (try? encoder.encode(output)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// One CSV block per table: `table,row,<column keys…>`, then a row per table row (RFC 4180 quoting).
    public static func csv(_ result: ProjectionResult) -> String {
        var out = ""
        for table in result.tables {
            out += (["table", "row"] + table.columns.map(\.key)).map(quote).joined(separator: ",") + "\r\n"
            for row in table.rows {
                let cells = table.columns.map { column -> String in
                    switch row.cells[column.key] {
                    case .integer(let value): String(value)
                    case .decimal(let value, let digits): Cell.decimalText(value, digits: digits)
                        .replacingOccurrences(of: ",", with: "")
                    case .text(let text): text
                    case .noData, .notApplicable, nil: ""
                    }
                }
                out += ([table.key, row.key] + cells).map(quote).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
