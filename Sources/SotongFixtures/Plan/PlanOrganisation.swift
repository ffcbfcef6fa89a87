import Foundation
import SotongDomain

/// The office's organisation from 2016 to December 2017: the four teams with their duties (사무분장)
/// as the plan lists them, quotas per team and grade, and staff assigned, moved, sent on long-term
/// training and back, so that the roster on 2017-12-31 is the plan's table:
///
/// | 구 분 | 계 | 4급 | 5급 | 6급 | 7급 | 8급 |
/// |---|---|---|---|---|---|---|
/// | 계 | 17/18(2) | 1/1 | 4/4(1) | 7/7(1) | 5/5 | 0/1 |
/// | 소통정책팀 | 6/7(2) | 1/1 | 1/1(1) | 2/2(1) | 2/2 | 0/1 |
/// | 소통지원팀 | 3/3 | - | 1/1 | 1/1 | 1/1 | - |
/// | 현장소통팀 | 3/3 | - | 1/1 | 1/1 | 1/1 | - |
/// | 직소민원팀 | 5/5 | - | 1/1 | 3/3 | 1/1 | - |
///
/// Staff ids are invented staff numbers (S-xxxx), never names.
enum PlanOrganisation {
    /// The duties of each team, exactly as the plan's 사무분장 lists them.
    static let duties: [(Team, [String])] = [
        (.policy, ["대시민 소통계획 수립", "소통활성화 과제 발굴", "「시민사회 소통네트워크」 운영",
                   "시민행복정책자문단 「시민소통분과」 운영", "애인(愛仁)토론회 및 소통아카데미 운영"]),
        (.support, ["소통지원정책 조정·발굴", "「시정혁신 세부과제」 추진상황 관리", "소통활동 성과평가 운영",
                    "온라인 소통채널 운영 (시원소통 등 SNS)"]),
        (.field, ["현장소통 활성화 시책 발굴 추진", "「동네방네 현장소통의 날」 운영", "「1일 현장민원실」 운영",
                  "갈등현안 해결을 위한 민관 협력 강화", "공무원 갈등관리 및 대응역량 강화교육"]),
        (.petitions, ["시장실 방문 직소민원 응대 및 조정 관리", "직소민원 처리체계 개선 및 분석 보고", "직소민원 데이터 관리"]),
    ]

    /// The direct-petition desk (직소민원실): admin 5급 ×1, admin 6급 ×1, facilities 6급 ×2.
    static let desk = "직소민원실"
    /// The desk staff, who record petition events.
    static let deskActors = ["staff:S-5321", "staff:S-6331", "staff:S-6332", "staff:S-6333"]
    /// Who records the policy team's events (plan, indicators, network, advisory group).
    static let policyActor = "staff:S-6031"
    /// Who records the organisation's events: the city's personnel records, linked in.
    static let personnelActor = "import:personnel-records"
    /// Who records events of 2015–2016 taken over from the office's paper registers.
    static let registerActor = "import:office-registers"

