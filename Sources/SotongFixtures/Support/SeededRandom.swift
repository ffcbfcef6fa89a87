import Foundation

/// The fixtures' only source of chance: SplitMix64 (Steele, Lea and Flood, 2014), written out here
/// because none of the allowed packages offers a seedable generator on Linux (Foundation's and the
/// standard library's generators are seeded by the system). Every draw is computed by this file
/// alone — no `random(in:using:)`, no `shuffled()` — so the output cannot change with the toolchain.
///
/// ```swift
/// let random = SeededRandom(seed: 2018)
/// random.int(1...6)          // the same on every run and machine
/// random.uuid()              // a version-4 UUID from the sequence
/// ```
final class SeededRandom {
    private var state: UInt64

    /// A generator whose whole sequence is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of the fixture: its own sequence, so that a change in one
    /// programme does not reshuffle the others.
    convenience init(seed: UInt64, stream: String) {
        var mixed = seed
        for byte in stream.utf8 { mixed = (mixed ^ UInt64(byte)) &* 0x100_0000_01B3 }
        self.init(seed: mixed)
    }

    /// The next 64 bits.
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, uniformly (rejection sampling, no modulo bias).
    func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }
        let limit = UInt64.max - (UInt64.max % span)
        var value = next()
        while value >= limit { value = next() }
        return range.lowerBound + Int(value % span)
    }

    /// A number in `0..<1`.
    func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with probability `probability`.
    func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element, uniformly.
    func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// One element, with the given integer weights.
    func pick<T>(weighted: [(T, Int)]) -> T {
        let total = weighted.reduce(0) { $0 + $1.1 }
        var draw = int(1...total)
        for (item, weight) in weighted {
            draw -= weight
            if draw <= 0 { return item }
        }
        return weighted[weighted.count - 1].0
    }

    /// The items in a random order (Fisher–Yates).
    func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(0...index))
        }
        return result
    }

    /// `count` distinct elements, in the order drawn.
    func sample<T>(_ items: [T], count: Int) -> [T] {
        Array(shuffled(items).prefix(count))
    }

    /// A version-4 UUID made of the next 128 bits.
    func uuid() -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        for half in 0..<2 {
            let word = next()
            for offset in 0..<8 { bytes[half * 8 + offset] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(offset))) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
