import Foundation
import SotongDomain

/// Builds the roster projection's three tables from the domain's organisation fold.
struct RosterTables {
    let organisation: OrganisationState
    let asOf: LocalDate

    /// The plan's footnote under the roster.
    static let returneeNote = "()는 장기교육 파견복귀자 인원이며, 앞 숫자에 미포함"

    /// 4급 … 8급, and 9급 only when some team has a 9급 quota or staff.
    var grades: [Grade] {
        let ninth = Team.allCases.contains { organisation.cell($0, .grade9, asOf: asOf) != nil }
        return Grade.allCases.filter { $0 != .grade9 || ninth }
    }

    /// `('17. 12월 현재)`, as the plan dates its roster.
    var asOfNote: String { String(format: "(’%02d. %d월 현재)", asOf.year % 100, asOf.month) }

    static func key(_ grade: Grade) -> String { "grade\(grade.rawValue)" }

    private var gradeColumns: [ProjectionTable.Column] {
        grades.map { ProjectionTable.Column(key: Self.key($0), label: $0.koreanLabel) }
    }

    /// 「인력(정/현원)」: quota/current(returnees) per team and grade.
    func roster() -> ProjectionTable {
        var table = ProjectionTable(
            key: "roster", title: "인력(정/현원)",
            columns: [.init(key: "category", label: "구 분", alignment: .left), .init(key: "total", label: "계")]
                + gradeColumns + [.init(key: "remarks", label: "비고", alignment: .left)],
            notes: [asOfNote, Self.returneeNote])
        let teams = organisation.establishedTeams
        guard !teams.isEmpty else {
            var cells: [String: Cell] = ["category": .text("계"), "total": .noData]
            for grade in grades { cells[Self.key(grade)] = .noData }
            table.rows = [.init(key: "total", cells: cells)]
            table.notes.append("설치된 담당이 없습니다 (no team established in the log)")
            return table
        }
        table.rows.append(row(key: "total", label: "계", cells: grades.map { organisation.gradeTotal($0, asOf: asOf) },
                              total: organisation.officeTotal(asOf: asOf)))
        for team in teams {
            table.rows.append(row(key: team.rawValue, label: team.koreanLabel,
                                  cells: grades.map { organisation.cell(team, $0, asOf: asOf) },
                                  total: organisation.teamTotal(team, asOf: asOf)))
        }
        return table
    }

    private func row(key: String, label: String, cells: [RosterCell?], total: RosterCell) -> ProjectionTable.Row {
        var row = ProjectionTable.Row(key: key, cells: ["category": .text(label)])
        for (grade, cell) in zip(grades, cells) {
            row.cells[Self.key(grade)] = cell.map { .text($0.notation) } ?? .notApplicable
        }
        row.cells["total"] = cells.allSatisfy { $0 == nil } ? .notApplicable : .text(total.notation)
        if total.away > 0 { row.cells["remarks"] = .text("장기교육 파견 \(total.away)명") }
        return row
    }

    /// Staff at work: assigned and not away on training (returnees included).
    private var working: [StaffMemberState] {
        organisation.staff.keys.sorted().compactMap { organisation.staff[$0] }.filter { $0.status == .active }
    }

    /// 「직렬별 현원」: staff at work per team, job series (직렬) and grade.
    func jobSeries() -> ProjectionTable {
        var table = ProjectionTable(
            key: "job-series", title: "직렬별 현원",
            columns: [.init(key: "category", label: "구 분", alignment: .left),
                      .init(key: "series", label: "직렬", alignment: .left), .init(key: "total", label: "계")]
                + gradeColumns,
            notes: [asOfNote, "근무 중인 인원 (파견복귀자 포함, 장기교육 파견 중인 인원 제외)"])
        let staff = working
        guard !staff.isEmpty else {
            var cells: [String: Cell] = ["category": .text("계"), "series": .text("계"), "total": .noData]
            for grade in grades { cells[Self.key(grade)] = .noData }
            table.rows = [.init(key: "total", cells: cells)]
            table.notes.append("근무 중인 직원 기록이 없습니다 (no staff at work in the log)")
            return table
        }
        let present = JobSeries.allCases.filter { series in staff.contains { $0.jobSeries == series } }
        table.rows.append(countRow(key: "total", category: "계", series: "계", members: staff))
        for series in present {
            table.rows.append(countRow(key: "total.\(series.rawValue)", category: "계", series: series.koreanLabel,
                                       members: staff.filter { $0.jobSeries == series }))
        }
        for team in organisation.establishedTeams {
            for series in present {
                let members = staff.filter { $0.team == team && $0.jobSeries == series }
                guard !members.isEmpty else { continue }
                table.rows.append(countRow(key: "\(team.rawValue).\(series.rawValue)", category: team.koreanLabel,
                                           series: series.koreanLabel, members: members))
            }
        }
        table.notes += roleNotes(staff)
        return table
    }

    private func countRow(key: String, category: String, series: String, members: [StaffMemberState]) -> ProjectionTable.Row {
        var row = ProjectionTable.Row(key: key, cells: [
            "category": .text(category), "series": .text(series), "total": .integer(members.count),
        ])
        for grade in grades {
            let count = members.count { $0.grade == grade }
            row.cells[Self.key(grade)] = count == 0 ? .notApplicable : .integer(count)
        }
        return row
    }

    /// `직소민원실 운영인력 : 4명(행정5급 1, 행정6급 1, 시설6급 2)` for each post (role) within a team.
    private func roleNotes(_ staff: [StaffMemberState]) -> [String] {
        var notes: [String] = []
        for team in organisation.establishedTeams {
            let inTeam = staff.filter { $0.team == team }
            for role in Set(inTeam.compactMap(\.role)).sorted() {
                let members = inTeam.filter { $0.role == role }
                var parts: [String] = []
                for grade in Grade.allCases {
                    for series in JobSeries.allCases {
                        let count = members.count { $0.grade == grade && $0.jobSeries == series }
                        if count > 0 { parts.append("\(series.koreanLabel)\(grade.koreanLabel) \(count)") }
                    }
                }
                notes.append("\(role) 운영인력 : \(members.count)명(\(parts.joined(separator: ", ")))")
            }
        }
        return notes
    }

    /// 「사무분장」: each team's duties as rows, in the plan's order.
    func duties() -> ProjectionTable {
        var table = ProjectionTable(
            key: "duties", title: "사무분장",
            columns: [.init(key: "team", label: "구 분", alignment: .left), .init(key: "number", label: "순번"),
                      .init(key: "duty", label: "사무분장", alignment: .left)])
        for team in organisation.establishedTeams {
            for (index, duty) in (organisation.duties[team] ?? []).enumerated() {
                table.rows.append(.init(key: "\(team.rawValue).\(index + 1)", cells: [
                    "team": .text(team.koreanLabel), "number": .integer(index + 1), "duty": .text(duty),
                ]))
            }
        }
        if table.rows.isEmpty { table.notes.append("설치된 담당이 없습니다 (no team established in the log)") }
        return table
    }
}
