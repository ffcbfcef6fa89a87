import Foundation
import SotongDomain

/// The civil-society network (22 members, 4 common agendas with 12 practical tasks), the advisory
/// group's citizen subcommittee (cohorts 1–3, 60 members by district) and the conflict-mediation
/// expert pool (51), as they stand in December 2017. Organisation names are invented.
enum PlanCivic {
    /// Network members by category; the last civic group replaces one that left in 2017.
    static let professional = ["인천 한울소상공인회", "인천 바다물류인협회", "인천 새빛건축인회", "인천 누리운수인회",
                               "인천 하늘항공산업인협회", "인천 가온여성경제인회", "인천 솔빛의료인협의회", "인천 온누리외식업인회",
                               "인천 다솜법조인협의회", "인천 해솔농어업인회", "인천 다온문화예술인협회"]
    static let civic = ["인천 예시시민연대", "인천 함께여는 시민모임", "인천 푸른바다 환경모임", "인천 마을공동체 예담",
                        "인천 청년모임 다리", "인천 원도심 살림모임", "인천 인권모임 나란히"]
    static let civicLeaving = 5
    static let civicJoining = "인천 섬사랑 시민모임"
    static let council = ["인천광역시의회 기획행정위원회", "인천광역시의회 문화복지위원회", "인천광역시의회 건설교통위원회"]
    static let city = "인천광역시 소통담당관실"

    /// The four common agendas as the plan names them, with three invented practical tasks each.
    static let agendas: [NetworkAgendaRegistered] = [
        NetworkAgendaRegistered(agenda: "aviation-industry", title: "인천 항공산업 살리기 운동", tasks: [
            NetworkPracticalTask(task: "mro-cluster", title: "항공정비(MRO) 단지 유치 범시민 서명운동"),
            NetworkPracticalTask(task: "airport-forum", title: "항공산업 시민토론회 개최"),
            NetworkPracticalTask(task: "central-govt-proposal", title: "대정부 건의문 공동 채택")]),
        NetworkAgendaRegistered(agenda: "island-revitalisation", title: "섬 지역 활성화로 인천가치 재창조", tasks: [
            NetworkPracticalTask(task: "island-tourism", title: "섬 관광 활성화 시민 홍보단 운영"),
            NetworkPracticalTask(task: "island-ferry", title: "연안여객선 대중교통화 공동 건의"),
            NetworkPracticalTask(task: "island-market", title: "섬 특산물 직거래 장터 공동 운영")]),
        NetworkAgendaRegistered(agenda: "fair-districts", title: "정당한 인천선거구 찾기 운동", tasks: [
            NetworkPracticalTask(task: "signature-campaign", title: "선거구 인구편차 개선 범시민 서명운동"),
            NetworkPracticalTask(task: "district-forum", title: "선거구 획정 시민토론회 개최"),
            NetworkPracticalTask(task: "assembly-proposal", title: "국회 건의서 공동 전달")]),
        NetworkAgendaRegistered(agenda: "high-court-branch", title: "고등법원 원외재판부 유치", tasks: [
            NetworkPracticalTask(task: "citizen-petition", title: "원외재판부 유치 범시민 청원"),
            NetworkPracticalTask(task: "legal-seminar", title: "지역 법조계·학계 공동 세미나 개최"),
            NetworkPracticalTask(task: "court-proposal", title: "관계기관 방문 건의 활동")]),
    ]

    /// Citizen-subcommittee members per district (the plan's order) for cohorts 1, 2 and 3.
    static let cohorts: [[Int]] = [
        [2, 1, 2, 2, 3, 5, 1, 3, 1, 0],
        [2, 1, 2, 4, 2, 3, 2, 2, 1, 1],
        [1, 1, 1, 1, 5, 1, 3, 5, 1, 1],
    ]
    /// Formation day and first day of each cohort's term. Every term of cohorts 1–3 ends on
    /// 2018-06-30 with the mayor's term (민선6기), which the 2018 cohort 4 follows.
    static let cohortDates: [(formed: String, start: String)] = [
        ("2015-08-24", "2015-09-01"), ("2016-08-22", "2016-09-01"), ("2017-04-17", "2017-05-02"),
    ]
    static let cohortTermEnd = LocalDate(year: 2018, month: 6, day: 30)!

