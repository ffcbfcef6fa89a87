import Foundation
import SotongCore
public import SotongDomain

/// Data subjects whose retention period (보유기간) has passed and who are not erased yet: every
/// petition of the subject has ended (answered, closed as a repeat or transferred out, folded with
/// the programme's ``PetitionState``), and the latest ending lies more than the period before the
/// view's date. The period is the latest ``RetentionPeriodSet`` for the petition register, else
/// 10 years. `sotong retention due --as-of DATE`.
///
/// ```swift
/// let due = try await runner.result(of: RetentionProjection(), cutoff: .date(try LocalDate("2029-01-01")))
/// ```
public struct RetentionProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `retention`.
    public static let name = "retention"

    /// The petitions, their subjects and endings, the erasures and the period set.
    public struct State: Codable, Sendable {
        /// The petitions, folded (receipts blanked).
        var book = PetitionBook()
        /// Each petition's data subject.
        var subjects: [PetitionID: SubjectID] = [:]
        /// When each petition's handling last ended; absent while it is handled.
        var ended: [PetitionID: Date] = [:]
        /// Subjects erased.
        var erased: Set<SubjectID> = []
        /// The latest period set for the petition register, in years.
        var years: Int?
    }

    /// The retention projection.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? {
        Set([PetitionEventTypes.received] + PetitionEventTypes.routing + PetitionEventTypes.outcomes
            + [SubjectErased.eventType, RetentionPeriodSet.eventType])
    }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        switch entry.event {
        case let erased as SubjectErased:
            state.erased.insert(erased.subject)
        case let period as RetentionPeriodSet where period.recordType == .petitionRegister:
            state.years = period.years
        default:
            if let received = entry.event as? PetitionReceived, state.book.petition(received.petitionID) == nil {
                state.subjects[received.petitionID] = received.petitioner.subject
            }
            state.book.fold(entry)
            guard let petition = state.book.petitions[entry.event.stream] else { return }
            let id = petition.state.petitionID
            if petition.state.isInHandling {
                state.ended[id] = nil
            } else if state.ended[id] == nil {
                state.ended[id] = entry.occurredAt
            }
        }
    }

    /// The projection's tables at a moment.
    public func view(of state: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        let years = state.years ?? RetentionRecordType.petitionRegister.defaultYears
        var table = ProjectionTable(
            key: "retention-due", title: "보유기간 경과 정보주체 (파기 대상)",
            columns: [.init(key: "subject", label: "정보주체", alignment: .left),
                      .init(key: "petitions", label: "민원", alignment: .left),
                      .init(key: "ended", label: "처리종결일", alignment: .left),
                      .init(key: "retainUntil", label: "보유기한", alignment: .left)])
        var bySubject: [SubjectID: [PetitionID]] = [:]
        for (petition, subject) in state.subjects where !state.erased.contains(subject) {
            bySubject[subject, default: []].append(petition)
        }
        for (subject, petitions) in bySubject.sorted(by: { $0.key < $1.key }) {
            let endings = petitions.compactMap { state.ended[$0] }
            guard endings.count == petitions.count, let last = endings.max() else { continue }
            let ended = LocalDate(last)
            let until = Self.anniversary(of: ended, years: years)
            guard until < moment.asOf else { continue }
            table.rows.append(ProjectionTable.Row(key: subject.rawValue, cells: [
                "subject": .text(subject.rawValue), "petitions": .text(petitions.sorted().map(\.rawValue).joined(separator: ", ")),
                "ended": .text(ended.description), "retainUntil": .text(until.description),
            ]))
        }
        table.notes.append("보유기간: \(RetentionRecordType.petitionRegister.koreanLabel) \(years)년"
            + (state.years == nil ? " (기본값)" : "") + ", 기준일 \(moment.asOf)")
        if table.rows.isEmpty { table.notes.append("파기 대상 없음 (no subject is due for erasure)") }
        return [table]
    }

    /// The same day `years` later (28 February for 29 February in a common year).
    static func anniversary(of date: LocalDate, years: Int) -> LocalDate {
        let parts = date.description.split(separator: "-").compactMap { Int($0) }
        return LocalDate(year: parts[0] + years, month: parts[1], day: parts[2])
            ?? LocalDate(year: parts[0] + years, month: parts[1], day: parts[2] - 1)!
    }
}
