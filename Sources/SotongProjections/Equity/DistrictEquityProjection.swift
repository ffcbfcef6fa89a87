public import SotongDomain

/// District equity (지역 형평성): per district, the field communication days and one-day field
/// petition offices held in a year, the advisory members serving, the direct petitions received,
/// and how long ago the office was last there, so that site selection can weigh equity as the plan
/// asks (대상지 선정시 지역 및 의원 수 등 형평성을 고려한 현장소통 운영).
///
/// Table `district-equity`: rows `total` (계) then one per district in the plan's order, keyed by
/// the district's code (`jung-gu` … `ongjin-gun`); columns `district` (구 분), `field-days` (현장소통의
/// 날, held in the year), `field-offices` (1일 현장민원실, held in the year), `advisors` (자문위원,
/// serving on the as-of date, all subcommittees), `petitions` (직소민원, received in the year about
/// the district), `last-visit` (최근 현장방문: the date of the latest field day or field office up to
/// the cutoff, `-` when never) and `days-since` (경과일수: days from it to the as-of date, `-` when
/// never). A column is 자료 없음 when nothing of its kind was ever recorded. A note names the
/// districts without a field visit in the year.
///
/// ```swift
/// let result = try await ProjectionRunner(store: store).result(DistrictEquityProjection(year: 2018))
/// result.table("district-equity")?.cell(row: "namdong-gu", column: "days-since")   // .integer(41)
/// ```
public struct DistrictEquityProjection: Projection {
    /// `sotong show equity`.
    public static let name = "equity"

    /// The year counted; `nil` for the year of the as-of date.
    public let year: Int?

    /// The equity projection, for one year or (when `nil`) every year.
    public init(year: Int? = nil) {
        self.year = year
    }

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        AdvisoryLedger.eventTypes.union([FieldDayHeld.eventType, FieldOfficeHeld.eventType, PetitionReceived.eventType])
    }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        state.apply(entry)
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        let year = self.year ?? moment.asOf.year
        var table = ProjectionTable(
            key: "district-equity", title: "구·군별 현장소통 형평성 현황 (\(year)년)",
            columns: [CivicCells.labelColumn("district", "구 분"), .init(key: "field-days", label: "현장소통의 날"),
                      .init(key: "field-offices", label: "1일 현장민원실"), .init(key: "advisors", label: "자문위원"),
                      .init(key: "petitions", label: "직소민원"), CivicCells.labelColumn("last-visit", "최근 현장방문"),
                      .init(key: "days-since", label: "경과일수")])
        let serving = Dictionary(grouping: state.advisory.group.members(asOf: moment.asOf), by: \.appointed.district)
        let visitsRecorded = !state.fieldDays.isEmpty || !state.fieldOffices.isEmpty
        func row(_ key: String, _ label: String, _ districts: [District]) -> ProjectionTable.Row {
            let last = districts.compactMap { state.lastVisit[$0.rawValue] }.max()
            func sum(_ count: (District) -> Int) -> Int { districts.reduce(0) { $0 + count($1) } }
            return ProjectionTable.Row(key: key, cells: [
                "district": .text(label),
                "field-days": CivicCells.count(sum { state.fieldDays(in: year, $0) }, recorded: !state.fieldDays.isEmpty),
                "field-offices": CivicCells.count(sum { state.fieldOffices(in: year, $0) },
                                                  recorded: !state.fieldOffices.isEmpty),
                "advisors": CivicCells.count(sum { serving[$0]?.count ?? 0 }, recorded: !state.advisory.isEmpty),
                "petitions": CivicCells.count(sum { state.petitions(in: year, $0) }, recorded: !state.petitions.isEmpty),
                "last-visit": !visitsRecorded ? .noData : last.map { .text($0.description) } ?? .notApplicable,
                "days-since": !visitsRecorded ? .noData
                    : last.map { .integer(Swift.max(0, $0.days(to: moment.asOf))) } ?? .notApplicable,
            ])
        }
        table.rows.append(row("total", "계", District.allCases))
        for district in District.allCases { table.rows.append(row(district.rawValue, district.koreanLabel, [district])) }
        let unvisited = District.allCases.filter {
            state.fieldDays(in: year, $0) + state.fieldOffices(in: year, $0) == 0
        }
        table.notes.append(unvisited.isEmpty
            ? "\(year)년 모든 구·군에서 현장소통의 날 또는 1일 현장민원실이 운영되었습니다"
            : "\(year)년 현장방문(현장소통의 날·1일 현장민원실)이 없는 구·군: "
                + unvisited.map(\.koreanLabel).joined(separator: ", ")
                + " — 대상지 선정시 지역 및 의원 수 등 형평성을 고려한 현장소통 운영")
        table.notes.append("자문위원: \(moment.asOf) 현재 임기 중인 위원 (시민소통분과·청년소통분과); "
            + "직소민원: \(year)년 접수 건; 최근 현장방문·경과일수: \(moment.asOf) 기준")
        return [table]
    }
}
