/// A strict check of one interchange line against the JSON grammar (RFC 8259), before Foundation
/// decodes it. Foundation's decoder accepts what JSON forbids — a trailing comma, a member name
/// given twice (it keeps the first, other tools the last) — and some of its errors do not say
/// where. This check names the member where the line breaks (`payload.title`), or `(line)`.
///
/// ```swift
/// if let problem = JSONSyntax.problem(in: bytes) { print(problem.field, problem.reason) }
/// ```
package struct JSONSyntax {
    /// The deepest nesting of objects and arrays accepted (interchange lines are shallow).
    static let maximumDepth = 64

    package struct Problem: Error, Equatable {
        package let field: String
        package let reason: String
    }

    /// The first fault of `bytes` (UTF-8, already validated), or `nil` when it is one JSON value.
    package static func problem<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Problem? {
        var parser = JSONSyntax(bytes: Array(bytes))
        // A UTF-8 byte-order mark may start the line (RFC 8259 §8.1 lets a parser ignore it).
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        do throws(Problem) {
            try parser.value(depth: 0)
            parser.skipSpace()
            if parser.offset < parser.bytes.count { throw parser.fault("has more text after the JSON value") }
            return nil
        } catch {
            return error
        }
    }

    private enum Component {
        case key(String)
        case index(Int)
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var path: [Component] = []

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var field: String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(line)" : text
    }

    /// A fault of the grammar, at the member being read. `what` documents the case; the report keeps
    /// the importer's one wording, and the field says where.
    private func fault(_ what: String) -> Problem {
        Problem(field: field, reason: "is not valid JSON")
    }

    private var tooDeep: Problem { Problem(field: field, reason: "nests deeper than \(Self.maximumDepth) levels") }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { offset += 1 }
    }

    private mutating func value(depth: Int) throws(Problem) {
        skipSpace()
        guard let byte = current else { throw fault("the line ends where a value should be") }
        switch byte {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw fault("a value cannot start with this character")
        }
    }

    private mutating func object(depth: Int) throws(Problem) {
        guard depth <= Self.maximumDepth else { throw tooDeep }
        offset += 1
        skipSpace()
        if current == UInt8(ascii: "}") { offset += 1; return }
        var names = Set<String>()
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else {
                throw fault(current == UInt8(ascii: "}") ? "a trailing comma"
                            : current == nil ? "the line ends inside an object" : "a member name must be a string")
            }
            let name = try string()
            path.append(.key(name))
            guard names.insert(name).inserted else {
                throw Problem(field: field, reason: "is given twice (JSON readers disagree on which one counts)")
            }
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw fault("a colon must follow the member name") }
            offset += 1
            try value(depth: depth)
            path.removeLast()
            skipSpace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"): offset += 1; return
            default: throw fault(current == nil ? "the line ends inside an object" : "a comma or '}' must follow a member")
            }
        }
    }

    private mutating func array(depth: Int) throws(Problem) {
        guard depth <= Self.maximumDepth else { throw tooDeep }
        offset += 1
        skipSpace()
        if current == UInt8(ascii: "]") { offset += 1; return }
        var index = 0
        while true {
            skipSpace()
            if current == UInt8(ascii: "]") { throw fault("a trailing comma") }
            path.append(.index(index))
            try value(depth: depth)
            path.removeLast()
            skipSpace()
            switch current {
            case UInt8(ascii: ","): offset += 1; index += 1
            case UInt8(ascii: "]"): offset += 1; return
            default: throw fault(current == nil ? "the line ends inside a list" : "a comma or ']' must follow an item")
            }
        }
    }

    /// Reads a string and returns its value (member names are compared by value: `"a"` and `"\u0061"` are one name).
    private mutating func string() throws(Problem) -> String {
        offset += 1
        var scalars = String.UnicodeScalarView()
        var run = offset
        func flush(_ end: Int) { scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars) }
        while true {
            guard let byte = current else { throw fault("the line ends inside a string") }
            switch byte {
            case UInt8(ascii: "\""):
                flush(offset)
                offset += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(offset)
                offset += 1
                scalars.append(try escape())
                run = offset
            case 0x00..<0x20:
                throw fault("a control character inside a string must be escaped")
            default:
                offset += 1
            }
        }
    }

    private mutating func escape() throws(Problem) -> Unicode.Scalar {
        guard let byte = current else { throw fault("the line ends inside an escape") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hex4()
            if (0xDC00...0xDFFF).contains(unit) { throw fault("an unpaired surrogate escape") }
            guard (0xD800...0xDBFF).contains(unit) else { return Unicode.Scalar(unit)! }
            guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                throw fault("an unpaired surrogate escape")
            }
            offset += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw fault("an unpaired surrogate escape") }
            return Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))!
        default:
            throw fault("an unknown escape")
        }
    }

    private mutating func hex4() throws(Problem) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexDigit(byte) else { throw fault("a \\u escape needs four hex digits") }
            value = value << 4 | UInt16(digit)
            offset += 1
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private mutating func number() throws(Problem) {
        let start = offset
        func digits() -> Int {
            let first = offset
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
            return offset - first
        }
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
            if let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { throw fault("a number with a leading zero") }
        } else if digits() == 0 {
            throw fault("a minus sign without digits")
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw fault("a decimal point without digits after it") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw fault("an exponent without digits") }
        }
        // Sotong reads numbers as 64-bit floating point: one beyond its range cannot be kept.
        guard let number = Double(String(decoding: bytes[start..<offset], as: UTF8.self)), number.isFinite else {
            throw Problem(field: field, reason: "is a number too large to hold")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Problem) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes[offset...].starts(with: expected) else { throw fault("a value cannot start with this character") }
        offset += expected.count
    }
}
