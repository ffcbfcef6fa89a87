import Foundation
import SotongDomain

/// The direct petitions of 2017 (직소민원), as the plan's table counts them on 2017-11-30:
/// 467 received from 2017-01-02 to 2017-11-30 — 319 completed (완료), 121 not possible (불가),
/// 27 under review (검토) — with 27 meetings with the mayor or vice-mayor and 91 outreach empathy
/// meetings (찾아가는 공감 면담). No petition event falls after 2017-11-30.
struct Petitions2017 {
    static let received = 467
    static let completed = 319
    static let notPossible = 121
    static let underReview = 27
    static let mayorMeetings = 27
    static let outreachMeetings = 91
    static let firstDay = LocalDate(year: 2017, month: 1, day: 2)!
    static let lastDay = LocalDate(year: 2017, month: 11, day: 30)!

    let writer: PetitionWriter
    let draw: PetitionDraw

    /// Writes the year's petitions; returns what was written, oldest first.
    func write() throws -> [WrittenPetition] {
        let random = draw.random
        let times = draw.receiptTimes(count: Self.received, from: Self.firstDay, through: Self.lastDay)
        var specs = times.enumerated().map { offset, at in
            PetitionSpec(received: draw.received(year: 2017, number: offset + 1), receivedAt: at, ending: .completed)
        }
        let all = Array(specs.indices)
        let lastWeeks = Array(all.suffix(25))
        let roomy = all.dropLast(30).filter { PetitionDraw.isCountedInDays(specs[$0].received.kind) }

        // Outcomes: 검토 mostly among the latest receipts, the rest completed or not possible.
        var reviewed = random.sample(lastWeeks, count: 12)
        reviewed += random.sample(roomy.filter { !reviewed.contains($0) }, count: Self.underReview - reviewed.count)
        for index in reviewed { specs[index].ending = .underReview }
        let answered = random.shuffled(all.filter { !reviewed.contains($0) })
        for index in answered.prefix(Self.notPossible) { specs[index].ending = .notPossible }

        // Meetings with the mayor or vice-mayor (visitors, mostly grievances) and outreach meetings on site.
        let meetable = roomy.filter { specs[$0].received.kind == .grievance || specs[$0].received.kind == .suggestion }
        let visitors = meetable.filter { specs[$0].received.channel == .visit }
        for (offset, index) in random.sample(visitors, count: Self.mayorMeetings).enumerated() {
            specs[index].mayorMeeting = offset % 3 == 0 ? .mayor : .viceMayor
            specs[index].minimumMinutes = 480
        }
        for index in random.sample(meetable, count: Self.outreachMeetings) {
            specs[index].outreach = true
            specs[index].minimumMinutes = 480
        }

        // Handling details: extensions, late answers, provisional reviews, transfers, consultations, cards.
        let final = roomy.filter { specs[$0].outcome?.isFinal == true }
        for (offset, index) in random.sample(final, count: 13).enumerated() { specs[index].extensions = offset == 0 ? 2 : 1 }
        for index in random.sample(final, count: 36) where specs[index].extensions == 0 { specs[index].late = true }
        for index in random.sample(final, count: 15) { specs[index].provisionalReview = true }
        for index in random.sample(roomy, count: 10) {
            specs[index].transferTo = random.pick(Departments.all.map(\.id).filter { $0 != specs[index].received.department })
        }
        for index in random.sample(roomy, count: 25) { specs[index].consultation = true }
        for index in all where random.chance(0.3) { specs[index].cardUpdate = true }

        let written = try specs.map(writer.write)
        try check(written)
        return written
    }

    /// Refuses a draw that does not give the plan's figures (a generator bug, never silent).
    private func check(_ written: [WrittenPetition]) throws {
        func count(_ ending: (PetitionSpec.Ending) -> Bool) -> Int { written.count { ending($0.ending) } }
        let figures = [
            written.count, count { if case .completed = $0 { true } else { false } },
            count { if case .notPossible = $0 { true } else { false } },
            count { if case .underReview = $0 { true } else { false } },
            written.reduce(0) { $0 + $1.mayorMeetings }, written.reduce(0) { $0 + $1.outreachMeetings },
        ]
        let expected = [Self.received, Self.completed, Self.notPossible, Self.underReview, Self.mayorMeetings,
                        Self.outreachMeetings]
        let latest = written.map(\.lastEventAt).max()!
        guard figures == expected, LocalDate(latest) <= Self.lastDay else {
            throw FixtureError(event: "petitions-2017", stream: "petition-2017-*", occurredAt: latest,
                               underlying: "figures \(figures) differ from the plan's \(expected)")
        }
    }
}
