import Foundation
import SotongCore
import SotongDomain

/// The office's organisation in 2017, recorded in two phases: the set-up in January (teams,
/// quotas, assignments), then the year's moves (training, a departure, a transfer). Together they
/// give the plan's Dec 2017 roster.
enum RosterFixture {
    static let duties: [Team: [String]] = [
        .policy: ["대시민 소통계획 수립", "소통활성화 과제 발굴", "「시민사회 소통네트워크」 운영",
                  "시민행복정책자문단 「시민소통분과」 운영", "애인(愛仁)토론회 및 소통아카데미 운영"],
        .support: ["소통지원정책 조정·발굴", "「시정혁신 세부과제」 추진상황 관리", "소통활동 성과평가 운영",
                   "온라인 소통채널 운영 (시원소통 등 SNS)"],
        .field: ["현장소통 활성화 시책 발굴 추진", "「동네방네 현장소통의 날」 운영", "「1일 현장민원실」 운영",
                 "갈등현안 해결을 위한 민관 협력 강화", "공무원 갈등관리 및 대응역량 강화교육"],
        .petitions: ["시장실 방문 직소민원 응대 및 조정 관리", "직소민원 처리체계 개선 및 분석 보고", "직소민원 데이터 관리"],
    ]

    static let quotas: [(Team, Grade, Int)] = [
        (.policy, .grade4, 1), (.policy, .grade5, 1), (.policy, .grade6, 2), (.policy, .grade7, 2), (.policy, .grade8, 0),
        (.support, .grade5, 1), (.support, .grade6, 1), (.support, .grade7, 1),
        (.field, .grade5, 1), (.field, .grade6, 1), (.field, .grade7, 1),
        (.petitions, .grade5, 1), (.petitions, .grade6, 3), (.petitions, .grade7, 1),
    ]

    static let assignments: [StaffAssigned] = {
        let desk = "직소민원실"
        return [
            StaffAssigned(staff: "S-4001", team: .policy, grade: .grade4, jobSeries: .administrative),
            StaffAssigned(staff: "S-5001", team: .policy, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-5002", team: .policy, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-6001", team: .policy, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6002", team: .policy, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6003", team: .policy, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-7001", team: .policy, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-7002", team: .policy, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-8001", team: .policy, grade: .grade8, jobSeries: .administrative),
            StaffAssigned(staff: "S-5101", team: .support, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-6101", team: .support, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6102", team: .support, grade: .grade6, jobSeries: .computing),
            StaffAssigned(staff: "S-7101", team: .support, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-5201", team: .field, grade: .grade5, jobSeries: .administrative),
            StaffAssigned(staff: "S-6201", team: .field, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-6202", team: .field, grade: .grade6, jobSeries: .administrative),
            StaffAssigned(staff: "S-7201", team: .policy, grade: .grade7, jobSeries: .administrative),
            StaffAssigned(staff: "S-5301", team: .petitions, grade: .grade5, jobSeries: .administrative, role: desk),
            StaffAssigned(staff: "S-6301", team: .petitions, grade: .grade6, jobSeries: .administrative, role: desk),
            StaffAssigned(staff: "S-6302", team: .petitions, grade: .grade6, jobSeries: .facilities, role: desk),
            StaffAssigned(staff: "S-6303", team: .petitions, grade: .grade6, jobSeries: .facilities, role: desk),
            StaffAssigned(staff: "S-7301", team: .petitions, grade: .grade7, jobSeries: .administrative),
        ]
    }()

    /// The recorded events by a short name, for explanations.
    struct Recorded {
        var byName: [String: RecordedEvent] = [:]
        var lastOfSetUp: Int64 = 0
    }

    /// January 2017: teams with duties, quotas, assignments.
    static func recordSetUp(in log: OfficeTablesLog, into recorded: inout Recorded) async throws {
        for team in Team.allCases {
            recorded.byName["team:\(team.rawValue)"] =
                try await log.record(TeamEstablished(team: team, duties: duties[team] ?? []), on: "2017-01-02")
        }
        for (team, grade, quota) in quotas {
            recorded.byName["quota:\(team.rawValue):\(grade.rawValue)"] =
                try await log.record(TeamQuotaSet(team: team, grade: grade, quota: quota), on: "2017-01-02")
        }
        for assignment in assignments {
            recorded.byName["assigned:\(assignment.staff)"] = try await log.record(assignment, on: "2017-01-02")
        }
        recorded.lastOfSetUp = recorded.byName.values.map(\.position).max() ?? 0
    }

    /// The rest of 2017: two returnees, one away on training, one departure, one transfer.
    static func recordMoves(in log: OfficeTablesLog, into recorded: inout Recorded) async throws {
        for staff: StaffID in ["S-5002", "S-6003"] {
            recorded.byName["dispatched:\(staff)"] = try await log.record(
                StaffTrainingDispatched(staff: staff, institution: "지방행정연수원", until: try LocalDate("2017-06-30")),
                on: "2017-01-09")
            recorded.byName["returned:\(staff)"] = try await log.record(StaffTrainingReturned(staff: staff), on: "2017-07-03")
        }
        recorded.byName["dispatched:S-6102"] =
            try await log.record(StaffTrainingDispatched(staff: "S-6102", institution: "국외훈련"), on: "2017-08-01")
        recorded.byName["left:S-6202"] = try await log.record(StaffLeft(staff: "S-6202", reason: "정기인사 전출"), on: "2017-07-10")
        recorded.byName["transferred:S-7201"] =
            try await log.record(StaffTransferred(staff: "S-7201", toTeam: .field), on: "2017-07-10")
    }
}
