public import SotongDomain

/// The Citizen Happiness Policy Advisory Group (시민행복정책자문단): the plan's composition table of
/// the citizen subcommittee by cohort and district, and the members serving on the as-of date.
///
/// Table `composition` (시민행복정책자문단 「시민소통분과」 구성현황): rows `total` (계) and
/// `cohort-1`, `cohort-2`… (1기, 2기…), every cohort of 시민소통분과 formed or appointed to up to the
/// cutoff; columns `category` (구분), `members` (인원) and one per district (`jung-gu` … `ongjin-gun`).
/// Every appointment counts, as the plan counts them (members who left early too); none prints `-`.
///
/// Table `serving` (시민행복정책자문단 「시민소통분야」 위원 현황): members whose term covers the
/// as-of date and has not ended early; rows `total`, `citizen` (시민소통분과), `youth` (청년소통분과);
/// columns `category`, `total` (계) and one per district.
///
/// ```swift
/// let runner = ProjectionRunner(store: store)
/// let result = try await runner.result(AdvisoryProjection(), cutoff: .date(try LocalDate("2017-12-31")))
/// result.table("composition")?.cell(row: "cohort-1", column: "namdong-gu")   // .integer(3)
/// ```
public struct AdvisoryProjection: Projection {
    /// `sotong show advisory`.
    public static let name = "advisory"

    /// The folded advisory events.
    public struct State: Sendable, Equatable, Codable {
        var ledger = AdvisoryLedger()
    }

    /// The advisory group projection.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? { AdvisoryLedger.eventTypes }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        state.ledger.apply(entry)
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        [composition(state.ledger), serving(state.ledger, on: moment.asOf)]
    }

    /// 시민행복정책자문단 「시민소통분과」 구성현황: appointments by cohort × district.
    func composition(_ ledger: AdvisoryLedger) -> ProjectionTable {
        let group = ledger.group
        var table = ProjectionTable(
            key: "composition", title: "시민행복정책자문단 「시민소통분과」 구성현황",
            columns: [CivicCells.labelColumn("category", "구분"), .init(key: "members", label: "인원")]
                + CivicCells.districtColumns)
        let counts = group.counts()
        let cohorts = Set(group.cohorts.keys.filter { $0.subcommittee == .citizen }.map(\.cohort))
            .union(group.appointments.map(\.appointed).filter { $0.subcommittee == .citizen }.map(\.cohort))
            .sorted()
        func row(_ key: String, _ label: String, cohort: Int?) -> ProjectionTable.Row {
            var cells: [String: Cell] = ["category": .text(label)]
            var sum = 0
            for district in District.allCases {
                let count = cohort.map {
                    counts[.init(subcommittee: .citizen, cohort: $0, district: district)] ?? 0
                } ?? group.count(subcommittee: .citizen, district: district)
                sum += count
                cells[district.rawValue] = cohorts.isEmpty ? .noData : CivicCells.countOrDash(count)
            }
            cells["members"] = cohorts.isEmpty ? .noData : CivicCells.countOrDash(sum)
            return ProjectionTable.Row(key: key, cells: cells)
        }
        table.rows.append(row("total", "계", cohort: nil))
        for cohort in cohorts { table.rows.append(row("cohort-\(cohort)", "\(cohort)기", cohort: cohort)) }
        table.notes.append("기수별 위촉 인원 누계 (임기 만료·중도 해촉 위원 포함)")
        if cohorts.isEmpty { table.notes.append("시민소통분과 기수 구성 기록 없음") }
        return table
    }

    /// Members serving on `date` by subcommittee × district.
    func serving(_ ledger: AdvisoryLedger, on date: LocalDate) -> ProjectionTable {
        let group = ledger.group
        var table = ProjectionTable(
            key: "serving", title: "시민행복정책자문단 「시민소통분야」 위원 현황",
            columns: [CivicCells.labelColumn("category", "구분"), .init(key: "total", label: "계")]
                + CivicCells.districtColumns)
        var totals = [District: Int]()
        var rows: [ProjectionTable.Row] = []
        for subcommittee in AdvisorySubcommittee.allCases {
            let perDistrict = group.districtTotals(subcommittee: subcommittee, asOf: date)
            var cells: [String: Cell] = ["category": .text(subcommittee.koreanLabel)]
            for district in District.allCases {
                let count = perDistrict[district] ?? 0
                totals[district, default: 0] += count
                cells[district.rawValue] = cell(count, recorded: !ledger.isEmpty)
            }
            cells["total"] = cell(perDistrict.values.reduce(0, +), recorded: !ledger.isEmpty)
            rows.append(ProjectionTable.Row(key: subcommittee.rawValue, cells: cells))
        }
        var totalCells: [String: Cell] = ["category": .text("계"),
                                          "total": cell(totals.values.reduce(0, +), recorded: !ledger.isEmpty)]
        for district in District.allCases {
            totalCells[district.rawValue] = cell(totals[district] ?? 0, recorded: !ledger.isEmpty)
        }
        table.rows = [ProjectionTable.Row(key: "total", cells: totalCells)] + rows
        table.notes.append("\(date) 현재 임기 중인 위원 (임기 만료·중도 해촉 위원 제외)")
        return table
    }

    private func cell(_ count: Int, recorded: Bool) -> Cell {
        recorded ? CivicCells.countOrDash(count) : .noData
    }
}
