import SotongDomain

/// The second table of `petitions`: received petitions and their current standing, by kind (유형),
/// channel (접수경로), district (구·군, the plan's order) and department (부서, by id).
///
/// Row keys are `kind.<code>`, `channel.<code>`, `district.<code>` and `department.<id>`; every kind,
/// channel and district has a row, a department only once it has a petition.
enum PetitionBreakdown {
    static func table(_ book: PetitionBook, rows petitions: [Int], known: Bool, notes: [String]) -> ProjectionTable {
        var table = ProjectionTable(
            key: "petition-breakdown", title: "직소민원 유형별·접수경로별·지역별·부서별 처리 현황",
            columns: [.init(key: "group", label: "구 분", alignment: .left),
                      .init(key: "item", label: "세 부", alignment: .left),
                      .init(key: "received", label: "접수")]
                + PetitionStanding.allCases.map(PetitionStatusProjection.column),
            notes: notes + ["접수 = 완료 + 불가 + 검토 + 처리중 + 이송 + 반복민원 종결; 부서는 현재 소관부서"])
        func rows(group: String, prefix: String, items: [(key: String, label: String)],
                  of value: (PetitionRecord) -> String) -> [ProjectionTable.Row] {
            var tallies: [String: PetitionTally] = [:]
            for row in petitions {
                let record = book.records[row]
                tallies[value(record), default: PetitionTally()].add(record.standing)
            }
            return items.map { item in
                let tally = tallies[item.key] ?? PetitionTally()
                var cells = tally.cells(known: known)
                cells["group"] = .text(group)
                cells["item"] = .text(item.label)
                cells["received"] = known ? .integer(tally.received) : .noData
                return ProjectionTable.Row(key: "\(prefix).\(item.key)", cells: cells)
            }
        }
        let departments = Set(petitions.map { book.records[$0].department }).map { book.strings[$0] }.sorted()
        table.rows = rows(group: "유형", prefix: "kind", items: PetitionKind.allCases.map { ($0.rawValue, $0.koreanLabel) },
                          of: { $0.kind.rawValue })
            + rows(group: "접수경로", prefix: "channel",
                   items: PetitionChannel.allCases.map { ($0.rawValue, $0.koreanLabel) },
                   of: { $0.channel.rawValue })
            + rows(group: "구·군", prefix: "district", items: District.allCases.map { ($0.rawValue, $0.koreanLabel) },
                   of: { District(caseIndex: $0.district).rawValue })
            + rows(group: "부서", prefix: "department", items: departments.map { ($0, $0) },
                   of: { book.strings[$0.department] })
        return table
    }
}
