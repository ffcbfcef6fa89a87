import SotongDomain

/// The advisory group's fold (``AdvisoryGroupState``) kept with the events that built it, so that
/// it can be saved in a checkpoint and rebuilt exactly.
///
/// The domain fold is not `Codable`, and an early end (`advisory.term-ended`) is resolved against
/// the appointments open at that moment, so only a replay of the same events in the same order
/// rebuilds it faithfully: the checkpoint stores the events (dated), and decoding replays them.
///
/// ```swift
/// var ledger = AdvisoryLedger()
/// ledger.apply(entry)                     // an advisory.* entry; other entries are ignored
/// ledger.group.count(subcommittee: .citizen, cohort: 1)
/// ```
struct AdvisoryLedger: Sendable, Equatable, Codable {
    /// One advisory event as folded, with the office date it happened on.
    enum Input: Sendable, Equatable, Codable {
        case formed(AdvisoryCohortFormed, on: LocalDate)
        case appointed(AdvisoryMemberAppointed, on: LocalDate)
        case ended(AdvisoryTermEnded, on: LocalDate)

        var event: any OfficeEvent {
            switch self {
            case .formed(let event, _): event
            case .appointed(let event, _): event
            case .ended(let event, _): event
            }
        }

        var date: LocalDate {
            switch self {
            case .formed(_, let date), .appointed(_, let date), .ended(_, let date): date
            }
        }
    }

    /// The event types the ledger reads.
    static let eventTypes: Set<String> = [
        AdvisoryCohortFormed.eventType, AdvisoryMemberAppointed.eventType, AdvisoryTermEnded.eventType,
    ]

    /// The advisory events folded so far, oldest first.
    private(set) var inputs: [Input] = []
    /// The group after those events.
    private(set) var group = AdvisoryGroupState()

    init() {}

    /// Whether any advisory event has been folded.
    var isEmpty: Bool { inputs.isEmpty }

    /// Folds one entry; entries of other types are ignored.
    mutating func apply(_ entry: History.Entry) {
        let date = LocalDate(entry.occurredAt)
        let input: Input
        switch entry.event {
        case let formed as AdvisoryCohortFormed: input = .formed(formed, on: date)
        case let appointed as AdvisoryMemberAppointed: input = .appointed(appointed, on: date)
        case let ended as AdvisoryTermEnded: input = .ended(ended, on: date)
        default: return
        }
        inputs.append(input)
        group.apply(input.event, on: date)
    }

    init(from decoder: any Decoder) throws {
        for input in try decoder.singleValueContainer().decode([Input].self) {
            inputs.append(input)
            group.apply(input.event, on: input.date)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(inputs)
    }

    static func == (lhs: AdvisoryLedger, rhs: AdvisoryLedger) -> Bool { lhs.inputs == rhs.inputs }
}
