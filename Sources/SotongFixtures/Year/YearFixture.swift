import Foundation
import SotongDomain

/// Simulated 2018 (year-2018.jsonl): every programme's activities, the evaluation, a few staff
/// changes, about 300 direct petitions and the follow-up of 2017's petitions under review.
struct YearFixture {
    /// The year part is recorded on 2019-01-10 (KST), after its last event.
    static let recordedAt = LocalDate(year: 2019, month: 1, day: 10)!.at(hour: 9)
    static let horizon = LocalDate(year: 2018, month: 12, day: 31)!.at(hour: 17, minute: 50)

    let calendar: HolidayCalendar
    let seed: UInt64
    let petitions2017: [WrittenPetition]

    func timeline() throws -> Timeline {
        let timeline = Timeline()
        let time = OfficeTime(calendar: calendar)
        writeStaffChanges(into: timeline)
        YearParticipation(timeline: timeline, time: time, random: SeededRandom(seed: seed, stream: "participation-2018")).write()
        YearField(timeline: timeline, time: time, random: SeededRandom(seed: seed, stream: "field-2018")).write()
        YearEvaluation(timeline: timeline, time: time, random: SeededRandom(seed: seed, stream: "evaluation-2018")).write()
        let random = SeededRandom(seed: seed, stream: "petitions-2018")
        let writer = PetitionWriter(timeline: timeline, time: time, random: random, horizon: Self.horizon,
                                    actors: PlanOrganisation.deskActors)
        _ = try Petitions2018(writer: writer, draw: PetitionDraw(time: time, random: random), earlier: petitions2017).write()
        return timeline
    }

    /// The January 2018 reshuffle (정기인사), a move in July and a dispatch to long-term training.
    private func writeStaffChanges(into timeline: Timeline) {
        func add(_ event: some OfficeEvent, _ month: Int, _ day: Int, _ minute: Int) {
            timeline.add(event, at: LocalDate(year: 2018, month: month, day: day)!.at(hour: 9, minute: minute),
                         actor: PlanOrganisation.personnelActor)
        }
        add(StaffLeft(staff: "S-8051", reason: "정기인사 전출"), 1, 15, 0)
        add(StaffLeft(staff: "S-7341", reason: "정기인사 전출"), 1, 15, 5)
        add(StaffAssigned(staff: "S-7342", team: .petitions, grade: .grade7, jobSeries: .administrative), 1, 15, 10)
        add(StaffTransferred(staff: "S-6032", toTeam: .field), 7, 16, 0)
        add(StaffTrainingDispatched(staff: "S-6231", institution: "지방행정연수원 장기교육과정",
                                    until: LocalDate(year: 2019, month: 7, day: 31)), 8, 1, 0)
    }
}
