import Foundation
import SotongCore
import SotongDomain

extension Materialiser {
    static let academyTitles = ["갈등의 창조적 해결을 위한 소통리더 과정", "시민과 함께하는 공감 소통 과정", "정책고객 응대와 소통 기법"]

    func officeEvent(_ item: OfficeItem, planned: PlannedEvent) throws -> (StreamID, EventData) {
        let id = BenchRandom.uuid(seed: seed, 0x0FF1_CE00_0000, planned.order)
        let time = planned.time
        let office = EventMetadata(actor: "clerk:communication-office",
                                   correlationID: BenchRandom.uuid(seed: seed, 0x0FF1_CE00_0001, planned.order))
        let departments = BenchVocabulary.departments
        func data<Event: OfficeEvent>(_ event: Event, _ metadata: EventMetadata = office) throws -> (StreamID, EventData) {
            (event.stream, try EventData(event, id: id, occurredAt: BenchDays.date(time), metadata: metadata))
        }
        func attending(_ first: Int, _ count: Int) -> [DepartmentID] {
            (0..<count).map { departments[(first + $0) % departments.count].id }
        }
        let evaluator = EventMetadata(actor: "evaluator:소통지원팀", correlationID: office.correlationID,
                                      reason: "2018년 소통활동 성과평가 계획")
        switch item {
        case .holidays(let year):
            guard let publication = BenchVocabulary.publication(year: year) else {
                throw BenchError("no holidays known for \(year)")
            }
            return try data(publication)
        case .schemeAdopted(let year):
            var scheme = EvaluationSchemeAdopted.example
            scheme.year = year
            return try data(scheme, evaluator)
        case .headRegistered(let year, let department):
            return try data(EvaluationHeadRegistered(
                year: year, head: Self.head(year: year, department: department), department: departments[department].id,
                title: departments[department].post, grade: .grade4), evaluator)
        case .scored(let year, let half, let department, let item, let score):
            return try data(EvaluationScored(
                half: HalfYear(year: year, half: half)!, head: Self.head(year: year, department: department),
                item: OfficeItem.handScored[item], score: Double(score) / 10,
                evidence: "부서 소통계획 수립·제출 및 분기별 추진실적 보고서 검토", evaluator: "소통지원팀"), evaluator)
        case .roundCompleted(let year, let half):
            return try data(EvaluationRoundCompleted(half: HalfYear(year: year, half: half)!), evaluator)
        case .fieldDay(let host, let department, let district, let site):
            return try data(FieldDayHeld(host: host, hostDepartment: host.needsDepartment ? departments[department].id : nil,
                                         district: BenchVocabulary.districts[district], site: BenchVocabulary.sites[site],
                                         withCityCouncil: host == .viceMayor))
        case .fieldOffice(let district, let site, let petitions, let accompanying):
            return try data(FieldOfficeHeld(district: BenchVocabulary.districts[district], place: BenchVocabulary.sites[site],
                                            petitionsTaken: petitions,
                                            departmentsAccompanying: [departments[accompanying.0].id,
                                                                      departments[accompanying.1].id]))
        case .networkMeeting(let attendees):
            return try data(NetworkMeetingHeld(attendees: attendees, agendas: []))
        case .academy(let session, let participants, let first, let count):
            return try data(AcademySessionHeld(title: Self.academyTitles[session], participants: participants,
                                               departmentsAttending: attending(first, count)))
        case .conflictTraining(let participants, let first, let count):
            return try data(ConflictTrainingHeld(institution: "한국갈등관리연구원", participants: participants,
                                                 departmentsAttending: attending(first, count)))
        case .tour(let kind, let site):
            return try data(TourHeld(kind: kind, sites: [BenchVocabulary.sites[site], BenchVocabulary.sites[(site + 1) % 10]],
                                     participants: 20 + site * 3))
        case .forumHeld(let year, let number, let topic, let participants):
            return try data(ForumHeld(forum: Self.forum(year, number), title: "\(topic.koreanLabel), 시민에게 듣다",
                                      topic: topic, participants: participants, facilitators: participants / 20))
        case .proposalCollected(let year, let number, let proposal):
            return try data(ForumProposalCollected(forum: Self.forum(year, number),
                                                   proposal: Self.proposal(year, number, proposal),
                                                   summary: "토론 테이블 \(proposal)의 정책 제안: 생활밀착형 개선 과제"))
        case .proposalDecided(let year, let number, let proposal, let reflected, let department):
            if reflected {
                return try data(ForumProposalReflected(forum: Self.forum(year, number),
                                                       proposal: Self.proposal(year, number, proposal),
                                                       policy: "\(year)년 하반기 시정 운영계획 반영",
                                                       department: departments[department].id))
            }
            return try data(ForumProposalDeclined(forum: Self.forum(year, number), proposal: Self.proposal(year, number, proposal),
                                                  reason: "관계 법령 및 재정 여건상 추진 곤란"))
        }
    }

    static func head(year: Int, department: Int) -> HeadID {
        HeadID("head-\(year)-\(BenchVocabulary.departments[department].id.rawValue)")
    }

    static func forum(_ year: Int, _ number: Int) -> ActivityID { ActivityID("aein-\(year)-\(number)") }

    static func proposal(_ year: Int, _ number: Int, _ proposal: Int) -> ProposalID {
        ProposalID("aein-\(year)-\(number)-p\(proposal)")
    }
}

/// A failure of the bench itself (bad options, a log that does not fit the scenario).
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
