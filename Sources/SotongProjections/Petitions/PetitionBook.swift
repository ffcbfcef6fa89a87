import Foundation
import SotongCore
public import SotongDomain

/// The direct petitions (직소민원) as the projections of this folder fold them: each petition's own
/// stream, folded with the programme's rules into a compact record (the fields of its
/// ``PetitionState``, about 100 bytes a petition with its index), and the holiday calendar of the
/// `calendar` stream. The petitioner never enters it, so neither the tables nor a saved checkpoint
/// can carry a name, a phone or an address. Times are kept to the millisecond, as the stores keep them.
///
/// ```swift
/// var book = PetitionBook()
/// book.fold(entry)                             // a petition event or a holiday publication
/// book.petition("2018-0042")?.state.status     // .open
/// ```
public struct PetitionBook: Sendable {
    /// One petition: its state, as the programme's fold gives it.
    public struct Petition: Sendable {
        /// The programme's fold of the petition's events.
        public internal(set) var state: PetitionState
    }

    /// The petitions in the order they were received.
    var records = ChunkedArray<PetitionRecord>()
    /// The row of each petition.
    var rows: [PetitionKey: Int32] = [:]
    /// Departments, subjects, agencies and unusual petition ids.
    var strings = StringTable()
    var extras = PetitionExtras()
    /// The facts the notice rules read, when the book keeps them (the notices projection's book).
    var trails: NoticeTrails?
    /// The holiday calendar published so far (latest publication per year).
    public internal(set) var calendar = HolidayCalendar()

    /// An empty book: no petition, no holiday published.
    public init() {}

    /// An empty book that also keeps, per petition, the facts the notice rules read.
    init(keepingNoticeTrails: Bool) {
        if keepingNoticeTrails { trails = NoticeTrails() }
    }

    /// Whether any petition was received: with none, the tables show 자료 없음 rather than 0.
    public var isEmpty: Bool { records.isEmpty }

    /// Every petition, by petition id.
    public var all: [Petition] {
        sortedRows(records.indices.map(Int32.init)).map { Petition(state: state(row: $0)) }
    }

    /// The petition with this id, if it was received.
    public func petition(_ id: PetitionID) -> Petition? {
        row(of: id.rawValue).map { Petition(state: state(row: $0)) }
    }

    /// The petitions received within a period of office dates (all of them for `nil`), by id.
    public func received(in period: ClosedRange<LocalDate>?) -> [Petition] {
        let window = Self.window(period)
        let rows = records.indices.filter { window.contains(records[$0].receivedAt) }.map(Int32.init)
        return sortedRows(rows).map { Petition(state: state(row: $0)) }
    }

    /// Folds one event: a receipt opens a petition, a later event of a petition's stream continues it,
    /// a holiday publication updates the calendar. Anything else, including events of a petition
    /// never received and a second receipt, is ignored.
    public mutating func fold(_ entry: History.Entry) {
        foldRow(entry)
    }

    /// Folds one event as ``fold(_:)`` does; returns the row of the petition it opened or continued.
    @discardableResult
    mutating func foldRow(_ entry: History.Entry) -> Int32? {
        switch entry.event {
        case let published as HolidaysPublished:
            calendar.publish(published)
            return nil
        case let received as PetitionReceived:
            let key = PetitionKey(received.petitionID, strings: &strings)
            guard rows[key] == nil else { return nil }
            let row = Int32(records.count)
            records.append(PetitionRecord(received, at: entry.occurredAt, key: key, strings: &strings))
            rows[key] = row
            trails?.addRow()
            return row
        default:
            let stream = entry.event.stream.rawValue
            let prefix = PetitionID.streamPrefix
            guard stream.hasPrefix(prefix), let row = row(of: String(stream.dropFirst(prefix.count))) else { return nil }
            apply(entry.event, at: entry.occurredAt, row: row)
            return row
        }
    }

    /// The row of the petition with this id.
    func row(of id: String) -> Int32? {
        guard let key = PetitionKey(lookingUp: id, in: strings) else { return nil }
        return rows[key]
    }

    /// The id of the petition in row `row`.
    func id(row: Int32) -> PetitionID { records[Int(row)].key.id(in: strings) }

    /// The department responsible now for the petition in row `row`.
    func department(row: Int32) -> DepartmentID { DepartmentID(strings[records[Int(row)].department]) }

    /// Rows sorted by petition id.
    func sortedRows(_ rows: [Int32]) -> [Int32] {
        rows.map { (row: $0, id: id(row: $0).rawValue) }.sorted { $0.id < $1.id }.map(\.row)
    }

    /// The receipt times (milliseconds) within a period of office dates.
    static func window(_ period: ClosedRange<LocalDate>?) -> Range<Int64> {
        guard let period else { return Int64.min..<Int64.max }
        return Timestamp.milliseconds(period.lowerBound.startOfDay)
            ..< Timestamp.milliseconds(period.upperBound.adding(days: 1).startOfDay)
    }

    /// The last instant of an office date, for rules that take an instant (`occurredAt <= asOf`).
    static func endOf(_ day: LocalDate) -> Date {
        day.adding(days: 1).startOfDay.addingTimeInterval(-0.001)
    }
}

/// The event types of the petition programme and the calendar, by name, for `eventTypes`.
enum PetitionEventTypes {
    static let received = PetitionReceived.eventType
    static let routing = [PetitionAssigned.eventType, PetitionTransferred.eventType]
    static let outcomes = [PetitionOutcomeRecorded.eventType, PetitionReopened.eventType,
                           PetitionClosedAsRepeat.eventType]
    static let meetings = [PetitionMayorMeetingHeld.eventType, PetitionOutreachMeetingHeld.eventType]
    static let extensions = [PetitionExtensionGranted.eventType]
    static let notices = [PetitionNoticeSent.eventType]
    static let calendar = [HolidaysPublished.eventType]
}
