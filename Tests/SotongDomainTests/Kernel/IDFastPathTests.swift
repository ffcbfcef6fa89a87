import Foundation
@testable import SotongDomain
import Testing

/// `ID`'s byte-wise check accepts and refuses exactly what the Unicode-property check does.
@Suite struct IDFastPathTests {
    /// Every single character of ASCII, and a sample beyond it, alone and inside an ordinary id.
    @Test func singleCharactersAgree() {
        let scalars = (0..<0x250).compactMap(Unicode.Scalar.init)
            + [0x85, 0xA0, 0x1680, 0x2000, 0x200B, 0x2028, 0x3000, 0xFEFF, 0xAC00, 0x1F600].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            for text in [String(Character(scalar)), "2018-\(Character(scalar))0042", "\(Character(scalar))x"] {
                #expect(PetitionID.isValid(text) == PetitionID.isValidByProperties(text), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    /// Seeded random texts of 0 to 110 characters, mostly ASCII, some Korean, white space or controls.
    @Test func generatedTextsAgree() {
        var state: UInt64 = 2018
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pool: [Character] = Array("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_.:/") + [" ", "\t", "\n", "\u{7F}", "\u{0}",
            "\u{85}", "\u{A0}", "민", "원", "\u{3000}", "é", "\u{1F600}"]
        var accepted = 0
        for _ in 0..<20_000 {
            let length = next(3) == 0 ? next(111) : next(20)
            let plain = next(2) == 0
            let text = String((0..<length).map { _ in plain ? pool[next(47)] : pool[next(pool.count)] })
            let fast = PetitionID.isValid(text)
            #expect(fast == PetitionID.isValidByProperties(text), "\(text.debugDescription)")
            if fast { accepted += 1 }
        }
        #expect(accepted > 1_000)
    }

    /// The 100-byte limit counts UTF-8 bytes on both paths.
    @Test func lengthLimitAgrees() {
        for text in [String(repeating: "a", count: 100), String(repeating: "a", count: 101), "",
                     String(repeating: "민", count: 33), String(repeating: "민", count: 34)] {
            #expect(PetitionID.isValid(text) == PetitionID.isValidByProperties(text))
        }
        #expect(PetitionID.isValid(String(repeating: "a", count: 100)))
        #expect(!PetitionID.isValid(String(repeating: "a", count: 101)))
    }

    /// Decoding still refuses what it refused.
    @Test func decodingRefusesSpacesAndControls() throws {
        #expect(try CanonicalJSONProbe.decode(#"["2018-0042"]"#) == [PetitionID("2018-0042")])
        for bad in [#"[""]"#, #"["2018 0042"]"#, #"["2018\u00850042"]"#, #"["a\u007f"]"#] {
            #expect(throws: (any Error).self) { try CanonicalJSONProbe.decode(bad) }
        }
    }
}

private enum CanonicalJSONProbe {
    static func decode(_ text: String) throws -> [PetitionID] {
        try JSONDecoder().decode([PetitionID].self, from: Data(text.utf8))
    }
}
