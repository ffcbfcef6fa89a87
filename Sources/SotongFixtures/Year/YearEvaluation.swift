import Foundation
import SotongDomain

/// The 2018 communication performance evaluation (소통활동 성과평가): the scheme (2 areas, 7 items),
/// twelve 4급 department heads under a performance contract, hand scores of the four hand-scored
/// items for both halves, three corrections after objections, and both rounds completed.
struct YearEvaluation {
    let timeline: Timeline
    let time: OfficeTime
    let random: SeededRandom

    private let actor = "staff:S-5121"
    static let evaluator = "소통지원팀"

    static let scheme = EvaluationSchemeAdopted(
        year: 2018,
        areas: [
            .init(area: .internal, items: [
                .init(item: .communicationPlan, weight: 15, maximum: 10),
                .init(item: .trainingParticipation, weight: 15, maximum: 10),
                .init(item: .policyCustomerManagement, weight: 10, maximum: 10),
                .init(item: .systemImprovement, weight: 15, maximum: 10),
                .init(item: .communicationManagement, weight: 15, maximum: 10),
            ]),
            .init(area: .external, items: [
                .init(item: .petitionHandling, weight: 15, maximum: 20),
                .init(item: .fieldCommunication, weight: 15, maximum: 20),
            ]),
        ],
        adoptedBy: "2018년 소통활동 성과평가 계획 결재 (소통담당관)")

    static let handItems: [EvaluationItem] = [
        .communicationPlan, .policyCustomerManagement, .systemImprovement, .communicationManagement,
    ]

    static func head(_ department: DepartmentID) -> HeadID { HeadID("head-2018-\(department.rawValue)") }

    private static let evidence: [EvaluationItem: [String]] = [
        .communicationPlan: ["부서 소통계획 수립·제출 및 분기별 추진실적 보고", "부서 소통계획 수립, 추진실적 일부 미제출"],
        .policyCustomerManagement: ["정책고객 명단 관리 및 정기 의견수렴 실시", "정책고객 의견수렴 연 1회 실시"],
        .systemImprovement: ["시민 제안을 반영한 제도개선 2건", "제도개선 검토 1건, 시행 준비 중"],
        .communicationManagement: ["부서 SNS 소통 및 시민 질의 응답 관리 우수", "온라인 소통채널 응답 지연 사례 있음"],
    ]

    private func add(_ event: some OfficeEvent, _ date: String, hour: Int, minute: Int = 0) {
        timeline.add(event, at: time.workingDay(onOrAfter: try! LocalDate(date)).at(hour: hour, minute: minute), actor: actor)
    }

    func write() {
        add(Self.scheme, "2018-02-12", hour: 10)
        for (offset, department) in Departments.evaluated.enumerated() {
            add(EvaluationHeadRegistered(year: 2018, head: Self.head(department), department: department,
                                         title: Departments.named(department).headTitle, grade: .grade4),
                "2018-02-19", hour: 10, minute: offset * 2)
        }
        let first = HalfYear(year: 2018, half: 1)!, second = HalfYear(year: 2018, half: 2)!
        score(first, days: ["2018-07-02", "2018-07-03", "2018-07-04"])
        add(EvaluationScoreCorrected(half: first, head: Self.head(Departments.evaluated[2]), item: .communicationPlan,
                                     score: 9, reason: "이의신청에 따른 추가 증빙(소통계획 변경 보고서) 확인 후 재산정"),
            "2018-07-12", hour: 10)
        add(EvaluationScoreCorrected(half: first, head: Self.head(Departments.evaluated[7]), item: .systemImprovement,
                                     score: 8.5, reason: "제도개선 시행 실적 누락분 확인"),
            "2018-07-12", hour: 10, minute: 20)
        add(EvaluationRoundCompleted(half: first), "2018-07-20", hour: 16)
        score(second, days: ["2018-12-10", "2018-12-11", "2018-12-12"])
        add(EvaluationScoreCorrected(half: second, head: Self.head(Departments.evaluated[4]), item: .communicationManagement,
                                     score: 7.5, reason: "온라인 소통채널 응답 실적 재확인 결과 반영"),
            "2018-12-19", hour: 10)
        add(EvaluationRoundCompleted(half: second), "2018-12-27", hour: 16)
    }

    /// Scores the four hand items of every head for `half`, four heads a day.
    private func score(_ half: HalfYear, days: [String]) {
        for (offset, department) in Departments.evaluated.enumerated() {
            let date = days[offset / 4]
            for (slot, item) in Self.handItems.enumerated() {
                let points = Double(random.int(11...20)) / 2
                add(EvaluationScored(half: half, head: Self.head(department), item: item, score: points,
                                     evidence: random.pick(Self.evidence[item]!), evaluator: Self.evaluator),
                    date, hour: offset % 4 < 2 ? 10 : 14, minute: (offset % 2) * 30 + slot * 5)
            }
        }
    }
}
