import SotongDomain

/// The facts the notice rules read (``NoticesOwed/Fact``) of each petition, in stream order, with
/// their times: enough to tell the notices owed at any date and since when, as
/// ``NoticesOwed/compute(_:asOf:)`` does from the whole stream. Each fact takes 8 bytes (its time as
/// milliseconds after the receipt, and its kind), in chunks of three that one arena holds for every
/// petition, so that a petition costs 8 bytes plus 32 per three facts.
struct NoticeTrails: Sendable {
    /// Per row: the index of its first chunk plus one (0: no fact yet).
    private var heads = ChunkedArray<UInt32>()
    /// Per row: how many facts it holds.
    private var counts = ChunkedArray<UInt32>()
    /// Chunks of four words: three facts and the index of the next chunk plus one.
    private var slots = ChunkedArray<UInt64>()

    private static let perChunk = 3, chunkWords = 4

    /// Adds a row for a new petition (rows are added in order).
    mutating func addRow() {
        heads.append(0)
        counts.append(0)
    }

    /// Appends a fact to row `row`, `offset` milliseconds after its receipt.
    mutating func append(_ fact: NoticesOwed.Fact, offset: Int64, row: Int) {
        let word = UInt64(bitPattern: offset << 8) | UInt64(fact.rawValue)
        let count = Int(counts[row])
        counts[row] += 1
        if count % Self.perChunk == 0 {
            let chunk = slots.count / Self.chunkWords
            slots.append(word)
            for _ in 1..<Self.chunkWords { slots.append(0) }
            if count == 0 {
                heads[row] = UInt32(chunk + 1)
            } else {
                slots[lastChunk(row: row, count: count) * Self.chunkWords + Self.perChunk] = UInt64(chunk + 1)
            }
        } else {
            slots[lastChunk(row: row, count: count) * Self.chunkWords + count % Self.perChunk] = word
        }
    }

    /// The chunk that holds fact `count - 1` of row `row`.
    private func lastChunk(row: Int, count: Int) -> Int {
        var chunk = Int(heads[row]) - 1
        for _ in 0..<((count - 1) / Self.perChunk) {
            chunk = Int(slots[chunk * Self.chunkWords + Self.perChunk]) - 1
        }
        return chunk
    }

    /// Calls `body` with each fact of row `row` and its offset after the receipt, in stream order.
    func forEach(row: Int, _ body: (NoticesOwed.Fact, Int64) -> Void) {
        guard row < heads.count else { return }
        var chunk = Int(heads[row]) - 1
        for index in 0..<Int(counts[row]) {
            let word = slots[chunk * Self.chunkWords + index % Self.perChunk]
            body(NoticesOwed.Fact(rawValue: UInt8(truncatingIfNeeded: word))!, Int64(bitPattern: word) >> 8)
            if index % Self.perChunk == Self.perChunk - 1 {
                chunk = Int(slots[chunk * Self.chunkWords + Self.perChunk]) - 1
            }
        }
    }

    /// The facts of row `row` and their offsets, in stream order.
    func facts(row: Int) -> [(fact: NoticesOwed.Fact, offset: Int64)] {
        var facts: [(fact: NoticesOwed.Fact, offset: Int64)] = []
        forEach(row: row) { facts.append(($0, $1)) }
        return facts
    }
}
