import Foundation

/// A horizontal bar chart as inline SVG: no scripts, no external files, readable when printed.
struct SVGBarChart {
    struct Bar {
        let label: String
        let value: Double
        /// Shown after the bar (defaults to the value).
        var text: String?
    }

    let id: String
    let title: String
    let bars: [Bar]
    var color = "#2f6db5"
    var width = 640.0

    var svg: String {
        let rowHeight = 24.0
        let labelWidth = 170.0
        let valueWidth = 80.0
        let top = 30.0
        let height = top + rowHeight * Double(max(bars.count, 1)) + 10
        let maximum = bars.map(\.value).max().map { $0 > 0 ? $0 : 1 } ?? 1
        let barArea = width - labelWidth - valueWidth
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-\(HTML.escape(id))" width="\(Int(width))" \
            height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(HTML.escape(title))">
            <title>\(HTML.escape(title))</title>
            <text x="0" y="18" class="chart-title">\(HTML.escape(title))</text>

            """
        if bars.isEmpty {
            out += "<text x=\"0\" y=\"\(Int(top + 16))\" class=\"empty\">자료 없음</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let length = max(0, bar.value / maximum * barArea)
            out += """
                <text x="\(Int(labelWidth - 8))" y="\(Int(y + 16))" text-anchor="end">\(HTML.escape(bar.label))</text>
                <rect class="bar" x="\(Int(labelWidth))" y="\(Int(y + 4))" width="\(String(format: "%.1f", length))" \
                height="\(Int(rowHeight - 8))" fill="\(color)"/>
                <text x="\(Int(labelWidth + length + 6))" y="\(Int(y + 16))">\(HTML.escape(bar.text ?? Self.number(bar.value)))</text>

                """
        }
        return out + "</svg>\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? Cell.grouped(Int(value)) : Cell.decimalText(value, digits: 1)
    }
}
