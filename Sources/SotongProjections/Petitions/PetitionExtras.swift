import SotongDomain

/// The rare parts of petitions, kept beside the compact records by row: the agency of a transfer out,
/// the review date of an under-review outcome, the extensions before the latest, the petitions a
/// repeat repeats, and counters past 254.
struct PetitionExtras: Sendable {
    /// The agency (its string index) of petitions transferred out.
    var agency: [Int32: UInt32] = [:]
    /// The review date of the current under-review (or other) outcome that set one.
    var reviewDate: [Int32: CompactDay] = [:]
    /// Every extension's new due date but the latest, oldest first, for petitions extended more than once.
    var earlierExtensions: [Int32: [CompactDay]] = [:]
    /// The earlier petitions of those closed as repeats.
    var repeatOf: [Int32: [PetitionID]] = [:]
    /// Counts beyond ``PetitionRecord/spilled``, by row and counter.
    private var spilled: [Int64: Int] = [:]

    /// Adds one to a counter of `record` (row `row`).
    mutating func bump(_ counter: PetitionRecord.Counter, of record: inout PetitionRecord, row: Int32) {
        if record[counter] < PetitionRecord.spilled - 1 {
            record[counter] += 1
        } else {
            record[counter] = PetitionRecord.spilled
            spilled[Self.key(row, counter), default: Int(PetitionRecord.spilled) - 1] += 1
        }
    }

    /// The value of a counter of `record` (row `row`).
    func count(_ counter: PetitionRecord.Counter, of record: PetitionRecord, row: Int32) -> Int {
        let value = record[counter]
        return value == PetitionRecord.spilled ? spilled[Self.key(row, counter)] ?? 0 : Int(value)
    }

    /// Sets a counter of `record` (row `row`), as a restored checkpoint does.
    mutating func set(_ counter: PetitionRecord.Counter, of record: inout PetitionRecord, row: Int32, to value: Int) {
        if value < Int(PetitionRecord.spilled) {
            record[counter] = UInt8(value)
        } else {
            record[counter] = PetitionRecord.spilled
            spilled[Self.key(row, counter)] = value
        }
    }

    private static func key(_ row: Int32, _ counter: PetitionRecord.Counter) -> Int64 {
        Int64(row) << 8 | Int64(counter.rawValue)
    }
}
