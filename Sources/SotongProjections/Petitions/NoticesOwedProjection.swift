import Foundation
public import SotongDomain

/// Notices a petition owes its petitioner and has not sent, as of the end of the view's date: receipt
/// (접수), extension (연장), progress (진행) and result (결과), as the programme's ``NoticesOwed`` decides,
/// with the moment each became owed.
///
/// ```swift
/// let notices = try await runner.result(NoticesOwedProjection(), cutoff: .date(try LocalDate("2018-04-10")))
/// notices.table("notices-owed")?.cell(row: "progress", column: "count")   // .integer(1)
/// ```
public struct NoticesOwedProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `notices`.
    public static let name = "notices"

    /// The owed-notice tables.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        Set([PetitionEventTypes.received] + PetitionEventTypes.routing + PetitionEventTypes.outcomes
            + PetitionEventTypes.extensions + PetitionEventTypes.notices)
    }

    /// The state before the first event: a book that keeps the facts the notice rules read.
    public func initialState() -> PetitionBook { PetitionBook(keepingNoticeTrails: true) }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout PetitionBook) {
        state.fold(entry)
    }

    /// One notice owed.
    struct Owed {
        var petition: PetitionID
        var department: DepartmentID
        var kind: NoticeKind
        var since: Date
    }

    /// The projection's tables at a moment.
    public func view(of state: PetitionBook, at moment: ProjectionMoment) -> [ProjectionTable] {
        let asOf = PetitionBook.endOf(moment.asOf)
        var owed: [(id: String, owed: Owed)] = []
        for row in state.records.indices {
            let receivedAt = state.records[row].receivedDate
            let facts = state.noticeFacts(row: row)
            let kinds = Self.owed(receivedAt: receivedAt, facts: facts, asOf: asOf)
            guard !kinds.isEmpty else { continue }
            let id = state.id(row: Int32(row)), department = state.department(row: Int32(row))
            for kind in kinds {
                owed.append((id.rawValue, Owed(petition: id, department: department, kind: kind,
                                               since: Self.owedSince(kind, receivedAt: receivedAt, facts: facts,
                                                                     asOf: asOf))))
            }
        }
        owed.sort { ($0.id, $0.owed.kind.caseIndex) < ($1.id, $1.owed.kind.caseIndex) }
        var notes = ["(기준 : \(PetitionText.short(moment.asOf)))"]
        if state.isEmpty { notes.append("접수된 직소민원 기록이 없음 (no petition recorded)") }
        let items = owed.map(\.owed)
        return [summary(items, known: !state.isEmpty, notes: notes), detail(items, notes: notes)]
    }

    /// The notices a petition owes at `asOf`, as ``NoticesOwed/compute(_:asOf:)`` tells from its stream.
    static func owed(receivedAt: Date, facts: [(fact: NoticesOwed.Fact, at: Date)], asOf: Date) -> [NoticeKind] {
        guard receivedAt <= asOf else { return [] }
        var tally = NoticesOwed.Tally(receivedAt: receivedAt)
        for item in facts where item.at <= asOf { tally.read(item.fact, at: item.at) }
        return tally.owed(asOf: asOf)
    }

    /// The earliest moment from which `kind` has been owed without a break up to `asOf`. Owing only
    /// changes at a fact of the stream or at the 30-day progress mark, so those (and the receipt) are
    /// the moments tried.
    static func owedSince(_ kind: NoticeKind, receivedAt: Date, facts: [(fact: NoticesOwed.Fact, at: Date)],
                          asOf: Date) -> Date {
        var moments = Set(facts.map(\.at).filter { $0 <= asOf })
        if receivedAt <= asOf { moments.insert(receivedAt) }
        let mark = NoticesOwed.Tally.progressMark(receivedAt: receivedAt)
        if mark <= asOf { moments.insert(mark) }
        var since = asOf
        for moment in moments.sorted(by: >) {
            guard owed(receivedAt: receivedAt, facts: facts, asOf: moment).contains(kind) else { break }
            since = moment
        }
        return since
    }

    /// Counts by kind of notice, the total first.
    func summary(_ owed: [Owed], known: Bool, notes: [String]) -> ProjectionTable {
        var table = ProjectionTable(
            key: "notices-owed", title: "민원인 통지 미발송 현황",
            columns: [.init(key: "category", label: "구 분", alignment: .left), .init(key: "count", label: "건수")],
            notes: notes + ["미발송 통지: 통지 사유(접수·연장·처리 30일 경과·처리결과)가 생겼으나 기준일까지 보내지 않은 통지"])
        func count(_ value: Int) -> Cell { known ? .integer(value) : .noData }
        table.rows = [.init(key: "total", cells: ["category": .text("계"), "count": count(owed.count)])]
            + NoticeKind.allCases.map { kind in
                .init(key: kind.rawValue, cells: ["category": .text(kind.koreanLabel),
                                                  "count": count(owed.filter { $0.kind == kind }.count)])
            }
        return table
    }

    /// One row per owed notice, by petition id then kind.
    func detail(_ owed: [Owed], notes: [String]) -> ProjectionTable {
        var table = ProjectionTable(
            key: "notices-owed-detail", title: "민원인 통지 미발송 목록",
            columns: [.init(key: "petition", label: "민원번호", alignment: .left),
                      .init(key: "department", label: "부 서", alignment: .left),
                      .init(key: "notice", label: "통지 구분", alignment: .left),
                      .init(key: "since", label: "통지 사유 발생일", alignment: .left)],
            notes: notes)
        table.rows = owed.map { item in
            .init(key: "\(item.petition.rawValue).\(item.kind.rawValue)", cells: [
                "petition": .text(item.petition.rawValue),
                "department": PetitionText.department(item.department),
                "notice": .text(item.kind.koreanLabel),
                "since": .text(PetitionText.day(item.since)),
            ])
        }
        return table
    }
}
