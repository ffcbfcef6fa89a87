import Foundation
import SotongCore
import SotongDomain

/// One petition as the book keeps it: the fields of its ``PetitionState`` in 48 bytes (times in
/// milliseconds, as the stores keep them; dates as `yyyymmdd`; enums as their case index; strings as
/// indices into the book's ``StringTable``; counts as 8-bit counters that spill into
/// ``PetitionExtras`` beyond 254). Rare parts (the agency of a transfer out, a review date, earlier
/// extensions, the petitions a repeat repeats) live in ``PetitionExtras``.
struct PetitionRecord: Sendable {
    /// The counters a petition keeps, by position in ``PetitionRecord/counts``.
    enum Counter: Int, CaseIterable {
        case consultations, mayorMeetings, outreachMeetings, cardUpdates, reopens
        case receiptNotices, extensionNotices, progressNotices, resultNotices

        static func notices(_ kind: NoticeKind) -> Counter {
            switch kind {
            case .receipt: .receiptNotices
            case .extension: .extensionNotices
            case .progress: .progressNotices
            case .result: .resultNotices
            }
        }
    }

    /// The value of a counter that has spilled over into ``PetitionExtras``.
    static let spilled = UInt8.max

    var key: PetitionKey
    var receivedAt: Int64
    /// The latest final outcome's time; `Int64.min` for none.
    var answeredAt = Int64.min
    var department: UInt32
    let subject: UInt32
    var lastExtension = CompactDay.none
    var counts = (UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0))
    /// The channel's case index, and the kind's times 16.
    let channelAndKind: UInt8
    let district: UInt8
    /// The status's case index, and the outcome's case index plus one (0 for none) times 16.
    private var statusAndOutcome: UInt8 = 0

    /// The record right after a receipt.
    init(_ received: PetitionReceived, at receivedAt: Date, key: PetitionKey, strings: inout StringTable) {
        self.key = key
        self.receivedAt = Timestamp.milliseconds(receivedAt)
        self.department = strings.intern(received.department.rawValue)
        self.subject = strings.intern(received.subject)
        self.channelAndKind = received.channel.caseIndex | received.kind.caseIndex << 4
        self.district = received.district.caseIndex
    }

    var status: PetitionState.Status {
        get { .init(caseIndex: statusAndOutcome & 0xF) }
        set { statusAndOutcome = statusAndOutcome & 0xF0 | newValue.caseIndex }
    }

    var outcome: PetitionOutcome? {
        get { statusAndOutcome >> 4 == 0 ? nil : .init(caseIndex: (statusAndOutcome >> 4) - 1) }
        set { statusAndOutcome = statusAndOutcome & 0xF | (newValue.map { $0.caseIndex + 1 } ?? 0) << 4 }
    }

    var channel: PetitionChannel { .init(caseIndex: channelAndKind & 0xF) }
    var kind: PetitionKind { .init(caseIndex: channelAndKind >> 4) }
    var receivedDate: Date { Timestamp.date(milliseconds: receivedAt) }
    var answeredDate: Date? { answeredAt == .min ? nil : Timestamp.date(milliseconds: answeredAt) }

    /// Open or under review, as ``PetitionState/isInHandling``.
    var isInHandling: Bool { status == .open || status == .underReview }

    /// The standing in the office's statistics, as ``PetitionStanding/init(_:)``.
    var standing: PetitionStanding { PetitionStanding(status: status, outcome: outcome) }

    /// The current due date, as ``PetitionState/dueDate(in:)``.
    func dueDate(in calendar: HolidayCalendar) -> Date {
        StatutoryDeadline.dueDate(kind: kind, receivedAt: receivedDate, extendedTo: lastExtension.date,
                                  calendar: calendar)
    }

    subscript(counter: Counter) -> UInt8 {
        get { withUnsafeBytes(of: counts) { $0[counter.rawValue] } }
        set { withUnsafeMutableBytes(of: &counts) { $0[counter.rawValue] = newValue } }
    }
}

/// An office date in 4 bytes, `yyyymmdd`; 0 for none.
struct CompactDay: Hashable, Sendable {
    let value: Int32

    static let none = CompactDay(value: 0)

    init(value: Int32) { self.value = value }

    init(_ date: LocalDate?) {
        value = date.map { Int32($0.year * 10_000 + $0.month * 100 + $0.day) } ?? 0
    }

    var date: LocalDate? {
        guard value != 0 else { return nil }
        let raw = Int(value)
        return LocalDate(year: raw / 10_000, month: raw / 100 % 100, day: raw % 100)
    }
}

extension KoreanLabelled {
    /// The case's index in `allCases`, which fits a byte for every vocabulary of the office.
    var caseIndex: UInt8 { UInt8(Self.allCases.firstIndex(of: self).map { Self.allCases.distance(from: Self.allCases.startIndex, to: $0) } ?? 0) }

    /// The case at `index` in `allCases`.
    init(caseIndex index: UInt8) {
        let cases = Self.allCases
        self = cases[cases.index(cases.startIndex, offsetBy: Int(index))]
    }
}
