import Foundation
import SotongDomain

/// The plan as of December 2017 (plan-2017.jsonl): the holiday calendar, the organisation, the
/// budget and plan, the indicators, the network, the advisory group, the expert pool and the
/// direct petitions of 2017 — everything the tables of the 2018 plan are rebuilt from.
struct PlanFixture {
    /// The plan part is recorded on 2018-01-10 (KST), after its last event.
    static let recordedAt = LocalDate(year: 2018, month: 1, day: 10)!.at(hour: 9)

    let calendarFile: HolidayCalendarFile
    let calendar: HolidayCalendar
    let seed: UInt64

    /// The plan part's events, and the 2017 petitions for the year part to follow up.
    func timeline() throws -> (Timeline, [WrittenPetition]) {
        let timeline = Timeline()
        // The calendar is published on the last working day of 2016, before the petitions it dates.
        for (offset, publication) in try calendarFile.publicationEvents().enumerated() {
            timeline.add(publication, at: LocalDate(year: 2016, month: 12, day: 30)!.at(hour: 16, minute: offset),
                         actor: "import:holiday-calendar")
        }
        PlanOrganisation.write(into: timeline)
        PlanStructure.write(into: timeline)
        PlanIndicators.write(into: timeline)
        PlanCivic.write(into: timeline)
        let time = OfficeTime(calendar: calendar)
        let random = SeededRandom(seed: seed, stream: "petitions-2017")
        let writer = PetitionWriter(timeline: timeline, time: time, random: random,
                                    horizon: Petitions2017.lastDay.at(hour: 17, minute: 50),
                                    actors: PlanOrganisation.deskActors)
        let petitions = try Petitions2017(writer: writer, draw: PetitionDraw(time: time, random: random)).write()
        return (timeline, petitions)
    }
}
