import SotongDomain

/// An id in 8 bytes. Ids of the form `<prefix>YYYY-N…` (any prefix, a 4-digit year, a hyphen and 1
/// to 10 digits, leading zeros kept: petition ids such as `2018-0000042`, subject ids such as
/// `subject-2018-0000042`) are packed as prefix, year, digit count and number, the prefix kept once
/// in a ``StringTable``; any other id is kept whole in the table and the key holds its index.
struct CompactID: Hashable, Comparable, Sendable {
    let bits: UInt64

    // Layout: bit 63 set for a table index (bits 0–31); otherwise the prefix (its table index plus
    // one, 0 for none) in bits 52–62, the year in 38–51, the digit count in 34–37, the number in 0–33.
    private static let tableFlag: UInt64 = 1 << 63
    private static let maximumPrefix: UInt64 = (1 << 11) - 1

    /// A key from its bits, as stored.
    init(bits: UInt64) { self.bits = bits }

    /// The key of `id`, keeping its prefix (or the whole id) in `strings`.
    init(_ id: String, strings: inout StringTable) {
        if let parts = Self.parts(id) {
            let prefix: UInt64? = parts.prefix.isEmpty ? 0 : UInt64(strings.intern(parts.prefix)) + 1
            if let prefix, prefix <= Self.maximumPrefix {
                bits = prefix << 52 | parts.packed
                return
            }
        }
        bits = Self.tableFlag | UInt64(strings.intern(id))
    }

    /// The key of `id` if `strings` already holds what it needs (its prefix, or the whole id).
    init?(lookingUp id: String, in strings: StringTable) {
        if let parts = Self.parts(id) {
            let prefix: UInt64? = parts.prefix.isEmpty ? 0 : strings.index(of: parts.prefix).map { UInt64($0) + 1 }
            if let prefix, prefix <= Self.maximumPrefix {
                bits = prefix << 52 | parts.packed
                return
            }
        }
        guard let index = strings.index(of: id) else { return nil }
        bits = Self.tableFlag | UInt64(index)
    }

    /// The id the key stands for.
    func text(in strings: StringTable) -> String {
        if bits & Self.tableFlag != 0 { return strings[UInt32(truncatingIfNeeded: bits)] }
        let prefix = (bits >> 52) & Self.maximumPrefix
        let year = Int((bits >> 38) & 0x3FFF), digits = Int((bits >> 34) & 0xF), number = bits & 0x3_FFFF_FFFF
        var text = [UInt8](repeating: UInt8(ascii: "0"), count: 5 + digits)
        var value = year
        for index in stride(from: 3, through: 0, by: -1) {
            text[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        text[4] = UInt8(ascii: "-")
        var rest = number
        for index in stride(from: 4 + digits, to: 4, by: -1) {
            text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        let tail = String(decoding: text, as: UTF8.self)
        return prefix == 0 ? tail : strings[UInt32(prefix - 1)] + tail
    }

    /// Orders keys by their bits (not by their text): for grouping, never for display.
    static func < (lhs: CompactID, rhs: CompactID) -> Bool { lhs.bits < rhs.bits }

    /// The prefix and the packed year, digit count and number of `<prefix>YYYY-N…`.
    private static func parts(_ text: String) -> (prefix: String, packed: UInt64)? {
        let utf8 = Array(text.utf8)
        // The tail: a hyphen followed by 1–10 digits at the end, and 4 digits before the hyphen.
        var hyphen = utf8.count - 1
        while hyphen >= 0, digit(utf8[hyphen]) != nil { hyphen -= 1 }
        let digits = utf8.count - 1 - hyphen
        guard hyphen >= 4, utf8[hyphen] == UInt8(ascii: "-"), (1...10).contains(digits) else { return nil }
        var year: UInt64 = 0
        for index in (hyphen - 4)..<hyphen {
            guard let value = digit(utf8[index]) else { return nil }
            year = year * 10 + value
        }
        var number: UInt64 = 0
        for index in (hyphen + 1)..<utf8.count { number = number * 10 + digit(utf8[index])! }
        let prefix = String(decoding: utf8[..<(hyphen - 4)], as: UTF8.self)
        return (prefix, year << 38 | UInt64(digits) << 34 | number)
    }

    private static func digit(_ byte: UInt8) -> UInt64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? UInt64(byte - UInt8(ascii: "0")) : nil
    }
}

/// A petition's key in the book: its id, compact.
typealias PetitionKey = CompactID

extension CompactID {
    /// The key of a petition id.
    init(_ id: PetitionID, strings: inout StringTable) { self.init(id.rawValue, strings: &strings) }

    /// The petition id the key stands for.
    func id(in strings: StringTable) -> PetitionID { PetitionID(text(in: strings)) }
}

/// Strings kept once and referred to by index: departments, subjects, agencies, unusual petition ids.
struct StringTable: Sendable {
    private var strings: [String] = []
    private var indices: [String: UInt32] = [:]

    /// The index of `string`, adding it when new.
    mutating func intern(_ string: String) -> UInt32 {
        if let index = indices[string] { return index }
        let index = UInt32(strings.count)
        strings.append(string)
        indices[string] = index
        return index
    }

    /// The index of `string`, if it is kept.
    func index(of string: String) -> UInt32? { indices[string] }

    /// The string at `index`.
    subscript(index: UInt32) -> String { strings[Int(index)] }
}
