import Foundation
import SotongDomain

/// The direct petitions of 2018 (about 300), and what became of 2017's petitions under review.
///
/// Besides ordinary handling, the year holds every case the rules know: extensions (two with a
/// second extension by consent), transfers between departments and one to another agency (이송),
/// late answers, a reopening, a closure as a repeat, petitions taken at the one-day field offices,
/// and, on 2018-12-31, petitions still open and overdue and notices still owed.
struct Petitions2018 {
    static let received = 304
    static let firstDay = LocalDate(year: 2018, month: 1, day: 2)!
    static let lastDay = LocalDate(year: 2018, month: 12, day: 28)!

    let writer: PetitionWriter
    let draw: PetitionDraw
    /// The 2017 petitions, as the plan part wrote them.
    let earlier: [WrittenPetition]

    private var random: SeededRandom { draw.random }
    private var time: OfficeTime { draw.time }

    func write() throws -> [WrittenPetition] {
        writeFollowUps()
        // Receipts: ordinary ones, and those taken on the spot at the one-day field offices.
        var receipts: [(Date, District?)] = draw.receiptTimes(
            count: Self.received - YearField.fieldOffices.reduce(0) { $0 + $1.3 }, from: Self.firstDay,
            through: Self.lastDay).map { ($0, nil) }
        for (date, district, _, taken) in YearField.fieldOffices {
            let day = try! LocalDate(date)
            for index in 0..<taken { receipts.append((day.at(hour: 14, minute: 10 + index * 20), district)) }
        }
        receipts.sort { $0.0 < $1.0 }
        var specs = receipts.enumerated().map { offset, receipt in
            let (at, district) = receipt
            return PetitionSpec(received: draw.received(year: 2018, number: offset + 1,
                                                        channel: district == nil ? nil : .oneDayFieldOffice,
                                                        district: district),
                                receivedAt: at, ending: .completed)
        }
        let all = Array(specs.indices)
        func indices(in month: Int) -> [Int] {
            all.filter { LocalDate(specs[$0].receivedAt).month == month && specs[$0].received.channel != .oneDayFieldOffice }
        }

        // Still open on 2018-12-31: the last twelve, the first four of them grievances now overdue;
        // two November petitions overdue with the 30-day progress notice never sent.
        let lastTwelve = Array(all.suffix(12))
        for (offset, index) in lastTwelve.enumerated() {
            specs[index].ending = .open
            if offset < 4 { specs[index].received.kind = .grievance }
        }
        specs[lastTwelve[5]].receiptNotice = false
        for index in indices(in: 11).prefix(2) {
            specs[index].ending = .open
            specs[index].progressNotice = false
        }
        // Special cases: a repeat closed after two answered identical petitions, a reopening, a transfer out.
        let (repeatA, repeatB, repeatC) = (indices(in: 2)[0], indices(in: 4)[0], indices(in: 7)[0])
        for index in [repeatA, repeatB, repeatC] {
            specs[index].received = draw.received(
                year: 2018, number: index + 1, channel: .written, kind: .grievance, district: specs[repeatA].received.district,
                department: "housing-policy", subject: "공동주택 하자보수 지연 민원", petitioner: specs[repeatA].received.petitioner)
        }
        specs[repeatA].ending = .notPossible
        specs[repeatB].ending = .notPossible
        specs[repeatC].ending = .closedAsRepeat([specs[repeatA].id, specs[repeatB].id])
        let reopened = indices(in: 5)[1]
        specs[reopened].ending = .notPossible
        specs[reopened].reopened = true
        let transferredOut = indices(in: 6)[2]
        specs[transferredOut].ending = .transferredOut("\(specs[transferredOut].received.district.koreanLabel)청")
        let special = Set(lastTwelve + indices(in: 11).prefix(2) + [repeatA, repeatB, repeatC, reopened, transferredOut])

        // Outcomes of the ordinary ones, and the notice owed for a result given just before the year ends.
        let ordinary = all.filter { !special.contains($0) }
        let shuffled = random.shuffled(ordinary)
        for index in shuffled.prefix(18) { specs[index].ending = .underReview }
        for index in shuffled.dropFirst(18).prefix(72) { specs[index].ending = .notPossible }
        if let lastAnswered = ordinary.last(where: { specs[$0].outcome?.isFinal == true }) {
            specs[lastAnswered].resultNotice = false
        }

        // Handling details.
        let roomy = ordinary.dropLast(20).filter { PetitionDraw.isCountedInDays(specs[$0].received.kind) }
        let meetable = roomy.filter { specs[$0].received.kind == .grievance || specs[$0].received.kind == .suggestion }
        for (offset, index) in random.sample(meetable.filter { specs[$0].received.channel == .visit }, count: 25).enumerated() {
            specs[index].mayorMeeting = offset % 3 == 0 ? .mayor : .viceMayor
            specs[index].minimumMinutes = 480
        }
        for index in random.sample(meetable, count: 64) {
            specs[index].outreach = true
            specs[index].minimumMinutes = 480
        }
        let final = roomy.filter { specs[$0].outcome?.isFinal == true }
        for (offset, index) in random.sample(final, count: 16).enumerated() { specs[index].extensions = offset < 2 ? 2 : 1 }
        for index in random.sample(final, count: 24) where specs[index].extensions == 0 { specs[index].late = true }
        for index in random.sample(final, count: 12) { specs[index].provisionalReview = true }
        for index in random.sample(roomy, count: 12) {
            specs[index].transferTo = random.pick(Departments.all.map(\.id).filter { $0 != specs[index].received.department })
        }
        for index in random.sample(roomy, count: 22) { specs[index].consultation = true }
        for index in all where random.chance(0.3) { specs[index].cardUpdate = true }
        return try specs.map(writer.write)
    }

    /// 2017's petitions under review: a progress notice in January, and a final answer for most of them.
    private func writeFollowUps() {
        let underReview = earlier.filter { if case .underReview = $0.ending { true } else { false } }
        let answered = random.sample(underReview, count: 17)
        for (offset, petition) in underReview.enumerated() {
            let actor = random.pick(writer.actors)
            let noticeAt = time.instant(on: time.workingDay(onOrAfter: LocalDate(year: 2018, month: 1, day: 3)!.adding(days: offset / 9)),
                                        random: random)
            writer.timeline.add(PetitionNoticeSent(petitionID: petition.id, medium: .sms, kind: .progress), at: noticeAt, actor: actor)
            guard let rank = answered.firstIndex(where: { $0.id == petition.id }) else { continue }
            let month = 1 + rank % 6
            let from = LocalDate(year: 2018, month: month, day: 8)!
            let at = time.instant(after: from.at(hour: 9), before: from.adding(days: 20).at(hour: 18), random: random)!
            let outcome = rank < 12
                ? PetitionOutcomeRecorded(petitionID: petition.id, outcome: .completed)
                : PetitionOutcomeRecorded(petitionID: petition.id, outcome: .notPossible,
                                          reason: random.pick(PetitionTexts.refusalReasons),
                                          remedy: random.pick(PetitionTexts.remedies))
            writer.timeline.add(outcome, at: at, actor: actor)
            writer.timeline.add(PetitionNoticeSent(petitionID: petition.id, medium: .sms, kind: .result),
                                at: writer.soon(after: at), actor: actor)
        }
    }
}
