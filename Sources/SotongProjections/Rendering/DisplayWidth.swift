/// How many terminal columns a string takes: Hangul, CJK and full-width forms take two.
///
/// Hand-written: none of the packages available here measures East Asian width (the TextTable
/// package counts characters, which misaligns Korean). The ranges are Unicode's East Asian Wide
/// and Fullwidth blocks that the office's text uses.
///
/// ```swift
/// DisplayWidth.of("계")     // 2
/// DisplayWidth.of("2018")   // 4
/// ```
public enum DisplayWidth {
    /// The columns `text` takes in a terminal.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.generalCategory == .enclosingMark || value == 0x200B { return 0 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Pads `text` with spaces to `width` columns, on the right (left-aligned) or the left.
    public static func pad(_ text: String, to width: Int, alignLeft: Bool) -> String {
        let padding = String(repeating: " ", count: Swift.max(0, width - of(text)))
        return alignLeft ? text + padding : padding + text
    }
}
