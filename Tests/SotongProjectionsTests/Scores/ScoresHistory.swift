import Foundation
import SotongCore
import SotongDomain
import SotongProjections

/// The 2018 history the score tests replay, recorded in date order through the office's rules.
///
/// First half (`recordFirstHalf`): the 2018 holidays, the catalog example scheme (internal items
/// 10 points each, weights 15/15/10/15/15 %; external items 20 points each, 15 % each), four heads,
/// their hand scores (one corrected), 13 grievances, field days and four training sessions. Second
/// half (`recordSecondHalf`): the answers of two extended or transferred grievances, field days,
/// two trainings and one grievance still running on 2018-09-15.
struct ScoresHistory {
    let world: ScoresWorld
    private(set) var marks: [String: RecordedEvent] = [:]

    init(_ world: ScoresWorld) { self.world = world }

    /// Records an event and remembers it under `mark`, when given.
    private mutating func at(_ day: String, hour: Int = 10, _ event: some OfficeEvent, mark: String? = nil)
        async throws
    {
        let recorded = try await world.record(event, day, hour: hour)
        if let mark { marks[mark] = recorded }
    }

    typealias F = ScoresFixture

    mutating func recordFirstHalf() async throws {
        try await at("2017-12-20", HolidaysPublished.example)
        try await at("2018-01-05", EvaluationSchemeAdopted.example)
        try await at("2018-01-10", F.registered(F.transport, "transport-policy", "교통정책과장"), mark: "reg-transport")
        try await at("2018-01-10", F.registered(F.housing, "housing-policy", "주택정책과장"), mark: "reg-housing")
        try await at("2018-01-10", F.registered(F.welfare, "welfare-policy", "복지정책과장"))
        try await at("2018-01-10", F.registered(F.roads, "road-management", "도로과장"))
        try await at("2018-01-11", F.fieldDay("road-management"))
        try await at("2018-01-17", F.fieldDay("transport-policy"))
        try await at("2018-01-25", F.fieldDay("welfare-policy"))
        try await at("2018-02-08", F.fieldDay("housing-policy"), mark: "fd-housing-1")
        // Received over Seollal (15–17 February): due 2018-02-23 18:00, answered (불가) that afternoon.
        try await at("2018-02-13", F.grievance("2018-0003", "transport-policy"), mark: "p3-received")
        try await at("2018-02-21", F.fieldDay("transport-policy"))
        try await at("2018-02-22", F.fieldDay("road-management"))
        try await at("2018-02-23", hour: 15, F.answered("2018-0003", .notPossible), mark: "p3-answered")
        // Due 2018-03-13 18:00: the first answered the day before, the second the day after.
        try await at("2018-03-05", F.grievance("2018-0001", "transport-policy"), mark: "p1-received")
        try await at("2018-03-05", F.grievance("2018-0002", "transport-policy"), mark: "p2-received")
        try await at("2018-03-05", F.grievance("2018-0011", "welfare-policy"))
        try await at("2018-03-06", PetitionTransferred(petitionID: "2018-0011", toAgency: "국토교통부"))
        try await at("2018-03-08", FieldDayHeld(host: .mayor, district: .jung, site: "신포시장", withCityCouncil: false))
        try await at("2018-03-12", F.answered("2018-0001"), mark: "p1-answered")
        try await at("2018-03-14", F.answered("2018-0002"))
        try await at("2018-03-15", F.fieldDay("welfare-policy"))
        try await at("2018-03-20", F.academy(["transport-policy", "housing-policy", "welfare-policy"]))
        try await at("2018-03-21", F.fieldDay("transport-policy"))
        try await at("2018-03-22", F.fieldDay("road-management"))
        // Due 2018-04-10.
        try await at("2018-04-02", F.grievance("2018-0004", "transport-policy"), mark: "p4-received")
        try await at("2018-04-02", F.grievance("2018-0012", "road-management"))
        try await at("2018-04-03", F.answered("2018-0012"))
        try await at("2018-04-05", F.fieldDay("transport-policy", host: .director))
        try await at("2018-04-09", F.answered("2018-0004"), mark: "p4-answered")
        try await at("2018-04-12", F.fieldDay("housing-policy"), mark: "fd-housing-2")
        try await at("2018-04-18", F.conflictTraining(["transport-policy", "welfare-policy"]))
        try await at("2018-04-18", F.fieldDay("transport-policy"))
        try await at("2018-04-19", F.fieldDay("road-management"))
        // Due 2018-05-11 (5 May and the substitute holiday of 7 May skipped): one never answered.
        try await at("2018-05-02", F.grievance("2018-0005", "housing-policy"))
        try await at("2018-05-02", F.grievance("2018-0006", "housing-policy"))
        try await at("2018-05-11", hour: 17, F.answered("2018-0006"))
        try await at("2018-05-16", F.academy(["transport-policy", "welfare-policy", "road-management"]))
        try await at("2018-05-16", F.fieldDay("transport-policy"))
        try await at("2018-05-17", F.fieldDay("road-management"))
        try await at("2018-05-24", F.fieldDay("welfare-policy"))
        // Due 2018-06-12 (Memorial Day skipped); only a provisional 검토 before it.
        try await at("2018-06-01", F.grievance("2018-0010", "welfare-policy"))
        try await at("2018-06-11", PetitionOutcomeRecorded(petitionID: "2018-0010", outcome: .underReview,
                                                           reviewDate: try LocalDate("2018-06-20")))
        try await at("2018-06-12", F.conflictTraining(["transport-policy"]))
        try await at("2018-06-14", F.fieldDay("housing-policy"), mark: "fd-housing-3")
        // Due 2018-06-28, extended to 2018-07-06.
        try await at("2018-06-20", F.grievance("2018-0009", "welfare-policy"))
        try await at("2018-06-20", F.fieldDay("transport-policy"))
        try await at("2018-06-21", F.fieldDay("welfare-policy"))
        try await at("2018-06-21", F.fieldDay("road-management"))
        // Due 2018-07-03, answered in June; 2018-0008 is due 2018-07-04 and moves to welfare.
        try await at("2018-06-25", F.grievance("2018-0007", "welfare-policy"))
        try await recordHandScores()
        try await at("2018-06-26", F.grievance("2018-0008", "transport-policy"))
        try await at("2018-06-27", PetitionTransferred(petitionID: "2018-0008", toDepartment: "welfare-policy"))
        try await at("2018-06-27", PetitionExtensionGranted(petitionID: "2018-0009", reason: "현장 확인 필요",
                                                            newDueDate: try LocalDate("2018-07-06"),
                                                            petitionerConsent: false))
        try await at("2018-06-28", EvaluationScoreCorrected(half: F.h1, head: F.transport, item: .systemImprovement,
                                                            score: 9, reason: "제도개선 추가 실적 확인"),
                     mark: "correction")
        try await at("2018-06-29", F.answered("2018-0007"))
    }