    static func write(into timeline: Timeline) {
        func day(_ text: String, _ hour: Int = 9, _ minute: Int = 0) -> Date {
            (try! LocalDate(text)).at(hour: hour, minute: minute)
        }
        func add(_ event: some OfficeEvent, _ at: Date, reason: String? = nil) {
            timeline.add(event, at: at, actor: personnelActor, reason: reason)
        }
        for (offset, (team, list)) in duties.enumerated() {
            add(TeamEstablished(team: team, duties: list), day("2016-01-04", 9, offset))
        }
        let quotas: [(Team, Grade, Int)] = [
            (.policy, .grade4, 1), (.policy, .grade5, 1), (.policy, .grade6, 2), (.policy, .grade7, 2), (.policy, .grade8, 1),
            (.support, .grade5, 1), (.support, .grade6, 1), (.support, .grade7, 1),
            (.field, .grade5, 1), (.field, .grade6, 1), (.field, .grade7, 1),
            (.petitions, .grade5, 1), (.petitions, .grade6, 3), (.petitions, .grade7, 1),
        ]
        for (offset, (team, grade, quota)) in quotas.enumerated() {
            add(TeamQuotaSet(team: team, grade: grade, quota: quota), day("2016-01-04", 9, 10 + offset))
        }
        // The staff of January 2016 (the head of the office then, S-4010, later left).
        let initial: [(StaffID, Team, Grade, JobSeries, String?)] = [
            ("S-4010", .policy, .grade4, .administrative, "소통담당관"),
            ("S-5021", .policy, .grade5, .administrative, nil), ("S-5022", .policy, .grade5, .administrative, nil),
            ("S-6031", .policy, .grade6, .administrative, nil), ("S-6032", .policy, .grade6, .administrative, nil),
            ("S-6033", .policy, .grade6, .administrative, nil),
            ("S-7041", .policy, .grade7, .administrative, nil), ("S-7042", .policy, .grade7, .administrative, nil),
            ("S-5121", .support, .grade5, .administrative, nil), ("S-6131", .support, .grade6, .computing, nil),
            ("S-5221", .field, .grade5, .administrative, nil), ("S-6231", .field, .grade6, .administrative, nil),
            ("S-7141", .field, .grade7, .administrative, nil), ("S-7242", .field, .grade7, .administrative, nil),
            ("S-5321", .petitions, .grade5, .administrative, desk), ("S-6331", .petitions, .grade6, .administrative, desk),
            ("S-6332", .petitions, .grade6, .facilities, desk), ("S-6333", .petitions, .grade6, .facilities, desk),
            ("S-7341", .petitions, .grade7, .administrative, nil),
        ]
        for (offset, (staff, team, grade, series, role)) in initial.enumerated() {
            add(StaffAssigned(staff: staff, team: team, grade: grade, jobSeries: series, role: role),
                day("2016-01-04", 10, offset))
        }
        // Two of 소통정책팀 on long-term training from August 2016, back in August 2017: returnees (파견복귀자).
        add(StaffTrainingDispatched(staff: "S-5022", institution: "지방행정연수원 장기교육과정",
                                    until: LocalDate(year: 2017, month: 7, day: 31)), day("2016-08-01", 9, 30))
        add(StaffTrainingDispatched(staff: "S-6033", institution: "국내 대학원 위탁교육",
                                    until: LocalDate(year: 2017, month: 7, day: 31)), day("2016-08-01", 9, 40))
        // 2017 personnel moves: a new head of office, a 7급 moved to 소통지원팀, a 7급 replaced in 현장소통팀,
        // the 8급 post cut while its holder stays (0/1).
        add(StaffLeft(staff: "S-4010", reason: "정기인사 전출"), day("2017-01-02", 9, 5))
        add(StaffAssigned(staff: "S-4011", team: .policy, grade: .grade4, jobSeries: .administrative, role: "소통담당관"),
            day("2017-01-02", 9, 10))
        add(StaffTransferred(staff: "S-7141", toTeam: .support), day("2017-01-16", 9, 0))
        add(TeamQuotaSet(team: .policy, grade: .grade8, quota: 0), day("2017-07-03", 9, 0), reason: "2017년 하반기 정원 조정")
        add(StaffAssigned(staff: "S-8051", team: .policy, grade: .grade8, jobSeries: .administrative), day("2017-07-10", 9, 0))
        add(StaffLeft(staff: "S-7242", reason: "정기인사 전출"), day("2017-07-10", 9, 5))
        add(StaffAssigned(staff: "S-7241", team: .field, grade: .grade7, jobSeries: .administrative), day("2017-07-10", 9, 10))
        add(StaffTrainingReturned(staff: "S-5022"), day("2017-08-01", 9, 0))
        add(StaffTrainingReturned(staff: "S-6033"), day("2017-08-01", 9, 5))
    }
}
