public import Foundation

/// The notices a petition owes its petitioner and has not sent yet, from its own stream.
///
/// - Receipt (접수): owed once the petition is received, until a receipt notice is sent.
/// - Extension (연장): owed after each extension, until an extension notice follows it.
/// - Progress (진행): owed once 30 days have passed since the receipt while the petition is still being
///   handled (no final outcome, not transferred or closed), until a progress notice is sent on or after
///   that 30-day mark.
/// - Result (결과): owed after each final outcome (완료/불가), until a result notice follows it.
///
/// ```swift
/// NoticesOwed.compute(history.entries(in: "petition-2018-0042"), asOf: now)   // [.receipt, .result]
/// ```
public enum NoticesOwed {
    /// Days after the receipt when a progress notice falls due.
    public static let progressAfterDays = 30

    /// The notices owed at `asOf`, in ``NoticeKind`` order; events after `asOf` are ignored.
    public static func compute(_ entries: [History.Entry], asOf: Date) -> [NoticeKind] {
        let known = entries.filter { $0.occurredAt <= asOf }
        guard var state = PetitionState(Array(known.prefix(1))) else { return [] }
        let progressMark = state.receivedAt.addingTimeInterval(TimeInterval(progressAfterDays * 24 * 3600))
        var receiptSent = false, extensionOwed = false, resultOwed = false, progressSent = false
        for entry in known.dropFirst() {
            state.apply(entry.event, at: entry.occurredAt)
            switch entry.event {
            case is PetitionExtensionGranted:
                extensionOwed = true
            case let outcome as PetitionOutcomeRecorded where outcome.outcome.isFinal:
                resultOwed = true
            case is PetitionReopened:
                resultOwed = false
            case let notice as PetitionNoticeSent:
                switch notice.kind {
                case .receipt: receiptSent = true
                case .extension: extensionOwed = false
                case .progress: progressSent = progressSent || entry.occurredAt >= progressMark
                case .result: resultOwed = false
                }
            default:
                break
            }
        }
        let progressOwed = asOf >= progressMark && state.isInHandling && !progressSent
        return NoticeKind.allCases.filter { kind in
            switch kind {
            case .receipt: !receiptSent
            case .extension: extensionOwed
            case .progress: progressOwed
            case .result: resultOwed
            }
        }
    }
}
