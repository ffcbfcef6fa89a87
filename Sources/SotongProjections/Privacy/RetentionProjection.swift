import Foundation
import SotongCore
public import SotongDomain

/// Data subjects whose retention period (보유기간) has passed and who are not erased yet: every
/// petition of the subject has ended (answered, closed as a repeat or transferred out, folded with
/// the programme's ``PetitionState``), and the latest ending lies more than the period before the
/// view's date. The period is the latest ``RetentionPeriodSet`` for the petition register, else
/// 10 years. `sotong retention due --as-of DATE`.
///
/// ```swift
/// let due = try await runner.result(of: RetentionProjection(), cutoff: .date(try LocalDate("2029-01-01")))
/// ```
public struct RetentionProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `retention`.
    public static let name = "retention"

    /// The petitions, their subjects and endings, the erasures and the period set.
    public struct State: Sendable {
        /// The petitions, folded (receipts blanked).
        var book = PetitionBook()
        /// Each petition's data subject, by the book's row.
        var subjects = ChunkedArray<CompactID>()
        /// The subject ids' prefixes (and any id not of the usual form).
        var subjectStrings = StringTable()
        /// When each petition's handling last ended (milliseconds), by row; `Int64.min` while it is handled.
        var ended = ChunkedArray<Int64>()
        /// Subjects erased.
        var erased: Set<SubjectID> = []
        /// The latest period set for the petition register, in years.
        var years: Int?
    }

    /// The retention projection.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        Set([PetitionEventTypes.received] + PetitionEventTypes.routing + PetitionEventTypes.outcomes
            + [SubjectErased.eventType, RetentionPeriodSet.eventType])
    }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        switch entry.event {
        case let erased as SubjectErased:
            state.erased.insert(erased.subject)
        case let period as RetentionPeriodSet where period.recordType == .petitionRegister:
            state.years = period.years
        default:
            let before = state.book.records.count
            guard let row = state.book.foldRow(entry).map(Int.init) else { return }
            if row == before, let received = entry.event as? PetitionReceived {
                state.subjects.append(CompactID(received.petitioner.subject.rawValue, strings: &state.subjectStrings))
                state.ended.append(.min)
            }
            if state.book.records[row].isInHandling {
                state.ended[row] = .min
            } else if state.ended[row] == .min {
                state.ended[row] = Timestamp.milliseconds(entry.occurredAt)
            }
        }
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        let years = state.years ?? RetentionRecordType.petitionRegister.defaultYears
        var table = ProjectionTable(
            key: "retention-due", title: "보유기간 경과 정보주체 (파기 대상)",
            columns: [.init(key: "subject", label: "정보주체", alignment: .left),
                      .init(key: "petitions", label: "민원", alignment: .left),
                      .init(key: "ended", label: "처리종결일", alignment: .left),
                      .init(key: "retainUntil", label: "보유기한", alignment: .left)])
        for (subject, petitions) in state.subjectsDue(years: years, before: moment.asOf) {
            let ended = LocalDate(Timestamp.date(milliseconds: petitions.map { state.ended[$0] }.max()!))
            let until = Self.anniversary(of: ended, years: years)
            let ids = petitions.map { state.book.id(row: Int32($0)) }
            table.rows.append(ProjectionTable.Row(key: subject.rawValue, cells: [
                "subject": .text(subject.rawValue), "petitions": .text(ids.sorted().map(\.rawValue).joined(separator: ", ")),
                "ended": .text(ended.description), "retainUntil": .text(until.description),
            ]))
        }
        table.notes.append("보유기간: \(RetentionRecordType.petitionRegister.koreanLabel) \(years)년"
            + (state.years == nil ? " (기본값)" : "") + ", 기준일 \(moment.asOf)")
        if table.rows.isEmpty { table.notes.append("파기 대상 없음 (no subject is due for erasure)") }
        return [table]
    }

    /// The same day `years` later (28 February for 29 February in a common year).
    static func anniversary(of date: LocalDate, years: Int) -> LocalDate {
        let parts = date.description.split(separator: "-").compactMap { Int($0) }
        return LocalDate(year: parts[0] + years, month: parts[1], day: parts[2])
            ?? LocalDate(year: parts[0] + years, month: parts[1], day: parts[2] - 1)!
    }
}

extension RetentionProjection.State {
    /// The subjects not erased whose petitions have all ended and whose retention ran out before
    /// `day` (`years` after the latest ending), by subject id, each with its petitions' rows.
    func subjectsDue(years: Int, before day: LocalDate) -> [(subject: SubjectID, rows: [Int])] {
        let erasedKeys = Set(erased.compactMap { CompactID(lookingUp: $0.rawValue, in: subjectStrings) })
        let bySubject = subjects.indices.filter { !erasedKeys.contains(subjects[$0]) }
            .sorted { (subjects[$0], $0) < (subjects[$1], $1) }
        var due: [(subject: SubjectID, rows: [Int])] = []
        var start = 0
        while start < bySubject.count {
            var end = start
            while end < bySubject.count, subjects[bySubject[end]] == subjects[bySubject[start]] { end += 1 }
            let rows = Array(bySubject[start..<end])
            start = end
            guard rows.allSatisfy({ ended[$0] != .min }), let last = rows.map({ ended[$0] }).max() else { continue }
            let until = RetentionProjection.anniversary(of: LocalDate(Timestamp.date(milliseconds: last)), years: years)
            guard until < day else { continue }
            due.append((SubjectID(subjects[rows[0]].text(in: subjectStrings)), rows))
        }
        return due.sorted { $0.subject < $1.subject }
    }
}

/// A checkpoint keeps the book, each petition's subject and ending by petition id, the erasures
/// (sorted) and the period: the same state always saves to the same bytes.
extension RetentionProjection.State: Codable {
    private enum CodingKeys: String, CodingKey { case book, petitions, erased, years }

    /// One petition's subject and, when its handling has ended, when.
    private struct StoredPetition: Codable {
        var id: PetitionID
        var subject: SubjectID
        var ended: Int64?
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        book = try container.decode(PetitionBook.self, forKey: .book)
        subjects = ChunkedArray(repeating: CompactID(bits: 0), count: book.records.count)
        ended = ChunkedArray(repeating: .min, count: book.records.count)
        var filled = 0
        for stored in try container.decode([StoredPetition].self, forKey: .petitions) {
            guard let row = book.row(of: stored.id.rawValue).map(Int.init) else {
                throw PayloadError(field: "petitions", reason: "names \(stored.id), which the book lacks")
            }
            subjects[row] = CompactID(stored.subject.rawValue, strings: &subjectStrings)
            ended[row] = stored.ended ?? .min
            filled += 1
        }
        guard filled == book.records.count else {
            throw PayloadError(field: "petitions", reason: "lacks the subject of some petition")
        }
        erased = Set(try container.decode([SubjectID].self, forKey: .erased))
        years = try container.decodeIfPresent(Int.self, forKey: .years)
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(book, forKey: .book)
        let rows = book.sortedRows(book.records.indices.map(Int32.init)).map(Int.init)
        try container.encode(rows.map { row in
            StoredPetition(id: book.id(row: Int32(row)), subject: SubjectID(subjects[row].text(in: subjectStrings)),
                           ended: ended[row] == .min ? nil : ended[row])
        }, forKey: .petitions)
        try container.encode(erased.sorted(), forKey: .erased)
        try container.encodeIfPresent(years, forKey: .years)
    }
}
