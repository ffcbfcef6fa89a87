import Foundation
import SotongDomain

/// How one direct petition goes, decided before any event is written.
struct PetitionSpec {
    /// How the petition's handling ends (as of the horizon of the part being written).
    enum Ending {
        /// 완료.
        case completed
        /// 불가, with reason and remedy.
        case notPossible
        /// 검토, with a review date; still in handling.
        case underReview
        /// No outcome yet.
        case open
        /// Transferred to another agency (이송).
        case transferredOut(String)
        /// Closed as a repeat of the given answered petitions (반복민원 종결).
        case closedAsRepeat([PetitionID])
    }

    var received: PetitionReceived
    var receivedAt: Date
    var ending: Ending
    /// The outcome comes after the due date.
    var late = false
    /// A provisional 검토 outcome comes before the final one.
    var provisionalReview = false
    /// Extensions granted (0, 1 or 2; the second with the petitioner's consent).
    var extensions = 0
    /// A transfer to another city department early in the handling.
    var transferTo: DepartmentID?
    var mayorMeeting: PetitionMeetingHost?
    var outreach = false
    var consultation = false
    var cardUpdate = false
    var receiptNotice = true
    var resultNotice = true
    /// A progress notice once 30 days pass while the petition is still handled.
    var progressNotice = true
    /// After the final outcome the petition is reopened and completed again.
    var reopened = false
    /// The handling ends no sooner than this many office minutes after the receipt.
    var minimumMinutes = 20

    var id: PetitionID { received.petitionID }

    /// Whether the ending is a final answer that owes a result notice.
    var endsWithResult: Bool {
        switch ending {
        case .completed, .notPossible, .transferredOut, .closedAsRepeat: true
        case .underReview, .open: false
        }
    }

    /// Whether the ending records a 완료/불가/검토 outcome.
    var outcome: PetitionOutcome? {
        switch ending {
        case .completed: .completed
        case .notPossible: .notPossible
        case .underReview: .underReview
        case .open, .transferredOut, .closedAsRepeat: nil
        }
    }
}

/// What was written for one petition, for checks and for later follow-ups.
struct WrittenPetition {
    let id: PetitionID
    let receivedAt: Date
    let kind: PetitionKind
    let department: DepartmentID
    let ending: PetitionSpec.Ending
    /// When the handling ended (the final or 검토 outcome, the transfer out or the closure).
    let endedAt: Date?
    let mayorMeetings: Int
    let outreachMeetings: Int
    let extensions: Int
    /// The latest event of the petition written.
    let lastEventAt: Date
}
