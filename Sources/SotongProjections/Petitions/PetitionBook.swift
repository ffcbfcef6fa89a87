import Foundation
import SotongCore
public import SotongDomain

/// The direct petitions (직소민원) as the projections of this folder fold them: each petition's own
/// stream, folded with the programme's ``PetitionState``, and the holiday calendar of the `calendar`
/// stream. The petitioner never enters it: a receipt is kept with its petitioner blanked, so neither
/// the tables nor a saved checkpoint can carry a name, a phone or an address.
///
/// ```swift
/// var book = PetitionBook()
/// book.fold(entry)                             // a petition event or a holiday publication
/// book.petition("2018-0042")?.state.status     // .open
/// ```
public struct PetitionBook: Sendable {
    /// One petition: its stream as folded (receipt blanked) and its state.
    public struct Petition: Sendable {
        /// The events of the petition's stream that the projection reads, oldest first.
        public internal(set) var entries: [History.Entry]
        /// The programme's fold of those events.
        public internal(set) var state: PetitionState
    }

    /// The petitions, by stream.
    var petitions: [StreamID: Petition] = [:]
    /// The holiday calendar published so far (latest publication per year).
    public internal(set) var calendar = HolidayCalendar()

    /// An empty book: no petition, no holiday published.
    public init() {}

    /// Whether any petition was received: with none, the tables show 자료 없음 rather than 0.
    public var isEmpty: Bool { petitions.isEmpty }

    /// Every petition, by petition id.
    public var all: [Petition] {
        petitions.values.sorted { $0.state.petitionID < $1.state.petitionID }
    }

    /// The petition with this id, if it was received.
    public func petition(_ id: PetitionID) -> Petition? { petitions[id.stream] }

    /// The petitions received within a period of office dates (all of them for `nil`), by id.
    public func received(in period: ClosedRange<LocalDate>?) -> [Petition] {
        guard let period else { return all }
        return all.filter { period.contains(LocalDate($0.state.receivedAt)) }
    }

    /// Folds one event: a receipt opens a petition, a later event of a petition's stream continues it,
    /// a holiday publication updates the calendar. Anything else, including events of a petition
    /// never received and a second receipt, is ignored.
    public mutating func fold(_ entry: History.Entry) {
        switch entry.event {
        case let published as HolidaysPublished:
            calendar.publish(published)
        case let received as PetitionReceived:
            guard petitions[received.stream] == nil else { return }
            let blanked = Self.blanked(received)
            petitions[received.stream] = Petition(
                entries: [History.Entry(event: blanked, occurredAt: entry.occurredAt, position: entry.position,
                                        id: entry.id)],
                state: PetitionState(blanked, at: entry.occurredAt))
        default:
            guard var petition = petitions[entry.event.stream] else { return }
            petition.entries.append(entry)
            petition.state.apply(entry.event, at: entry.occurredAt)
            petitions[entry.event.stream] = petition
        }
    }

    /// A receipt without its petitioner: what the projections may keep.
    static func blanked(_ received: PetitionReceived) -> PetitionReceived {
        var copy = received
        copy.petitioner = Petitioner(subject: "withheld", name: Personal(""))
        return copy
    }

    /// The last instant of an office date, for rules that take an instant (`occurredAt <= asOf`).
    static func endOf(_ day: LocalDate) -> Date {
        day.adding(days: 1).startOfDay.addingTimeInterval(-0.001)
    }
}

/// The event types of the petition programme and the calendar, by name, for `eventTypes`.
enum PetitionEventTypes {
    static let received = PetitionReceived.eventType
    static let routing = [PetitionAssigned.eventType, PetitionTransferred.eventType]
    static let outcomes = [PetitionOutcomeRecorded.eventType, PetitionReopened.eventType,
                           PetitionClosedAsRepeat.eventType]
    static let meetings = [PetitionMayorMeetingHeld.eventType, PetitionOutreachMeetingHeld.eventType]
    static let extensions = [PetitionExtensionGranted.eventType]
    static let notices = [PetitionNoticeSent.eventType]
    static let calendar = [HolidaysPublished.eventType]
}
