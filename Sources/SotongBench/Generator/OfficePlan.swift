import SotongDomain

/// An event of the office's own programmes, as planned (departments as vocabulary indexes).
enum OfficeItem {
    case holidays(year: Int)
    case schemeAdopted(year: Int)
    case headRegistered(year: Int, department: Int)
    case scored(year: Int, half: Int, department: Int, item: Int, score: Int)
    case roundCompleted(year: Int, half: Int)
    case fieldDay(host: FieldDayHost, department: Int, district: Int, site: Int)
    case fieldOffice(district: Int, site: Int, petitions: Int, departments: (Int, Int))
    case networkMeeting(attendees: Int)
    case academy(session: Int, participants: Int, firstDepartment: Int, count: Int)
    case conflictTraining(participants: Int, firstDepartment: Int, count: Int)
    case tour(kind: TourKind, site: Int)
    case forumHeld(year: Int, number: Int, topic: ForumTopic, participants: Int)
    case proposalCollected(year: Int, number: Int, proposal: Int)
    case proposalDecided(year: Int, number: Int, proposal: Int, reflected: Bool, department: Int)

    /// The hand-scored items (the other three are derived from the log).
    static let handScored: [EvaluationItem] = [.communicationPlan, .policyCustomerManagement, .systemImprovement,
                                              .communicationManagement]
}

/// The office's calendar of programme events: holidays published, the evaluation's scheme, heads,
/// scores and rounds, field days, field petition offices, network meetings, academy sessions,
/// trainings, tours and forums — a few thousand a year, at the dates the plan sets for them.
struct OfficePlanner {
    let seed: UInt64

    /// The office events of one day, with their times.
    func plan(day: Int, days: inout BenchDays) -> [(Int64, OfficeItem)] {
        let date = days.localDate(day)
        let start = BenchDays.start(of: day), hour = BenchDays.hourMilliseconds, minute = BenchDays.minuteMilliseconds
        var random = BenchRandom(seed: BenchRandom.mix(seed ^ 0x0FF1_CE00 ^ UInt64(day)))
        let departments = BenchVocabulary.departments.count
        var items: [(Int64, OfficeItem)] = []
        let (year, month, dayOfMonth) = (date.year, date.month, date.day)

        if day == 0 { items.append((start, .holidays(year: year))) }
        if month == 12, dayOfMonth == 15, BenchVocabulary.holidays[year + 1] != nil { items.append((start + 9 * hour, .holidays(year: year + 1))) }
        if month == 1, dayOfMonth == 2 {
            items.append((start + 9 * hour, .schemeAdopted(year: year)))
            for department in 0..<departments {
                items.append((start + 10 * hour + Int64(department) * minute,
                              .headRegistered(year: year, department: department)))
            }
        }
        if day >= 365, month == 1, dayOfMonth == 3 { items += scores(year: year - 1, half: 2, at: start, &random) }
        if month == 1, dayOfMonth == 8, day >= 365 { items.append((start + 10 * hour, .roundCompleted(year: year - 1, half: 2))) }
        if month == 7, dayOfMonth == 2 { items += scores(year: year, half: 1, at: start, &random) }
        if month == 7, dayOfMonth == 9 { items.append((start + 10 * hour, .roundCompleted(year: year, half: 1))) }

        for (number, heldOn) in [(1, (8, 28)), (2, (10, 30))] {
            if (month, dayOfMonth) == heldOn {
                let topic = [ForumTopic.welfare, .transport, .safety, .education, .oldDowntown][random.below(5)]
                items.append((start + 14 * hour, .forumHeld(year: year, number: number, topic: topic,
                                                            participants: random.within(300...1_200))))
                for proposal in 1...5 {
                    items.append((start + 17 * hour + Int64(proposal) * minute,
                                  .proposalCollected(year: year, number: number, proposal: proposal)))
                }
            }
            let decided = LocalDate(year: year, month: heldOn.0, day: heldOn.1).map { $0.adding(days: 28) }
            if decided == date {
                for proposal in 1...5 {
                    items.append((start + 10 * hour + Int64(proposal) * minute,
                                  .proposalDecided(year: year, number: number, proposal: proposal,
                                                   reflected: proposal <= 3, department: random.below(departments))))
                }
            }
        }

        guard days.isWorkingDay(day) else { return items }
        let host = [FieldDayHost.departmentHead, .director, .viceMayor, .mayor][random.weighted([60, 20, 15, 5])]
        items.append((start + 14 * hour, .fieldDay(host: host, department: random.below(departments),
                                                   district: random.below(10), site: random.below(10))))
        if BenchDays.weekday(day) == 4 { items.append((start + 16 * hour, .networkMeeting(attendees: random.within(14...22)))) }
        if [3, 6, 9, 12].contains(month), dayOfMonth <= 14 {
            let first = random.below(departments)
            items.append((start + 13 * hour, .fieldOffice(district: dayOfMonth % 10, site: random.below(10),
                                                          petitions: random.within(10...60),
                                                          departments: (first, (first + 1 + random.below(departments - 1)) % departments))))
        }
        let sessions: [(Int, Int)] = [(4, 10), (6, 12), (10, 16)]
        if let session = sessions.firstIndex(where: { $0 == (month, dayOfMonth) }) {
            items.append((start + 14 * hour, .academy(session: session, participants: random.within(80...300),
                                                      firstDepartment: random.below(departments),
                                                      count: random.within(10...30))))
        }
        if (month, dayOfMonth) == (5, 15) || (month, dayOfMonth) == (11, 13) {
            items.append((start + 10 * hour, .conflictTraining(participants: random.within(30...90),
                                                               firstDepartment: random.below(departments),
                                                               count: random.within(8...20))))
        }
        if [(3, 20), (5, 23)].contains(where: { $0 == (month, dayOfMonth) }) {
            items.append((start + 10 * hour, .tour(kind: .livelihood, site: random.below(10))))
        }
        if [(9, 18), (11, 20)].contains(where: { $0 == (month, dayOfMonth) }) {
            items.append((start + 10 * hour, .tour(kind: .policy, site: random.below(10))))
        }
        return items
    }

    private func scores(year: Int, half: Int, at start: Int64, _ random: inout BenchRandom) -> [(Int64, OfficeItem)] {
        var items: [(Int64, OfficeItem)] = []
        for department in 0..<BenchVocabulary.departments.count {
            for item in 0..<OfficeItem.handScored.count {
                items.append((start + 9 * BenchDays.hourMilliseconds
                                  + Int64(department * 4 + item) * BenchDays.minuteMilliseconds,
                              .scored(year: year, half: half, department: department, item: item,
                                      score: random.within(50...100))))
            }
        }
        return items
    }
}
