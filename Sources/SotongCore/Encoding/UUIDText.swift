package import Foundation

/// The stored form of ids: the canonical lowercase text (`6f1c2a3b-4d5e-4f60-8172-93a4b5c6d7e8`).
/// Written and parsed by hand: `uuidString` formats through `snprintf`, `lowercased()` copies again,
/// and `UUID(uuidString:)` accepts other spellings that then had to be compared back; together they
/// were several percent of an append and a tenth of a verification (Docs/Performance.md).
package enum UUIDText {
    /// The lowercase text of `id`; the same as `id.uuidString.lowercased()`.
    package static func string(_ id: UUID) -> String {
        withText(of: id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Parses the canonical lowercase text only: `nil` for anything else (upper case, braces,
    /// missing dashes), as stored ids are never written in another form.
    package static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// Parses the canonical lowercase text from its UTF-8 bytes (a column buffer read in place).
    package static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard utf8.count == 36, let text = utf8.baseAddress,
              text[8] == UInt8(ascii: "-"), text[13] == UInt8(ascii: "-"),
              text[18] == UInt8(ascii: "-"), text[23] == UInt8(ascii: "-")
        else { return nil }
        // Hex digits two by two into the 16 bytes; `invalid` collects a bit set by any other byte.
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var invalid: UInt8 = 0
        withUnsafeMutableBytes(of: &bytes) { out in
            var offset = 0
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 { offset += 1 }
                let high = nibble(text[offset]), low = nibble(text[offset + 1])
                invalid |= (high | low) & 0xF0
                out[index] = high << 4 | low
                offset += 2
            }
        }
        return invalid == 0 ? UUID(uuid: bytes) : nil
    }

    /// The value of a lowercase hex digit, or 0xFF for any other byte.
    @inline(__always)
    private static func nibble(_ byte: UInt8) -> UInt8 {
        let digit = byte &- UInt8(ascii: "0")
        if digit < 10 { return digit }
        let letter = byte &- UInt8(ascii: "a")
        return letter < 6 ? letter &+ 10 : 0xFF
    }

    /// Calls `body` with the 36 bytes of the lowercase text of `id`, formatted on the stack (valid
    /// only during the call).
    package static func withText<T>(of id: UUID, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        var text: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &text) { out in
            withUnsafeBytes(of: id.uuid) { bytes in
                var position = 0
                for index in 0..<16 {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        out[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    out[position] = digit(bytes[index] >> 4)
                    out[position + 1] = digit(bytes[index] & 0x0F)
                    position += 2
                }
            }
            return body(UnsafeRawBufferPointer(rebasing: out[0..<36]))
        }
    }

    private static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ nibble &- 10
    }
}
