import Foundation
import SotongDomain

/// The tables of one half: the scores (`scores-h1`) and the evidence of the derived items
/// (`score-basis-h1`).
extension ScoreSheet {
    /// Scores are shown with two decimals; ties are judged on what is shown.
    static let digits = 2

    /// 부서장 · 부서 · the 7 items · 내부소통 계 · 외부소통 계 · 합계 · 순위.
    func scoresTable() -> ProjectionTable {
        var columns: [ProjectionTable.Column] = [
            .init(key: "title", label: "부서장", alignment: .left),
            .init(key: "department", label: "부서", alignment: .left),
        ]
        columns += EvaluationItem.allCases.map { .init(key: $0.rawValue, label: $0.koreanLabel) }
        columns += [
            .init(key: "internal-subtotal", label: "내부소통 계"), .init(key: "external-subtotal", label: "외부소통 계"),
            .init(key: "total", label: "합계"), .init(key: "rank", label: "순위"),
        ]
        var table = ProjectionTable(key: "scores-h\(half.half)", title: "\(half.koreanLabel) 소통활동 성과평가 (부서별 소통점수)",
                                    columns: columns)
        table.rows = lines.map { line in
            var cells: [String: Cell] = [
                "title": .text(line.head.title), "department": .text(line.head.department.rawValue),
                "total": Self.cell(line.total), "rank": line.rank.map(Cell.integer) ?? .notApplicable,
            ]
            for item in EvaluationItem.allCases { cells[item.rawValue] = Self.cell(score(item, of: line)) }
            for area in EvaluationArea.allCases {
                cells["\(area.rawValue)-subtotal"] = Self.cell(
                    evaluation.areaSubtotal(half: half, head: line.head.head, area: area, derived: line.derived))
            }
            return ProjectionTable.Row(key: line.head.head.rawValue, cells: cells)
        }
        table.notes = notes()
        return table
    }

    /// 부서장 · 부서 · the counts behind 민원처리, 현장소통 and 교육참여도.
    func basisTable() -> ProjectionTable {
        var table = ProjectionTable(
            key: "score-basis-h\(half.half)", title: "\(half.koreanLabel) 소통활동 성과평가 산정 근거",
            columns: [
                .init(key: "title", label: "부서장", alignment: .left),
                .init(key: "department", label: "부서", alignment: .left),
                .init(key: "petitions-due", label: "민원 처리기한 도래"), .init(key: "petitions-on-time", label: "기한 내 답변"),
                .init(key: "field-days", label: "현장소통의 날"), .init(key: "field-days-required", label: "기준 횟수"),
                .init(key: "sessions-attended", label: "교육 참석"), .init(key: "sessions-held", label: "교육 실시"),
            ])
        let begun = requiredFieldDays != nil
        table.rows = lines.map { line in
            ProjectionTable.Row(key: line.head.head.rawValue, cells: [
                "title": .text(line.head.title), "department": .text(line.head.department.rawValue),
                "petitions-due": .integer(line.evidence.petitionsDue),
                "petitions-on-time": .integer(line.evidence.petitionsOnTime),
                "field-days": begun ? .integer(line.evidence.fieldDays) : .noData,
                "field-days-required": requiredFieldDays.map(Cell.integer) ?? .noData,
                "sessions-attended": .integer(line.evidence.sessionsAttended),
                "sessions-held": .integer(sessionsHeld),
            ])
        }
        table.notes = ["\(asOf) 기준. 민원은 처리기한 도래 또는 기한 내 답변으로 반기 중 처리가 확정된 건, "
            + "현장소통의 날은 부서장 주관 건, 교육은 소통아카데미와 갈등관리 역량강화 교육"]
        return table
    }

    /// The formulas, the scheme and the state of the round, under the scores table.
    private func notes() -> [String] {
        var notes: [String] = []
        if let scheme {
            let items = EvaluationItem.allCases.compactMap { item in
                scheme.entry(for: item).map { "\(item.koreanLabel) \(Self.points($0.maximum))점(\($0.weight)%)" }
            }
            notes.append("배점(가중치): " + items.joined(separator: ", "))
        } else {
            notes.append("\(half.year)년 평가기준(배점·가중치) 미확정: 점수를 산정할 수 없음")
        }
        let required = requiredFieldDays.map { "이 반기 기준 \($0)회" } ?? "반기 시작 전"
        notes += [
            "항목 점수는 배점 기준; 내부소통 계·외부소통 계·합계는 가중치 × 점수 ÷ 배점의 합 (합계 100점 만점)",
            "교육참여도 = 배점 × 참석 교육 수 ÷ 반기 중 실시된 교육 수 (소통아카데미·갈등관리 역량강화 교육; "
                + "실시된 교육이 없으면 자료 없음)",
            "민원처리 = 배점 × 기한 내 답변 건수 ÷ 처리기한 도래 건수 (부서의 직소민원 중 반기 중 기한 내 답변했거나 "
                + "처리기한(연장 포함)이 도래한 건; 완료·불가 모두 답변으로 보며 결과별 가중 없음, 검토는 답변 아님, "
                + "이송·반복민원 종결 제외; 해당 민원이 없으면 자료 없음)",
            "현장소통 = 배점 × min(1, 부서장 주관 현장소통의 날 횟수 ÷ 기준 횟수) (월 1회: 반기 6회, 진행 중인 반기는 "
                + "기준일이 속한 달까지의 개월 수; \(required); 반기 시작 전이면 자료 없음)",
            "합계는 7개 항목이 모두 있을 때만 산정; 순위는 합계가 있는 부서장 간 (소수 둘째 자리 기준 동점은 같은 순위), "
                + "합계가 없으면 -",
            "자료 없음: 근거 자료가 기록되지 않은 항목 (0점이 아님)",
        ]
        if evaluation.isCompleted(half) {
            notes.append("\(half.koreanLabel) 평가 완료")
        } else if asOf > half.lastDay {
            notes.append("\(half.koreanLabel) 평가 미완료 (반기 종료): 잠정 점수")
        } else if asOf >= half.firstDay {
            notes.append("\(half.koreanLabel) 평가 진행 중: \(asOf) 기준 잠정 점수")
        } else {
            notes.append("\(half.koreanLabel) 시작 전")
        }
        for year in missingHolidayYears {
            notes.append("\(year)년 공휴일 미게시: 민원 처리기한이 토·일요일만 제외하고 계산되어 실제보다 이를 수 있음")
        }
        return notes
    }

    private static func cell(_ value: Double?) -> Cell {
        value.map { .decimal($0, digits: digits) } ?? .noData
    }

    /// 10, 12.5 — a maximum without needless decimals.
    private static func points(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
