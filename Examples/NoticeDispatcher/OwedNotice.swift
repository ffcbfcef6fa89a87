import Foundation
import Sotong

/// The notices a petition owes now, as `NoticesOwed` (the office's own rule) decides, each with the
/// event that made it owed and the derived id of its record.
///
/// The trigger names the obligation: the receipt for the receipt and 30-day progress notices, the
/// latest extension for an extension notice, the latest final outcome for a result notice. So a
/// second extension or a new outcome after a reopening owes a new notice with a new id, while the
/// same obligation always has the same id, however often it is retried.
enum OwedNotice {
    /// The actor and namespace part of every record id.
    static let tool = "notice-dispatcher"

    /// The petition's owed notices at `now`.
    static func compute(_ entries: [History.Entry], now: Date) -> [Notice] {
        guard let received = entries.first?.event as? PetitionReceived, let receivedID = entries.first?.id else {
            return []
        }
        return NoticesOwed.compute(entries, asOf: now).compactMap { kind in
            let trigger: UUID? = switch kind {
            case .receipt, .progress: receivedID
            case .extension: entries.last { $0.event is PetitionExtensionGranted }?.id
            case .result: entries.last { ($0.event as? PetitionOutcomeRecorded)?.outcome.isFinal == true }?.id
            }
            guard let trigger else { return nil }
            return Notice(petition: received.petitionID, kind: kind, trigger: trigger,
                          recordID: DerivedID.uuid([tool, received.petitionID.rawValue, kind.rawValue,
                                                    trigger.uuidString.lowercased()]),
                          text: message(kind, received: received, entries: entries))
        }
    }

    /// The message: the petition's id and subject, never the petitioner's personal data.
    static func message(_ kind: NoticeKind, received: PetitionReceived, entries: [History.Entry]) -> String {
        let about = "[인천광역시 소통담당관실] 직소민원 \(received.petitionID.rawValue) (\(received.subject))"
        switch kind {
        case .receipt:
            return "\(about) 접수되었습니다."
        case .extension:
            let due = entries.compactMap { $0.event as? PetitionExtensionGranted }.last?.newDueDate
            return "\(about) 처리기간이 \(due.map { "\($0)" } ?? "-")까지 연장되었습니다."
        case .progress:
            return "\(about) 처리 중입니다 (접수 후 \(NoticesOwed.progressAfterDays)일 경과 통지)."
        case .result:
            let outcome = entries.compactMap { $0.event as? PetitionOutcomeRecorded }.last { $0.outcome.isFinal }
            return "\(about) 처리결과: \(outcome?.outcome.koreanLabel ?? "-")."
        }
    }
}