    /// The first half's hand scores, on 2018-06-25; the roads head lacks 소통관리.
    private mutating func recordHandScores() async throws {
        let scores: [(HeadID, [Double])] = [
            (F.transport, [9, 8, 7, 8]), (F.housing, [10, 10, 10, 10]), (F.welfare, [6, 9, 8, 10]),
            (F.roads, [8, 8, 8]),
        ]
        let items: [EvaluationItem] = [.communicationPlan, .policyCustomerManagement, .systemImprovement,
                                       .communicationManagement]
        for (head, values) in scores {
            for (item, value) in zip(items, values) { try await at("2018-06-25", hour: 11, F.scored(head, item, value)) }
        }
    }

    mutating func recordSecondHalf() async throws {
        try await at("2018-07-04", F.answered("2018-0008"))
        try await at("2018-07-05", F.answered("2018-0009"))
        try await at("2018-07-05", F.fieldDay("transport-policy"))
        try await at("2018-07-12", F.fieldDay("housing-policy"))
        try await at("2018-07-18", F.academy(["housing-policy"]))
        try await at("2018-08-02", F.fieldDay("transport-policy"))
        try await at("2018-08-09", F.fieldDay("housing-policy"))
        try await at("2018-09-06", F.fieldDay("transport-policy"))
        try await at("2018-09-13", F.fieldDay("transport-policy"))
        // Due 2018-09-27 (Chuseok skipped): not yet due on 2018-09-15, never answered.
        try await at("2018-09-14", F.grievance("2018-0013", "housing-policy"))
        try await at("2018-09-20", F.fieldDay("housing-policy"))
        try await at("2018-10-10", F.conflictTraining(["transport-policy"]))
    }
}
