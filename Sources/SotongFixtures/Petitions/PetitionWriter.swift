import Foundation
import SotongCore
import SotongDomain

/// Writes one petition's events into a timeline, from its receipt to its ending, never after the
/// horizon: notices, extensions, a transfer, meetings, consultations, outcomes and card updates,
/// each at an office-time instant that the rules accept.
struct PetitionWriter {
    let timeline: Timeline
    let time: OfficeTime
    let random: SeededRandom
    /// Nothing of a petition is written after this instant.
    let horizon: Date
    /// The desk staff who record petition events.
    let actors: [String]

    private var calendar: HolidayCalendar { time.calendar }

    /// The petition's statutory due date.
    func statutoryDue(_ spec: PetitionSpec) -> Date {
        StatutoryDeadline.dueDate(kind: spec.received.kind, receivedAt: spec.receivedAt, calendar: calendar)
    }

    /// Writes `spec`; throws when an event it needs cannot be placed before the horizon.
    func write(_ spec: PetitionSpec) throws -> WrittenPetition {
        let actor = random.pick(actors)
        let id = spec.id, t0 = spec.receivedAt
        var last = t0
        func add(_ event: any OfficeEvent, _ at: Date) {
            timeline.add(event, at: at, actor: actor)
            last = max(last, at)
        }
        add(spec.received, t0)
        if spec.receiptNotice {
            add(PetitionNoticeSent(petitionID: id, medium: spec.received.channel == .written ? .letter : .sms,
                                   kind: .receipt), soon(after: t0))
        }

        // Extensions, each granted before the current due date.
        var due = statutoryDue(spec)
        var grantedAt = t0
        var extensions = 0
        if case .days(let days) = StatutoryDeadline.period(for: spec.received.kind) {
            for index in 0..<spec.extensions {
                // The first within the period; a second one days later, as the new date nears.
                let earliest = grantedAt.addingTimeInterval(index == 0 ? 3600 : 3 * 86_400)
                guard let at = time.instant(after: earliest, before: min(due, horizon),
                                            random: random) else { break }
                let newDue = time.workingDay(random.int(min(3, days)...days), after: LocalDate(due))
                add(PetitionExtensionGranted(petitionID: id, reason: random.pick(PetitionTexts.extensionReasons),
                                             newDueDate: newDue, petitionerConsent: index == 1 || random.chance(0.3)), at)
                add(PetitionNoticeSent(petitionID: id, medium: .sms, kind: .extension), soon(after: at))
                due = StatutoryDeadline.dueMoment(on: newDue)
                grantedAt = at
                extensions += 1
            }
        }

        // When the handling ends.
        let endAt: Date?
        if case .open = spec.ending {
            endAt = nil
        } else {
            endAt = try endingTime(spec, after: grantedAt, due: due)
        }
        let handlingEnd = endAt ?? horizon

        // What happens while the petition is handled.
        var department = spec.received.department
        var start = t0
        if let target = spec.transferTo,
           let at = time.instant(after: t0, before: min(handlingEnd, time.adding(minutes: 480, to: t0)), random: random) {
            add(PetitionTransferred(petitionID: id, toDepartment: target), at)
            department = target
            start = at
        }
        if spec.consultation, let at = time.instant(after: start, before: handlingEnd, random: random) {
            let other = random.pick(Departments.all.map(\.id).filter { $0 != department })
            add(PetitionConsultationHeld(petitionID: id, departments: [department, other, Departments.communicationOffice],
                                         topic: PetitionTexts.consultationTopic(spec.received.subject)), at)
        }
        var mayorMeetings = 0
        if let host = spec.mayorMeeting {
            let at = try required(time.instant(after: start, before: handlingEnd, random: random), "mayor meeting", id)
            add(PetitionMayorMeetingHeld(petitionID: id, with: host), at)
            mayorMeetings = 1
        }
        var outreachMeetings = 0
        if spec.outreach {
            let at = try required(time.instant(after: start, before: handlingEnd, random: random), "outreach meeting", id)
            let site = "\(spec.received.district.koreanLabel) \(Departments.named(department).site)"
            add(PetitionOutreachMeetingHeld(petitionID: id, site: site, department: department), at)
            outreachMeetings = 1
        }
        if spec.provisionalReview, let endAt, let at = time.instant(after: start, before: endAt, random: random) {
            add(underReview(id, on: at), at)
            if let noticeAt = time.instant(after: at, before: endAt, random: random) {
                add(PetitionNoticeSent(petitionID: id, medium: .sms, kind: .progress), noticeAt)
            }
        }
        if spec.progressNotice {
            // Owed once 30 days pass while the petition is handled; a 검토 outcome leaves it handled.
            let mark = t0.addingTimeInterval(TimeInterval(NoticesOwed.progressAfterDays * 24 * 3600))
            var latest = min(horizon, time.adding(minutes: 3 * 480, to: mark))
            if spec.endsWithResult { latest = min(latest, handlingEnd) }
            if let at = time.instant(after: mark, before: latest, random: random) {
                add(PetitionNoticeSent(petitionID: id, medium: .sms, kind: .progress), at)
            }
        }

        // The ending itself.
        if let endAt {
            switch spec.ending {
            case .completed, .notPossible, .underReview:
                add(outcome(spec, on: endAt), endAt)
            case .transferredOut(let agency):
                add(PetitionTransferred(petitionID: id, toAgency: agency), endAt)
            case .closedAsRepeat(let earlier):
                add(PetitionClosedAsRepeat(petitionID: id, earlierPetitions: earlier), endAt)
            case .open:
                break
            }
            if case .underReview = spec.ending {
                add(PetitionNoticeSent(petitionID: id, medium: .sms, kind: .progress), soon(after: endAt))
            } else if spec.resultNotice {
                add(PetitionNoticeSent(petitionID: id, medium: .sms, kind: .result), soon(after: endAt))
            }
            if spec.reopened {
                try writeReopening(id, after: last, add: add)
            }
            if spec.cardUpdate,
               let at = time.instant(after: last.addingTimeInterval(3600), before: min(horizon, last.addingTimeInterval(20 * 86_400)),
                                     random: random) {
                add(PetitionCardUpdated(petitionID: id, note: random.pick(PetitionTexts.cardNotes)), at)
            }
        }
        return WrittenPetition(id: id, receivedAt: t0, kind: spec.received.kind, department: department,
                               ending: spec.ending, endedAt: endAt, mayorMeetings: mayorMeetings,
                               outreachMeetings: outreachMeetings, extensions: extensions, lastEventAt: last)
    }

