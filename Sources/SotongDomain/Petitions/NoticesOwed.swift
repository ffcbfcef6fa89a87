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
        guard let first = known.first, first.event is PetitionReceived else { return [] }
        var tally = Tally(receivedAt: first.occurredAt)
        for entry in known.dropFirst() {
            if let fact = Fact(entry.event) { tally.read(fact, at: entry.occurredAt) }
        }
        return tally.owed(asOf: asOf)
    }

    /// What the notice rules read of a later event of a petition's stream: the events that make a
    /// notice owed or settle it, and those that end or resume the handling.
    package enum Fact: UInt8, CaseIterable, Sendable {
        /// An extension was granted (``PetitionExtensionGranted``).
        case extensionGranted
        /// A final outcome (완료/불가) was recorded.
        case finalOutcome
        /// An under-review (검토) outcome was recorded.
        case provisionalOutcome
        /// The petition was reopened.
        case reopened
        /// The petition was transferred to another agency (이송).
        case transferredOut
        /// The petition was closed as a repeat.
        case closedAsRepeat
        /// A receipt notice was sent.
        case receiptNotice
        /// An extension notice was sent.
        case extensionNotice
        /// A progress notice was sent.
        case progressNotice
        /// A result notice was sent.
        case resultNotice

        /// The fact an event stands for; `nil` for events the notice rules do not read.
        package init?(_ event: any OfficeEvent) {
            switch event {
            case is PetitionExtensionGranted: self = .extensionGranted
            case let recorded as PetitionOutcomeRecorded:
                self = recorded.outcome.isFinal ? .finalOutcome : .provisionalOutcome
            case is PetitionReopened: self = .reopened
            case let transferred as PetitionTransferred:
                guard transferred.toAgency != nil else { return nil }
                self = .transferredOut
            case is PetitionClosedAsRepeat: self = .closedAsRepeat
            case let notice as PetitionNoticeSent:
                switch notice.kind {
                case .receipt: self = .receiptNotice
                case .extension: self = .extensionNotice
                case .progress: self = .progressNotice
                case .result: self = .resultNotice
                }
            default: return nil
            }
        }
    }

    /// The notice rules applied to a petition's facts in stream order: one implementation for
    /// ``NoticesOwed/compute(_:asOf:)`` and for projections that keep only the facts.
    package struct Tally: Sendable {
        let progressMark: Date
        var receiptSent = false, extensionOwed = false, resultOwed = false, progressSent = false
        var inHandling = true

        /// The tally right after the receipt.
        package init(receivedAt: Date) {
            progressMark = Self.progressMark(receivedAt: receivedAt)
        }

        /// The moment a progress notice falls due.
        package static func progressMark(receivedAt: Date) -> Date {
            receivedAt.addingTimeInterval(TimeInterval(progressAfterDays * 24 * 3600))
        }

        /// Reads one later fact, in stream order.
        package mutating func read(_ fact: Fact, at occurredAt: Date) {
            switch fact {
            case .extensionGranted: extensionOwed = true
            case .finalOutcome:
                resultOwed = true
                inHandling = false
            case .provisionalOutcome: inHandling = true
            case .reopened:
                resultOwed = false
                inHandling = true
            case .transferredOut, .closedAsRepeat: inHandling = false
            case .receiptNotice: receiptSent = true
            case .extensionNotice: extensionOwed = false
            case .progressNotice: progressSent = progressSent || occurredAt >= progressMark
            case .resultNotice: resultOwed = false
            }
        }

        /// The notices owed at `asOf`, in ``NoticeKind`` order.
        package func owed(asOf: Date) -> [NoticeKind] {
            let progressOwed = asOf >= progressMark && inHandling && !progressSent
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
}
