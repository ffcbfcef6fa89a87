import Foundation
import SotongDomain

/// 2018 in the field: 동네방네 현장소통의 날 (the vice-mayor monthly with the city council, directors
/// and department heads monthly, the mayor now and then), four quarterly one-day field petition
/// offices, four conflict cases with diagnosis, response plans, mediations and councils, and two
/// conflict-management trainings.
struct YearField {
    let timeline: Timeline
    let time: OfficeTime
    let random: SeededRandom

    /// The one-day field offices: date, district, place, and how many petitions were taken there.
    static let fieldOffices: [(String, District, String, Int)] = [
        ("2018-03-15", .bupyeong, "부평역 지하상가 분수광장", 6),
        ("2018-06-21", .namdong, "구월동 로데오거리 광장", 5),
        ("2018-09-13", .seo, "검단 복합문화센터 앞", 7),
        ("2018-11-29", .yeonsu, "송도 센트럴파크 입구", 5),
    ]

    private let actor = "staff:S-5221"

    func day(_ text: String) -> LocalDate { time.workingDay(onOrAfter: try! LocalDate(text)) }

    private func add(_ event: some OfficeEvent, _ date: LocalDate, hour: Int, minute: Int = 0) {
        timeline.add(event, at: date.at(hour: hour, minute: minute), actor: actor)
    }

    func write() {
        writeFieldDays()
        for (date, district, place, taken) in Self.fieldOffices {
            let accompanying = random.sample(Departments.evaluated, count: 3) + [Departments.communicationOffice]
            add(FieldOfficeHeld(district: district, place: place, petitionsTaken: taken, departmentsAccompanying: accompanying),
                day(date), hour: 14)
        }
        writeConflicts()
        add(ConflictTrainingHeld(institution: "한국행정연구원", participants: 58, departmentsAttending: trainees()),
            day("2018-05-24"), hour: 14)
        add(ConflictTrainingHeld(institution: "단국대 분쟁해결연구센터", participants: 64, departmentsAttending: trainees()),
            day("2018-10-25"), hour: 14)
    }

    private func trainees() -> [DepartmentID] {
        [Departments.communicationOffice] + random.sample(Departments.evaluated, count: random.int(5...8))
    }

    private func site(_ district: District) -> String {
        "\(district.koreanLabel) \(random.pick(Departments.all).site)"
    }

    private func writeFieldDays() {
        // Districts for the vice-mayor weigh the number of council members per district.
        let councilWeights: [(District, Int)] = [
            (.jung, 2), (.dong, 2), (.nam, 4), (.yeonsu, 3), (.namdong, 4), (.bupyeong, 4), (.gyeyang, 3), (.seo, 4),
            (.ganghwa, 1), (.ongjin, 1),
        ]
        // Department heads: each evaluated department hosts in both halves; a few others once.
        var heads: [(Int, DepartmentID)] = []
        for (offset, department) in Departments.evaluated.enumerated() {
            heads.append((1 + offset % 6, department))
            heads.append((7 + (offset + 2) % 6, department))
        }
        for (offset, department) in ["building-management", "public-health", "islands-development"].enumerated() {
            heads.append((3 + offset * 3, DepartmentID(department)))
        }
        for month in 1...12 {
            let first = LocalDate(year: 2018, month: month, day: 1)!
            let viceMayorDay = time.workingDay(onOrAfter: first.adding(days: 14))
            let district = random.pick(weighted: councilWeights)
            add(FieldDayHeld(host: .viceMayor, district: district, site: site(district), withCityCouncil: true),
                viceMayorDay, hour: 10)
            let (bureau, _) = Departments.bureaus[(month - 1) % Departments.bureaus.count]
            let directorDistrict = random.pick(District.allCases)
            add(FieldDayHeld(host: .director, hostDepartment: bureau, district: directorDistrict, site: site(directorDistrict),
                             withCityCouncil: false), time.workingDay(onOrAfter: first.adding(days: 7)), hour: 14)
            for (offset, (_, department)) in heads.filter({ $0.0 == month }).enumerated() {
                let district = random.pick(District.allCases)
                add(FieldDayHeld(host: .departmentHead, hostDepartment: department, district: district, site: site(district),
                                 withCityCouncil: false),
                    time.workingDay(onOrAfter: first.adding(days: 19 + offset * 2)), hour: 15)
            }
        }
        for date in ["2018-04-12", "2018-10-11"] {
            let district = random.pick(District.allCases)
            add(FieldDayHeld(host: .mayor, district: district, site: site(district), withCityCouncil: false), day(date), hour: 16)
        }
    }

