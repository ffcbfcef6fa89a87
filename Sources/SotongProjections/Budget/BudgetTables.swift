import SotongDomain

/// Builds the budget projection's two tables from the domain's plan fold.
struct BudgetTables {
    let plan: PlanState
    let year: Int

    static let unitNote = "(단위 : 백만원)"

    /// 「예산」: the previous and this year's totals, and this year's personnel, operating and project budget.
    func budget() -> ProjectionTable {
        var table = ProjectionTable(
            key: "budget", title: "예산",
            columns: [.init(key: "category", label: "구 분", alignment: .left),
                      .init(key: "previous", label: "\(year - 1)년"), .init(key: "current", label: "\(year)년"),
                      .init(key: "personnel", label: "인건비"), .init(key: "operating", label: "물건비"),
                      .init(key: "project", label: "사업예산")],
            notes: [Self.unitNote, "인건비·물건비·사업예산은 \(year)년 예산의 내역"])
        let previous = plan.budget.year(year - 1)
        let current = plan.budget.year(year)
        table.rows = [.init(key: "total", cells: [
            "category": .text("계"),
            "previous": previous.map { Millions.cell($0.total) } ?? .noData,
            "current": current.map { Millions.cell($0.total) } ?? .noData,
            "personnel": current.map { Millions.cell($0.personnel) } ?? .noData,
            "operating": current.map { Millions.cell($0.operating) } ?? .noData,
            "project": current.map { Millions.cell($0.project) } ?? .noData,
        ])]
        for annual in [previous, current].compactMap({ $0 }) where annual.revisions > 0 {
            table.notes.append("\(annual.year)년 예산은 \(annual.revisions)회 변경됨"
                + (annual.revisionNote.map { " (최근: \($0))" } ?? ""))
        }
        for (label, annual) in [(year - 1, previous), (year, current)] where annual == nil {
            table.notes.append("\(label)년 예산 기록 없음 (no budget set for \(label))")
        }
        return table
    }

    /// 「총괄표」: the projects running in the year by strategy, the strategies' subtotals, the
    /// allocated total, the project budget and what the allocations leave of it.
    func summary() -> ProjectionTable {
        var table = ProjectionTable(
            key: "summary", title: "총괄표",
            columns: [.init(key: "strategy", label: "주요 전략", alignment: .left),
                      .init(key: "project", label: "추진사업명", alignment: .left),
                      .init(key: "status", label: "신규/계속", alignment: .left),
                      .init(key: "period", label: "사업기간", alignment: .left),
                      .init(key: "cost", label: "총사업비"), .init(key: "support", label: "국가 지원")],
            notes: [Self.unitNote])
        var count = 0
        for strategy in plan.strategies {
            let projects = plan.projects(in: strategy.id).filter { $0.runs(in: year) }
            guard !projects.isEmpty else { continue }
            count += projects.count
            for project in projects {
                table.rows.append(.init(key: project.project.rawValue, cells: [
                    "strategy": .text(strategy.title), "project": .text(project.title),
                    "status": .text(project.status.koreanLabel), "period": .text(Self.period(of: project)),
                    "cost": project.totalCost.map(Millions.cell) ?? .text("비예산"),
                    "support": project.nationalSupport.map(Millions.cell) ?? .notApplicable,
                ]))
            }
            var subtotal: [String: Cell] = [
                "strategy": .text(strategy.title), "project": .text("\(projects.count)개 시책 사업비 계"),
                "cost": Millions.cell(projects.reduce(0) { $0 + ($1.totalCost ?? 0) }),
            ]
            if projects.contains(where: { $0.nationalSupport != nil }) {
                subtotal["support"] = Millions.cell(projects.reduce(0) { $0 + ($1.nationalSupport ?? 0) })
            }
            table.rows.append(.init(key: "\(strategy.id.rawValue).subtotal", cells: subtotal))
        }
        let allocated = plan.allocated(in: year)
        let budget = plan.budget.year(year)
        let unallocated = plan.unallocated(in: year)
        table.rows += [
            .init(key: "allocated", cells: ["strategy": .text("계"), "project": .text("\(count)개 시책 사업비 계"),
                                            "cost": Millions.cell(allocated)]),
            .init(key: "project-budget", cells: ["strategy": .text("계"), "project": .text("\(year)년 사업예산"),
                                                 "cost": budget.map { Millions.cell($0.project) } ?? .noData]),
            .init(key: "unallocated", cells: ["strategy": .text("계"), "project": .text("미배정 (사업예산 − 사업비 계)"),
                                              "cost": unallocated.map(Millions.cell) ?? .noData]),
        ]
        table.notes.append("사업비 계: \(year)년에 추진하는 사업의 총사업비 합계 (비예산 사업 제외)")
        if let budget, let unallocated, unallocated != 0 {
            table.notes.append("사업비 계 \(Millions.text(allocated))은(는) \(year)년 사업예산 \(Millions.text(budget.project))과(와) "
                + (unallocated > 0 ? "맞지 않으며 미배정 \(Millions.text(unallocated))이(가) 남음"
                                   : "맞지 않으며 \(Millions.text(-unallocated))을(를) 초과함")
                + " — 계획서는 이 차이를 설명하지 않음")
        }
        if budget == nil { table.notes.append("\(year)년 예산 기록 없음 (no budget set for \(year))") }
        return table
    }

    /// 지속 for a continuing project without end, `2018 - 지속` for a new one, `2015 - 2020` with an end.
    static func period(of project: PlanProjectRegistered) -> String {
        guard let end = project.endYear else { return project.status == .new ? "\(project.startYear) - 지속" : "지속" }
        return "\(project.startYear) - \(end)"
    }
}
