/// Small helpers to write the report's HTML safely.
enum HTML {
    /// Escapes text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A projection table as an HTML table.
    static func table(_ table: ProjectionTable) -> String {
        var out = "<table class=\"data\" id=\"table-\(escape(table.key))\">\n<caption>\(escape(table.title))</caption>\n<thead><tr>"
        for column in table.columns { out += "<th>\(escape(column.label))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for column in table.columns {
                let text = row.cells[column.key]?.description ?? ""
                out += "<td class=\"\(column.alignment == .left ? "l" : "r")\">\(escape(text))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n"
        for note in table.notes { out += "<p class=\"note\">* \(escape(note))</p>\n" }
        return out
    }
}
