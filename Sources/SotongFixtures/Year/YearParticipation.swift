import Foundation
import SotongDomain

/// 2018's citizen participation: network meetings and task progress, academy sessions, the two
/// 애인토론회 forums with their proposals, the advisory group's cohort 4 and new youth subcommittee,
/// the policy monitor group, and the two communication tours.
struct YearParticipation {
    let timeline: Timeline
    let time: OfficeTime
    let random: SeededRandom

    private let actor = PlanOrganisation.policyActor

    func day(_ text: String) -> LocalDate { time.workingDay(onOrAfter: try! LocalDate(text)) }

    private func add(_ event: some OfficeEvent, _ date: String, hour: Int, minute: Int = 0, actor: String? = nil) {
        timeline.add(event, at: day(date).at(hour: hour, minute: minute), actor: actor ?? self.actor)
    }

    func write() {
        writeNetwork()
        writeAcademy()
        writeForums()
        writeAdvisory()
        writeMonitorGroup()
        add(TourHeld(kind: .livelihood, sites: ["부평구 여성인력개발센터", "남동산업단지 기업 간담회장", "계양구 노인복지관",
                                                "미추홀구 지역아동센터"], participants: 46),
            "2018-05-17", hour: 10, actor: "staff:S-5121")
        add(TourHeld(kind: .policy, sites: ["송도 바이오산업 현장", "원도심 도시재생 현장", "수도권매립지 현장"], participants: 38),
            "2018-10-18", hour: 10, actor: "staff:S-5121")
    }

    private func writeNetwork() {
        let meetings = ["2018-01-25", "2018-02-22", "2018-03-22", "2018-04-26", "2018-05-24", "2018-06-28",
                        "2018-07-26", "2018-09-20", "2018-10-25", "2018-11-22"]
        let agendas = PlanCivic.agendas
        for (index, date) in meetings.enumerated() {
            let discussed = random.sample(agendas, count: random.int(1...3)).map(\.agenda).sorted()
            add(NetworkMeetingHeld(attendees: random.int(14...22), agendas: discussed), date, hour: 15)
            // Progress on a practical task or two of what was discussed.
            for (offset, agendaID) in discussed.prefix(index % 3 == 0 ? 2 : 1).enumerated() {
                let agenda = agendas.first { $0.agenda == agendaID }!
                let task = random.pick(agenda.tasks)
                let status: NetworkTaskStatus = index >= 8 && offset == 0 ? .done : .inProgress
                add(NetworkTaskProgressRecorded(agenda: agendaID, task: task.task,
                                                note: "\(task.title) — \(index + 1)차 회의에서 추진상황 점검", status: status),
                    date, hour: 16, minute: 30 + offset * 5)
            }
        }
    }

    /// Departments whose staff attended a training, the office itself first.
    func attending(_ count: Int) -> [DepartmentID] {
        let evaluated = random.sample(Departments.evaluated, count: count)
        let others = random.sample(Departments.all.map(\.id).filter { !Departments.evaluated.contains($0) }, count: 2)
        return [Departments.communicationOffice] + evaluated + others
    }

    private func writeAcademy() {
        let sessions: [(String, String, Int)] = [
            ("2018-04-19", "소통하는 공직자, 공감하는 시정", 96),
            ("2018-07-12", "갈등의 창조적 해결을 위한 소통리더 과정", 104),
            ("2018-11-15", "시민과 함께 만드는 정책소통", 103),
        ]
        for (date, title, participants) in sessions {
            add(AcademySessionHeld(title: title, participants: participants, departmentsAttending: attending(random.int(6...9))),
                date, hour: 14)
        }
    }

