import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct NoticesOwedTests {
    let id: PetitionID = "2018-0001"

    /// A petition's stream built by hand: events with their times.
    func entries(_ events: [(any OfficeEvent, Date)]) -> [History.Entry] {
        events.enumerated().map { History.Entry(event: $1.0, occurredAt: $1.1, position: Int64($0 + 1)) }
    }

    var received: (any OfficeEvent, Date) { (PetitionReceived.sample(id), Scenario.at("2018-03-05")) }

    func notice(_ kind: NoticeKind, _ day: String) -> (any OfficeEvent, Date) {
        (PetitionNoticeSent(petitionID: id, medium: .sms, kind: kind), Scenario.at(day, hour: 11))
    }

    @Test func aReceiptNoticeIsOwedUntilSent() {
        #expect(NoticesOwed.compute(entries([received]), asOf: Scenario.at("2018-03-05", hour: 12)) == [.receipt])
        let sent = entries([received, notice(.receipt, "2018-03-05")])
        #expect(NoticesOwed.compute(sent, asOf: Scenario.at("2018-03-06")) == [])
        // Before the notice was sent it was still owed.
        #expect(NoticesOwed.compute(sent, asOf: Scenario.at("2018-03-05", hour: 10, minute: 30)) == [.receipt])
        #expect(NoticesOwed.compute([], asOf: Scenario.at("2018-03-06")) == [])
    }

    @Test func anExtensionNoticeIsOwedAfterEachExtension() throws {
        let first = PetitionExtensionGranted(petitionID: id, reason: "협의 필요", newDueDate: try LocalDate("2018-03-20"),
                                             petitionerConsent: false)
        let second = PetitionExtensionGranted(petitionID: id, reason: "추가 협의", newDueDate: try LocalDate("2018-03-28"),
                                              petitionerConsent: true)
        var events = [received, notice(.receipt, "2018-03-05"), (first, Scenario.at("2018-03-12"))]
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-03-12", hour: 12)) == [.extension])
        events.append(notice(.extension, "2018-03-12"))
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-03-13")) == [])
        events.append((second, Scenario.at("2018-03-19")))
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-03-19", hour: 12)) == [.extension])
    }

    @Test func aProgressNoticeIsOwedThirtyDaysAfterReceiptWithoutResult() throws {
        let events = [received, notice(.receipt, "2018-03-05"), notice(.progress, "2018-03-15")]
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-04-04", hour: 9)) == [])
        // 30 days after 2018-03-05 10:00; the notice of 15 March came before that mark.
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-04-04", hour: 10)) == [.progress])
        let later = events + [notice(.progress, "2018-04-05")]
        #expect(NoticesOwed.compute(entries(later), asOf: Scenario.at("2018-04-06")) == [])
        // An under-review outcome is no result: the progress notice is still owed.
        let review = PetitionOutcomeRecorded(petitionID: id, outcome: .underReview, reviewDate: try LocalDate("2018-06-30"))
        let underReview = events + [(review, Scenario.at("2018-03-20"))]
        #expect(NoticesOwed.compute(entries(underReview), asOf: Scenario.at("2018-04-10")) == [.progress])
    }

    @Test func aResultNoticeIsOwedAfterAFinalOutcome() {
        let outcome = PetitionOutcomeRecorded(petitionID: id, outcome: .completed)
        let events = [received, notice(.receipt, "2018-03-05"), (outcome, Scenario.at("2018-03-09"))]
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-03-09", hour: 12)) == [.result])
        // Long after: the result is owed, progress is not (the petition is answered).
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-05-01")) == [.result])
        let sent = events + [notice(.result, "2018-03-09")]
        #expect(NoticesOwed.compute(entries(sent), asOf: Scenario.at("2018-05-01")) == [])
        // A reopening followed by a new final outcome owes a new result notice.
        let again = sent + [(PetitionReopened(petitionID: id, reason: "이의 제기"), Scenario.at("2018-03-12")),
                            (outcome, Scenario.at("2018-03-14"))]
        #expect(NoticesOwed.compute(entries(again), asOf: Scenario.at("2018-03-14", hour: 12)) == [.result])
    }

    @Test func listsEveryOwedNoticeInOrder() throws {
        let extension1 = PetitionExtensionGranted(petitionID: id, reason: "협의 필요",
                                                  newDueDate: try LocalDate("2018-03-20"), petitionerConsent: false)
        let events = [received, (extension1, Scenario.at("2018-03-12"))]
        #expect(NoticesOwed.compute(entries(events), asOf: Scenario.at("2018-04-05")) == [.receipt, .extension, .progress])
    }
}

@Suite struct PetitionStateTests {
    @Test func foldsAPetitionsStream() throws {
        let id: PetitionID = "2018-0001"
        let events: [(any OfficeEvent, Date)] = [
            (PetitionReceived.sample(id, kind: .suggestion), Scenario.at("2018-09-21", hour: 16)),
            (PetitionAssigned(petitionID: id, department: "road-management"), Scenario.at("2018-09-27")),
            (PetitionMayorMeetingHeld(petitionID: id, with: .mayor), Scenario.at("2018-10-01")),
            (PetitionOutcomeRecorded(petitionID: id, outcome: .underReview, reviewDate: try LocalDate("2018-12-01")),
             Scenario.at("2018-10-05")),
        ]
        let entries = events.enumerated().map { History.Entry(event: $1.0, occurredAt: $1.1, position: Int64($0 + 1)) }
        let state = try #require(PetitionState(entries))
        #expect(state.petitionID == id)
        #expect(state.status == .underReview)
        #expect(state.department == "road-management")
        #expect(state.outcome == .underReview)
        #expect(state.reviewDate == (try LocalDate("2018-12-01")))
        #expect(state.mayorMeetingCount == 1)
        #expect(state.extensionCount == 0)
        #expect(state.isInHandling)
        // 14 days from Friday 21 Sep over Chuseok (23–26 Sep) and 3, 9 Oct: 21, 27, 28 Sep, 1, 2, 4, 5, 8, 10,
        // 11, 12, 15, 16, 17 Oct.
        #expect(state.dueDate(in: KoreanHolidays.calendar) == Scenario.at("2018-10-17", hour: 18))
        #expect(PetitionState(Array(entries.dropFirst())) == nil)
    }
}
