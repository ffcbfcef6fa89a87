import Sotong

/// Recurring petition subjects per district (구·군별 반복 민원): a projection of this tool's own,
/// defined outside the Sotong package over the office's `petition.received` events.
///
/// A subject recurs in a district when at least `minimum` petitions about it were received there.
/// The runner gives it everything a built-in projection gets: views as of any date or position,
/// digests, explanations of cells and incremental catch-up (its state is `Codable`).
struct SubjectsByDistrictProjection: Projection {
    static let name = "subjects-by-district"

    /// How many petitions make a subject recurring.
    let minimum: Int

    init(minimum: Int = 3) {
        self.minimum = max(1, minimum)
    }

    /// Petitions received per district and subject (district codes as keys, for a stable JSON form).
    struct State: Codable, Sendable, Equatable {
        var counts: [String: [String: Int]] = [:]
    }

    var eventTypes: Set<String>? { [PetitionReceived.eventType] }

    func initialState() -> State { State() }

    func apply(_ entry: History.Entry, to state: inout State) {
        guard let received = entry.event as? PetitionReceived else { return }
        state.counts[received.district.rawValue, default: [:]][received.subject, default: 0] += 1
    }

    func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        let known = !state.counts.isEmpty
        let notes = ["(기준 : \(moment.asOf)) 반복 민원: 같은 구·군에서 같은 주제로 \(minimum)건 이상 접수된 직소민원"]
        var summary = ProjectionTable(
            key: "recurring-by-district", title: "구·군별 반복 민원 현황",
            columns: [.init(key: "district", label: "구·군", alignment: .left), .init(key: "petitions", label: "민원 건수"),
                      .init(key: "subjects", label: "주제 수"), .init(key: "recurring", label: "반복 주제 수"),
                      .init(key: "top", label: "최다 주제", alignment: .left), .init(key: "topCount", label: "건수")],
            notes: notes)
        var detail = ProjectionTable(
            key: "recurring-subjects", title: "반복 민원 주제",
            columns: [.init(key: "district", label: "구·군", alignment: .left),
                      .init(key: "subject", label: "주제", alignment: .left), .init(key: "count", label: "건수")],
            notes: notes)
        for district in District.allCases {
            let subjects = state.counts[district.rawValue] ?? [:]
            let ranked = subjects.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            let recurring = ranked.filter { $0.value >= minimum }
            func count(_ value: Int) -> Cell { known ? .integer(value) : .noData }
            summary.rows.append(.init(key: district.rawValue, cells: [
                "district": .text(district.koreanLabel),
                "petitions": count(subjects.values.reduce(0, +)),
                "subjects": count(subjects.count),
                "recurring": count(recurring.count),
                "top": recurring.first.map { .text($0.key) } ?? .notApplicable,
                "topCount": recurring.first.map { .integer($0.value) } ?? .notApplicable,
            ]))
            detail.rows += recurring.map { subject, count in
                .init(key: "\(district.rawValue).\(subject)", cells: [
                    "district": .text(district.koreanLabel), "subject": .text(subject), "count": .integer(count),
                ])
            }
        }
        return [summary, detail]
    }
}