    private func writeForums() {
        let forums: [(ActivityID, String, String, ForumTopic, Int, Int, [String])] = [
            ("aein-2018-1", "2018-09-14", "복지 사각지대, 시민에게 듣다", .welfare, 486, 42, [
                "동 행정복지센터 찾아가는 복지상담 확대", "1인 가구 고독사 예방 안부확인 서비스", "경로당 공유 돌봄 프로그램 도입",
                "장애인 이동지원 차량 야간 운행", "복지 정보 한 장 안내문 제작", "청년 부채 상담 창구 개설",
                "다문화가정 통역 지원 확대", "복지관 주말 운영"]),
            ("aein-2018-2", "2018-11-09", "원도심 활성화, 시민이 답하다", .oldDowntown, 521, 45, [
                "빈 점포 청년 창업공간 임대", "원도심 공영주차장 확충", "골목길 야간 조명 개선", "전통시장 문화공연 정례화",
                "노후 주택 집수리 지원 확대", "원도심 순환버스 신설", "근대 건축물 탐방로 조성", "주민 주도 마을관리 협동조합 지원"]),
        ]
        let decisions: [[Character]] = [Array("RRDRDRUU"), Array("RUDRUUUU")]
        for (index, (forum, date, title, topic, participants, facilitators, proposals)) in forums.enumerated() {
            add(ForumHeld(forum: forum, title: title, topic: topic, participants: participants, facilitators: facilitators),
                date, hour: 14)
            for (offset, summary) in proposals.enumerated() {
                let proposal = ProposalID("P-\(forum.rawValue.dropFirst(5))-\(String(format: "%02d", offset + 1))")
                add(ForumProposalCollected(forum: forum, proposal: proposal, summary: summary), date, hour: 17, minute: offset * 2)
                let decided = day(index == 0 ? "2018-10-22" : "2018-12-17").adding(days: offset)
                let when = time.workingDay(onOrAfter: decided).description
                switch decisions[index][offset] {
                case "R":
                    let department = random.pick(Departments.evaluated)
                    add(ForumProposalReflected(forum: forum, proposal: proposal, policy: "2019년 \(summary) 추진계획",
                                               department: department), when, hour: 11)
                case "D":
                    add(ForumProposalDeclined(forum: forum, proposal: proposal,
                                              reason: "관계 법령과 예산 여건상 시 단독 추진이 어려워 중장기 과제로 분류"),
                        when, hour: 11)
                default:
                    break
                }
            }
        }
    }

    private func writeAdvisory() {
        let cohort4 = [2, 1, 2, 2, 3, 3, 2, 3, 1, 1]
        let youth = [3, 2, 5, 5, 6, 6, 4, 6, 2, 1]
        let end = LocalDate(year: 2020, month: 6, day: 30)!
        for (subcommittee, cohort, formed, start, counts, prefix) in [
            (AdvisorySubcommittee.citizen, 4, "2018-07-16", "2018-08-01", cohort4, "ADV-C4"),
            (AdvisorySubcommittee.youth, 1, "2018-08-20", "2018-09-03", youth, "ADV-Y1"),
        ] {
            let first = day(start)
            add(AdvisoryCohortFormed(subcommittee: subcommittee, cohort: cohort, termStart: first, termEnd: end,
                                     seats: counts.reduce(0, +)), formed, hour: 10)
            var seat = 0
            for (district, count) in zip(District.allCases, counts) {
                for _ in 0..<count {
                    seat += 1
                    add(AdvisoryMemberAppointed(member: MemberID(String(format: "\(prefix)-%02d", seat)),
                                                subcommittee: subcommittee, cohort: cohort, district: district,
                                                termStart: first, termEnd: end),
                        start, hour: seat <= 30 ? 10 : 11, minute: (seat - 1) % 30 * 2)
                }
            }
        }
        add(AdvisoryTermEnded(member: "ADV-Y1-17", reason: "학업으로 인한 사임"), "2018-11-19", hour: 10)
    }

    private func writeMonitorGroup() {
        let members = (1...30).map { MemberID(String(format: "MON-2018-%02d", $0)) }
        for (offset, member) in members.enumerated() {
            add(MonitorMemberJoined(member: member, role: offset < 12 ? .facilitator : .citizen), "2018-03-20",
                hour: 10, minute: offset)
        }
        let leaving = members[24]
        add(MonitorMemberLeft(member: leaving), "2018-09-10", hour: 10)
        let policies = ["지역화폐 도입", "시내버스 준공영제", "원도심 주차환경 개선", "어린이 통학로 안전", "미세먼지 저감 대책",
                        "청년 창업 지원", "섬 지역 여객선 운임 지원", "공공도서관 야간 개방"]
        let findings = ["시민 인지도 낮음; 안내 홍보 강화 필요", "현장 의견 대체로 긍정적; 일부 구간 개선 요청",
                        "시민 제안이 일부 반영됨; 후속 모니터링 필요", "이용 절차가 복잡하다는 의견 다수"]
        let reporters = members.filter { $0 != leaving }
        let months = ["2018-04-16", "2018-05-14", "2018-06-18", "2018-07-16", "2018-08-20", "2018-09-17", "2018-10-15",
                      "2018-11-19"]
        for (index, date) in months.enumerated() {
            for slot in 0..<2 {
                add(MonitorReportFiled(member: random.pick(reporters), policy: policies[(index + slot * 3) % policies.count],
                                       summary: random.pick(findings)), date, hour: 15, minute: slot * 20)
            }
        }
    }
}