    private func writeConflicts() {
        typealias Case = (id: ConflictID, title: String, district: District, department: DepartmentID, level: ConflictLevel,
                          experts: [ExpertID], start: String)
        let cases: [Case] = [
            ("C-2018-01", "폐기물 처리시설 증설에 따른 주민 갈등", .namdong, "resource-circulation", .high,
             ["EXP-003", "EXP-019"], "2018-02-05"),
            ("C-2018-02", "도시철도 차량기지 이전 갈등", .bupyeong, "transport-policy", .medium, ["EXP-021", "EXP-045"], "2018-03-12"),
            ("C-2018-03", "재개발 정비구역 해제 갈등", .dong, "urban-regeneration", .medium, ["EXP-008"], "2018-05-14"),
            ("C-2018-04", "송전선로 지중화 요구 갈등", .seo, "environment-policy", .low, ["EXP-012", "EXP-050"], "2018-08-06"),
        ]
        // Each step: working days after the case starts, and the event.
        for item in cases {
            let start = day(item.start)
            func at(_ days: Int, _ event: some OfficeEvent) {
                add(event, time.workingDay(onOrAfter: start.adding(days: days)), hour: 14)
            }
            at(0, ConflictRegistered(conflict: item.id, title: item.title, district: item.district, department: item.department))
            at(15, ConflictDiagnosed(conflict: item.id, findings: "이해관계자 \(random.int(2...4))개 집단, 쟁점 \(random.int(2...5))개; 장기화 가능성 검토",
                                     level: item.level))
            at(29, ConflictResponsePlanAdopted(conflict: item.id, summary: "갈등조정전문가 토론을 거쳐 주민설명회와 조정 절차를 포함한 대응계획 확정",
                                               consultedExperts: item.experts))
            let stakeholders = ["\(item.district.koreanLabel) 주민대책위원회", "사업 시행 부서"]
            let civic = [PlanCivic.civic[2]]
            let institutions = ["인천 도시정책연구원"]
            func mediation(_ days: Int) {
                at(days, ConflictMediationConvened(conflict: item.id, experts: item.experts, stakeholders: stakeholders,
                                                   civicGroups: civic, institutions: institutions))
            }
            func council(_ days: Int) {
                at(days, ConflictCouncilFormed(conflict: item.id, experts: item.experts + ["EXP-040"], stakeholders: stakeholders,
                                               civicGroups: civic, institutions: institutions))
            }
            func met(_ days: Int, _ number: Int) {
                at(days, ConflictCouncilMet(conflict: item.id, attendees: random.int(8...14),
                                            minutesSummary: "\(number)차 협의회: 쟁점별 입장 확인 및 공동조사 방안 논의"))
            }
            func concluded(_ days: Int, agreed: Bool) {
                at(days, ConflictMediationConcluded(conflict: item.id, agreed: agreed,
                                                    summary: agreed ? "저감대책과 주민 참여 감시체계 운영에 합의함" : "보상 범위에 대한 이견으로 조정 불성립"))
            }
            switch item.id {
            case "C-2018-01":
                mediation(43); council(57); met(71, 1); met(99, 2); met(134, 3); met(162, 4); concluded(190, agreed: true)
            case "C-2018-02":
                mediation(57); concluded(106, agreed: false); mediation(183); concluded(253, agreed: true)
            case "C-2018-03":
                council(50); met(71, 1); met(127, 2); met(183, 3)
            default:
                mediation(71); council(85); met(113, 1)
            }
        }
    }
}
