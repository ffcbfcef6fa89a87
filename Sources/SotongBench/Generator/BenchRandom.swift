import Foundation

/// SplitMix64: a tiny, fast, seeded generator. The bench draws from it directly (not through
/// `Int.random(in:using:)`, whose algorithm may change between toolchains), so a seed gives the
/// same log on any machine and any Swift version.
struct BenchRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform integer in `0..<bound` (multiply-shift; the bias is far below what a bench notices).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in a closed range.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 * 100 < percent
    }

    /// Picks by weight: the index of the chosen weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var pick = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if pick < weight { return index }
            pick -= weight
        }
        return weights.count - 1
    }

    /// The SplitMix64 finaliser: a good 64-bit hash of one word.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A version-4-shaped UUID that is a pure function of its inputs: the same event gets the same id
    /// in every run, so logs made with one seed are identical row for row (chain hashes aside, which
    /// cover the recorded-at time).
    static func uuid(seed: UInt64, _ a: UInt64, _ b: UInt64) -> UUID {
        let high = mix(seed ^ mix(a &* 0x2545_F491_4F6C_DD1D ^ b))
        let low = mix(high ^ mix(b &+ 0x1234_5678_9ABC_DEF1) ^ a)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (8 * index))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
