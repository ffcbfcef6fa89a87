import Foundation
import Sotong

/// A store with many petitions that owe notices on 2018-05-01: every fourth one answered (receipt
/// and result owed), extended (receipt, extension, progress), told of its receipt (progress), or
/// left open (receipt, progress).
enum BusyOffice {
    static func id(_ number: Int) -> PetitionID { PetitionID("2018-" + String(format: "%04d", number)) }

    static func make(at path: String, petitions: Int) async throws -> SotongStore {
        let store = try await SotongStore.open(.sqlite(path: path))
        var items: [(any OfficeEvent, RecordContext)] = []
        func at(_ day: String, _ hour: Int) throws -> RecordContext {
            RecordContext(actor: "staff:S-6333", occurredAt: try LocalDate(day).at(hour: hour))
        }
        for number in 1...petitions {
            let id = id(number)
            items.append((PetitionReceived(
                petitionID: id, channel: .phone, kind: .grievance, subject: "가로등 고장 수리 요청", district: .seo,
                department: "roads",
                petitioner: Petitioner(subject: SubjectID("subject-\(id.rawValue)"), name: Personal("예시 \(number)"),
                                       phone: Personal("010-0000-" + String(format: "%04d", number)))),
                          try at("2018-03-02", 10)))
            switch number % 4 {
            case 1:
                items.append((PetitionOutcomeRecorded(petitionID: id, outcome: .completed), try at("2018-03-06", 15)))
            case 2:
                items.append((PetitionExtensionGranted(petitionID: id, reason: "관계기관 협의",
                                                       newDueDate: try LocalDate("2018-03-20"), petitionerConsent: false),
                              try at("2018-03-08", 11)))
            case 3:
                items.append((PetitionNoticeSent(petitionID: id, medium: .sms, kind: .receipt), try at("2018-03-02", 11)))
            default:
                break
            }
        }
        try await store.record(items)
        return store
    }

    /// The (petition, kind) pairs owed at `now`, as the office's rule decides.
    static func owed(in store: SotongStore, petitions: Int, at now: Date) async throws -> Set<NoticeDispatcherTests.Pair> {
        var owed = Set<NoticeDispatcherTests.Pair>()
        for number in 1...petitions {
            let entries = try await store.office.history(of: id(number).stream)
            for kind in NoticesOwed.compute(entries, asOf: now) {
                owed.insert(.init(petition: id(number), kind: kind))
            }
        }
        return owed
    }
}