    /// A few minutes to an hour of office time after `date`, but never after the horizon.
    func soon(after date: Date) -> Date {
        let at = time.adding(minutes: random.int(5...50), to: date)
        return at <= horizon ? at : date.addingTimeInterval(60)
    }

    /// When the handling ends: before the due date, or after it for a late petition; by the horizon.
    private func endingTime(_ spec: PetitionSpec, after earliest: Date, due: Date) throws -> Date {
        let from = max(earliest, time.adding(minutes: spec.minimumMinutes, to: spec.receivedAt))
        var at: Date?
        if spec.late {
            at = time.instant(after: due, before: time.adding(minutes: random.int(1...8) * 480, to: due), random: random)
        } else {
            at = time.instant(after: from, before: due, random: random)
        }
        let limit = horizon.addingTimeInterval(-30 * 60)
        if at == nil || at! > limit {
            at = time.instant(after: from, before: limit, random: random)
        }
        return at ?? spec.receivedAt.addingTimeInterval(10 * 60)
    }

    private func outcome(_ spec: PetitionSpec, on date: Date) -> PetitionOutcomeRecorded {
        switch spec.ending {
        case .notPossible:
            PetitionOutcomeRecorded(petitionID: spec.id, outcome: .notPossible,
                                    reason: random.pick(PetitionTexts.refusalReasons), remedy: random.pick(PetitionTexts.remedies))
        case .underReview:
            underReview(spec.id, on: date)
        default:
            PetitionOutcomeRecorded(petitionID: spec.id, outcome: .completed)
        }
    }

    private func underReview(_ id: PetitionID, on date: Date) -> PetitionOutcomeRecorded {
        PetitionOutcomeRecorded(petitionID: id, outcome: .underReview, reason: random.pick(PetitionTexts.reviewNotes),
                                reviewDate: LocalDate(date).adding(days: random.int(14...75)))
    }

    /// Reopens an answered petition and completes it again, with the result notice.
    private func writeReopening(_ id: PetitionID, after date: Date, add: (any OfficeEvent, Date) -> Void) throws {
        let reopenAt = try required(time.instant(after: date.addingTimeInterval(5 * 86_400),
                                                 before: min(horizon, date.addingTimeInterval(30 * 86_400)), random: random),
                                    "reopening", id)
        add(PetitionReopened(petitionID: id, reason: "민원인이 추가 자료를 제출하여 재검토 요청"), reopenAt)
        let doneAt = try required(time.instant(after: reopenAt.addingTimeInterval(86_400),
                                               before: min(horizon, reopenAt.addingTimeInterval(10 * 86_400)), random: random),
                                  "second outcome", id)
        add(PetitionOutcomeRecorded(petitionID: id, outcome: .completed), doneAt)
        add(PetitionNoticeSent(petitionID: id, medium: .sms, kind: .result), soon(after: doneAt))
    }

    private func required(_ date: Date?, _ what: String, _ id: PetitionID) throws -> Date {
        guard let date else {
            throw FixtureError(event: what, stream: id.stream.rawValue, occurredAt: horizon,
                               underlying: "no office time left to place it")
        }
        return date
    }
}
