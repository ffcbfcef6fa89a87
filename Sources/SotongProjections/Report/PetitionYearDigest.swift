import Foundation
import SotongCore
import SotongDomain

/// What the annual report needs from each petition of a year, folded from the log: timing, subject,
/// department, outcome, meetings — and the petitioner's name only in masked form: `***` while it is
/// sealed (the report never decrypts), 삭제됨 once its subject is erased.
struct PetitionYearDigest {
    struct Case {
        let id: PetitionID
        let received: Date
        let kind: PetitionKind
        let department: DepartmentID
        let subject: String
        let dataSubject: SubjectID
        var maskedName: String
        var finalOutcome: PetitionOutcome?
        var answered: Date?
        var mayorMeetings = 0
        var outreachMeetings = 0
    }

    static let eventTypes: Set<String> = [
        PetitionReceived.eventType, PetitionOutcomeRecorded.eventType, PetitionMayorMeetingHeld.eventType,
        PetitionOutreachMeetingHeld.eventType, PetitionReopened.eventType, SubjectErased.eventType,
    ]

    private(set) var cases: [PetitionID: Case] = [:]

    /// Folds the year's petitions (received in `year`) up to `end`.
    static func fold(store: any EventStore, year: Int, end: Date) async throws -> PetitionYearDigest {
        var digest = PetitionYearDigest()
        // An erasure counts whenever it happened: a report made later must not show erased data.
        for try await recorded in store.readAll(types: eventTypes)
        where recorded.occurredAt < end || recorded.type == SubjectErased.eventType {
            guard let entry = try? OfficeCatalog.decode(recorded) else { continue }
            digest.apply(entry, year: year)
        }
        return digest
    }

    mutating func apply(_ entry: History.Entry, year: Int) {
        switch entry.event {
        case let received as PetitionReceived:
            guard LocalDate(entry.occurredAt).year == year else { return }
            cases[received.petitionID] = Case(
                id: received.petitionID, received: entry.occurredAt, kind: received.kind,
                department: received.department, subject: received.subject, dataSubject: received.petitioner.subject,
                maskedName: received.petitioner.name.masked)
        case let erased as SubjectErased:
            for (id, item) in cases where item.dataSubject == erased.subject { cases[id]?.maskedName = "삭제됨" }
        case let outcome as PetitionOutcomeRecorded where outcome.outcome.isFinal:
            guard cases[outcome.petitionID]?.answered == nil else { return }
            cases[outcome.petitionID]?.finalOutcome = outcome.outcome
            cases[outcome.petitionID]?.answered = entry.occurredAt
        case let reopened as PetitionReopened:
            cases[reopened.petitionID]?.finalOutcome = nil
            cases[reopened.petitionID]?.answered = nil
        case let meeting as PetitionMayorMeetingHeld:
            cases[meeting.petitionID]?.mayorMeetings += 1
        case let meeting as PetitionOutreachMeetingHeld:
            cases[meeting.petitionID]?.outreachMeetings += 1
        default:
            break
        }
    }

    /// Calendar days from receipt to the final answer (the receipt day counts as day 1).
    static func days(_ item: Case) -> Int? {
        guard let answered = item.answered else { return nil }
        return LocalDate(item.received).days(to: LocalDate(answered)) + 1
    }

    /// Processing time in the report's buckets, in order; open petitions last.
    var processingTimes: [(String, Int)] {
        let buckets: [(String, ClosedRange<Int>)] = [
            ("3일 이내", 1...3), ("4~7일", 4...7), ("8~14일", 8...14), ("15~30일", 15...30), ("31일 이상", 31...Int.max),
        ]
        let values = cases.values.map(Self.days)
        return buckets.map { label, range in (label, values.count { $0.map(range.contains) ?? false }) }
            + [("미처리", values.count { $0 == nil })]
    }

    /// Subjects received at least twice, most frequent first (ties by subject).
    var recurringSubjects: [(String, Int)] {
        var counts: [String: Int] = [:]
        for item in cases.values {
            let subject = item.subject.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            counts[subject, default: 0] += 1
        }
        return counts.filter { $0.value >= 2 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10).map { ($0.key, $0.value) }
    }

    /// The casebook: answered petitions that needed a meeting with the mayor or a site visit.
    var casebook: [Case] {
        cases.values.filter { $0.answered != nil && ($0.mayorMeetings > 0 || $0.outreachMeetings > 0) }
            .sorted { ($0.received, $0.id) < ($1.received, $1.id) }.prefix(12).map { $0 }
    }
}