    /// The expert pool: category, how many, and the fields they bring. One more professor joined
    /// and withdrew in 2017, leaving 전문기관 16, 대학교수 17, 유관기관 12, 시민단체 6.
    static let experts: [(ExpertCategory, Int, [String])] = [
        (.institute, 16, ["공공갈등 조정", "환경분쟁 조정", "도시계획 갈등 분석", "노사관계 조정"]),
        (.professor, 18, ["행정학(갈등관리)", "도시계획학", "환경공학", "법학(행정법)", "사회학", "교통공학"]),
        (.relatedInstitution, 12, ["보상 협의", "정책 연구", "환경영향 평가", "주민참여 설계"]),
        (.civicGroup, 6, ["주민자치", "환경운동", "시민참여"]),
    ]
    static let withdrawnExpert: ExpertID = "EXP-034"

    static func write(into timeline: Timeline) {
        let actor = PlanOrganisation.registerActor
        func day(_ text: String) -> LocalDate { try! LocalDate(text) }
        func add(_ event: some OfficeEvent, _ date: String, _ minute: Int, hour: Int = 10) {
            timeline.add(event, at: day(date).at(hour: hour, minute: minute),
                         actor: day(date).year >= 2017 ? PlanOrganisation.policyActor : actor)
        }
        // Network.
        var number = 0
        func join(_ category: NetworkCategory, _ name: String, _ date: String, _ minute: Int) {
            number += 1
            add(NetworkMemberJoined(member: MemberID(String(format: "NET-%02d", number)), category: category,
                                    organisation: name), date, minute)
        }
        for (offset, name) in professional.enumerated() { join(.professionalAssociation, name, "2016-02-15", offset) }
        for (offset, name) in civic.enumerated() { join(.civicGroup, name, "2016-02-15", 20 + offset) }
        for (offset, name) in council.enumerated() { join(.cityCouncil, name, "2016-02-15", 30 + offset) }
        join(.city, city, "2016-02-15", 40)
        for (offset, agenda) in agendas.enumerated() { add(agenda, "2016-03-14", offset * 5) }
        add(NetworkMemberLeft(member: MemberID(String(format: "NET-%02d", professional.count + civicLeaving + 1))),
            "2017-06-12", 0)
        join(.civicGroup, civicJoining, "2017-07-14", 0)

        // Advisory group, citizen subcommittee, cohorts 1–3.
        for (index, counts) in cohorts.enumerated() {
            let cohort = index + 1
            let dates = cohortDates[index]
            add(AdvisoryCohortFormed(subcommittee: .citizen, cohort: cohort, termStart: day(dates.start),
                                     termEnd: cohortTermEnd, seats: 20), dates.formed, 0)
            var seat = 0
            for (district, count) in zip(District.allCases, counts) {
                for _ in 0..<count {
                    seat += 1
                    add(AdvisoryMemberAppointed(member: MemberID(String(format: "ADV-C%d-%02d", cohort, seat)),
                                                subcommittee: .citizen, cohort: cohort, district: district,
                                                termStart: day(dates.start), termEnd: cohortTermEnd), dates.start, seat)
                }
            }
        }

        // Expert pool.
        var expert = 0
        for (category, count, fields) in experts {
            for offset in 0..<count {
                expert += 1
                let date = expert <= 30 ? "2016-04-11" : "2017-03-13"
                add(ExpertRegistered(expert: ExpertID(String(format: "EXP-%03d", expert)), category: category,
                                     field: fields[offset % fields.count]), date, (expert - 1) % 30, hour: 14)
            }
        }
        add(ExpertWithdrawn(expert: withdrawnExpert), "2017-10-16", 0)
    }
}
