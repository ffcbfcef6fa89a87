public import SotongDomain

/// The plan's 「주요 직소민원 처리 현황」: direct petitions received, by current outcome, with the
/// meetings with the mayor or vice-mayor and the site visits, plus a breakdown by kind, channel,
/// district and department.
///
/// Outcomes are as of the view's moment: 완료 and 불가 count petitions whose current handling has that
/// final outcome, 검토 those under review. The plan's columns come first and in its order; 처리중
/// (no outcome yet, or reopened without a new one), 이송 and 반복민원 종결 follow, so that
/// 계 = 완료 + 불가 + 검토 + 처리중 + 이송 + 반복민원 종결.
///
/// ```swift
/// let status = try await runner.result(PetitionStatusProjection(), cutoff: .date(try LocalDate("2017-11-30")))
/// status.table("petition-status")?.cell(row: "petitions", column: "total")   // .integer(467)
/// ```
public struct PetitionStatusProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `petitions`.
    public static let name = "petitions"

    /// The office dates of receipt counted; `nil` counts every petition received.
    public let period: ClosedRange<LocalDate>?

    /// The status table over petitions received in `period` (all of them by default).
    public init(period: ClosedRange<LocalDate>? = nil) {
        self.period = period
    }

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        Set([PetitionEventTypes.received] + PetitionEventTypes.routing + PetitionEventTypes.outcomes
            + PetitionEventTypes.meetings)
    }

    /// The state before the first event.
    public func initialState() -> PetitionBook { PetitionBook() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout PetitionBook) {
        state.fold(entry)
    }

    /// The projection's tables at a moment.
    public func view(of state: PetitionBook, at moment: ProjectionMoment) -> [ProjectionTable] {
        let window = PetitionBook.window(period)
        let rows = state.records.indices.filter { window.contains(state.records[$0].receivedAt) }
        return [statusTable(state, rows: rows, known: !state.isEmpty, at: moment),
                PetitionBreakdown.table(state, rows: rows, known: !state.isEmpty, notes: periodNotes(at: moment))]
    }

    /// The plan's table: one row, 민원건수.
    func statusTable(_ book: PetitionBook, rows: [Int], known: Bool, at moment: ProjectionMoment) -> ProjectionTable {
        var table = ProjectionTable(
            key: "petition-status", title: "주요 직소민원 처리 현황",
            columns: [.init(key: "category", label: "구 분", alignment: .left),
                      .init(key: "total", label: "직소민원 계")]
                + [PetitionStanding.completed, .notPossible, .underReview].map(Self.column)
                + [.init(key: "mayorMeetings", label: "시장(부시장) 면담"), .init(key: "siteVisits", label: "현장방문")]
                + [PetitionStanding.open, .transferred, .closedAsRepeat].map(Self.column))
        var tally = PetitionTally()
        var mayorMeetings = 0, siteVisits = 0
        for row in rows {
            let record = book.records[row]
            tally.add(record.standing)
            mayorMeetings += book.extras.count(.mayorMeetings, of: record, row: Int32(row))
            siteVisits += book.extras.count(.outreachMeetings, of: record, row: Int32(row))
        }
        var cells = tally.cells(known: known)
        cells["category"] = .text("민원건수")
        cells["total"] = known ? .integer(tally.received) : .noData
        cells["mayorMeetings"] = known ? .integer(mayorMeetings) : .noData
        cells["siteVisits"] = known ? .integer(siteVisits) : .noData
        table.rows = [.init(key: "petitions", cells: cells)]
        table.notes = periodNotes(at: moment) + [
            "계 = 완료 + 불가 + 검토 + 처리중 + 이송 + 반복민원 종결 (처리결과는 기준일 현재, "
                + "처리중은 처리결과가 없거나 재처리 중인 민원)",
            "현장방문은 찾아가는 공감 면담 횟수, 시장(부시장) 면담은 면담 횟수",
        ]
        if !known { table.notes.append("접수된 직소민원 기록이 없음 (no petition recorded)") }
        return table
    }

    /// The plan's footnote with the view's date, and the receipt period when one is set.
    func periodNotes(at moment: ProjectionMoment) -> [String] {
        var notes = ["(기준 : \(PetitionText.short(moment.asOf)))"]
        if let period {
            notes.append("(접수기간 : \(PetitionText.short(period.lowerBound)) ~ \(PetitionText.short(period.upperBound)))")
        }
        return notes
    }

    static func column(_ standing: PetitionStanding) -> ProjectionTable.Column {
        .init(key: standing.rawValue, label: standing.koreanLabel)
    }
}
