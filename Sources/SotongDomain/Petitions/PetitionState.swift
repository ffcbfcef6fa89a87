public import Foundation

/// One petition folded from its own stream: what the rules consult and projections reuse.
///
/// ```swift
/// let state = PetitionState(history.entries(in: "petition-2018-0001"))
/// state?.status        // .open
/// state?.dueDate(in: calendar)
/// ```
public struct PetitionState: Hashable, Sendable {
    /// Where a petition stands.
    public enum Status: String, KoreanLabelled {
        /// Received and being handled (처리중).
        case open
        /// A provisional under-review (검토) outcome is recorded; a final one may follow.
        case underReview = "under-review"
        /// A final outcome (완료 or 불가) is recorded; only a reopening resumes handling.
        case answered
        /// Closed as a repeat of petitions already answered (반복민원 종결).
        case closedAsRepeat = "closed-as-repeat"
        /// Transferred to another agency (이송): the office's handling has ended.
        case transferredOut = "transferred-out"

        /// The office's Korean label.
        public var koreanLabel: String {
            switch self {
            case .open: "처리중"
            case .underReview: "검토"
            case .answered: "답변"
            case .closedAsRepeat: "반복민원 종결"
            case .transferredOut: "이송"
            }
        }
    }

    /// The petition.
    public let petitionID: PetitionID
    /// How it reached the office.
    public let channel: PetitionChannel
    /// Its kind, which sets the processing period.
    public let kind: PetitionKind
    /// Its short subject (no personal data).
    public let subject: String
    /// The district it concerns.
    public let district: District
    /// When it was received (business time).
    public let receivedAt: Date
    /// Where it stands now.
    public internal(set) var status: Status = .open
    /// The department responsible now.
    public internal(set) var department: DepartmentID
    /// The agency it was transferred to (이송), when it was.
    public internal(set) var transferredToAgency: String?
    /// The new due dates granted by extensions, oldest first.
    public internal(set) var extensionDueDates: [LocalDate] = []
    /// The outcome of the current handling (cleared by a reopening).
    public internal(set) var outcome: PetitionOutcome?
    /// The review date of an under-review (검토) outcome.
    public internal(set) var reviewDate: LocalDate?
    /// When the latest final outcome was recorded.
    public internal(set) var answeredAt: Date?
    /// The earlier petitions it repeats, when closed as a repeat.
    public internal(set) var repeatOf: [PetitionID] = []
    /// Working-level consultations between departments (관련부서 실무자 협의) held.
    public internal(set) var consultationCount = 0
    /// Meetings with the mayor or vice-mayor held.
    public internal(set) var mayorMeetingCount = 0
    /// Outreach empathy meetings (찾아가는 공감 면담) held.
    public internal(set) var outreachMeetingCount = 0
    /// Notices sent to the petitioner, by kind.
    public internal(set) var noticesSent: [NoticeKind: Int] = [:]
    /// Management-card (관리카드) updates.
    public internal(set) var cardUpdateCount = 0
    /// Times the petition was reopened.
    public internal(set) var reopenCount = 0

    /// The state right after a receipt.
    public init(_ received: PetitionReceived, at receivedAt: Date) {
        self.petitionID = received.petitionID
        self.channel = received.channel
        self.kind = received.kind
        self.subject = received.subject
        self.district = received.district
        self.department = received.department
        self.receivedAt = receivedAt
    }

    /// A state from its parts, as a compact store of folded petitions keeps them (projections
    /// rebuild the value from their own fields instead of keeping one per petition).
    package init(petitionID: PetitionID, channel: PetitionChannel, kind: PetitionKind, subject: String,
                 district: District, receivedAt: Date, status: Status, department: DepartmentID,
                 transferredToAgency: String?, extensionDueDates: [LocalDate], outcome: PetitionOutcome?,
                 reviewDate: LocalDate?, answeredAt: Date?, repeatOf: [PetitionID], consultationCount: Int,
                 mayorMeetingCount: Int, outreachMeetingCount: Int, noticesSent: [NoticeKind: Int],
                 cardUpdateCount: Int, reopenCount: Int) {
        self.petitionID = petitionID
        self.channel = channel
        self.kind = kind
        self.subject = subject
        self.district = district
        self.receivedAt = receivedAt
        self.status = status
        self.department = department
        self.transferredToAgency = transferredToAgency
        self.extensionDueDates = extensionDueDates
        self.outcome = outcome
        self.reviewDate = reviewDate
        self.answeredAt = answeredAt
        self.repeatOf = repeatOf
        self.consultationCount = consultationCount
        self.mayorMeetingCount = mayorMeetingCount
        self.outreachMeetingCount = outreachMeetingCount
        self.noticesSent = noticesSent
        self.cardUpdateCount = cardUpdateCount
        self.reopenCount = reopenCount
    }

    /// Folds a petition's stream, oldest first; `nil` when it does not start with a receipt.
    public init?(_ entries: [History.Entry]) {
        guard let first = entries.first, let received = first.event as? PetitionReceived else { return nil }
        self.init(received, at: first.occurredAt)
        for entry in entries.dropFirst() { apply(entry.event, at: entry.occurredAt) }
    }

    /// The number of extensions granted.
    public var extensionCount: Int { extensionDueDates.count }

    /// Whether the office still handles the petition (open or under review).
    public var isInHandling: Bool { status == .open || status == .underReview }

    /// The current due date: the statutory one, or 18:00 of the latest extension's new due date.
    public func dueDate(in calendar: HolidayCalendar) -> Date {
        StatutoryDeadline.dueDate(kind: kind, receivedAt: receivedAt, extendedTo: extensionDueDates.last,
                                  calendar: calendar)
    }

    /// Applies one later event of the petition's stream; events of other types are ignored.
    public mutating func apply(_ event: any OfficeEvent, at occurredAt: Date) {
        switch event {
        case let assigned as PetitionAssigned:
            department = assigned.department
        case let transferred as PetitionTransferred:
            if let target = transferred.toDepartment { department = target }
            if let agency = transferred.toAgency {
                transferredToAgency = agency
                status = .transferredOut
            }
        case is PetitionConsultationHeld:
            consultationCount += 1
        case is PetitionMayorMeetingHeld:
            mayorMeetingCount += 1
        case is PetitionOutreachMeetingHeld:
            outreachMeetingCount += 1
        case let granted as PetitionExtensionGranted:
            extensionDueDates.append(granted.newDueDate)
        case let notice as PetitionNoticeSent:
            noticesSent[notice.kind, default: 0] += 1
        case let recorded as PetitionOutcomeRecorded:
            outcome = recorded.outcome
            reviewDate = recorded.reviewDate
            if recorded.outcome.isFinal {
                status = .answered
                answeredAt = occurredAt
            } else {
                status = .underReview
            }
        case is PetitionCardUpdated:
            cardUpdateCount += 1
        case is PetitionReopened:
            status = .open
            outcome = nil
            reviewDate = nil
            reopenCount += 1
        case let closed as PetitionClosedAsRepeat:
            repeatOf = closed.earlierPetitions
            status = .closedAsRepeat
        default:
            break
        }
    }
}
