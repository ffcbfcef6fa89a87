import Foundation
import SotongDomain

/// The evaluation programme's own fold (``EvaluationState``), kept with the events it was folded
/// from so that it can be saved in a checkpoint: it encodes as its events and decodes by replaying
/// them, so the domain's rules (the latest correction wins, one registration per head…) are never
/// re-derived here.
struct EvaluationReplay: Sendable {
    /// The fold, up to date with `steps`.
    private(set) var state = EvaluationState()
    private var steps: [Step] = []

    init() {}

    /// Folds one evaluation event (others are ignored).
    mutating func apply(_ event: any OfficeEvent, id: UUID?) {
        guard let kind = Step.Kind(event) else { return }
        steps.append(Step(id: id, event: kind))
        state.apply(event, id: id)
    }

    /// One evaluation event and the id it was recorded under.
    struct Step: Codable, Sendable {
        var id: UUID?
        var event: Kind

        enum Kind: Codable, Sendable {
            case schemeAdopted(EvaluationSchemeAdopted)
            case headRegistered(EvaluationHeadRegistered)
            case scored(EvaluationScored)
            case scoreCorrected(EvaluationScoreCorrected)
            case roundCompleted(EvaluationRoundCompleted)

            init?(_ event: any OfficeEvent) {
                switch event {
                case let event as EvaluationSchemeAdopted: self = .schemeAdopted(event)
                case let event as EvaluationHeadRegistered: self = .headRegistered(event)
                case let event as EvaluationScored: self = .scored(event)
                case let event as EvaluationScoreCorrected: self = .scoreCorrected(event)
                case let event as EvaluationRoundCompleted: self = .roundCompleted(event)
                default: return nil
                }
            }

            var value: any OfficeEvent {
                switch self {
                case .schemeAdopted(let event): event
                case .headRegistered(let event): event
                case .scored(let event): event
                case .scoreCorrected(let event): event
                case .roundCompleted(let event): event
                }
            }
        }
    }
}

extension EvaluationReplay: Codable {
    init(from decoder: any Decoder) throws {
        for step in try [Step](from: decoder) { apply(step.event.value, id: step.id) }
    }

    func encode(to encoder: any Encoder) throws { try steps.encode(to: encoder) }
}

/// One petition's own fold (``PetitionState``), kept with the events it was folded from so that it
/// can be saved in a checkpoint (it encodes as its events and decodes by replaying them). Only the
/// events that move the department, the due date or the answer are kept, and the petitioner's
/// personal data is blanked on receipt: the scores never need it, and a checkpoint must not hold it.
struct PetitionReplay: Sendable {
    /// The fold, up to date with `steps`.
    private(set) var state: PetitionState
    private let received: PetitionReceived
    private let receivedAt: Date
    private var steps: [Step] = []

    /// The petition right after its receipt.
    init(_ received: PetitionReceived, at receivedAt: Date) {
        var blanked = received
        blanked.petitioner = Petitioner(subject: "redacted", name: Personal(""))
        self.received = blanked
        self.receivedAt = receivedAt
        self.state = PetitionState(blanked, at: receivedAt)
    }

    /// Folds one later event of the petition (others are ignored).
    mutating func apply(_ event: any OfficeEvent, at occurredAt: Date) {
        guard let kind = Step.Kind(event) else { return }
        steps.append(Step(occurredAt: occurredAt, event: kind))
        state.apply(event, at: occurredAt)
    }

    /// One later event of the petition and when it happened.
    struct Step: Codable, Sendable {
        var occurredAt: Date
        var event: Kind

        enum Kind: Codable, Sendable {
            case assigned(PetitionAssigned)
            case transferred(PetitionTransferred)
            case extensionGranted(PetitionExtensionGranted)
            case outcomeRecorded(PetitionOutcomeRecorded)
            case reopened(PetitionReopened)
            case closedAsRepeat(PetitionClosedAsRepeat)

            init?(_ event: any OfficeEvent) {
                switch event {
                case let event as PetitionAssigned: self = .assigned(event)
                case let event as PetitionTransferred: self = .transferred(event)
                case let event as PetitionExtensionGranted: self = .extensionGranted(event)
                case let event as PetitionOutcomeRecorded: self = .outcomeRecorded(event)
                case let event as PetitionReopened: self = .reopened(event)
                case let event as PetitionClosedAsRepeat: self = .closedAsRepeat(event)
                default: return nil
                }
            }

            var value: any OfficeEvent {
                switch self {
                case .assigned(let event): event
                case .transferred(let event): event
                case .extensionGranted(let event): event
                case .outcomeRecorded(let event): event
                case .reopened(let event): event
                case .closedAsRepeat(let event): event
                }
            }
        }
    }

    /// The event types this replay keeps after the receipt.
    static let stepTypes: [any OfficeEvent.Type] = [
        PetitionAssigned.self, PetitionTransferred.self, PetitionExtensionGranted.self,
        PetitionOutcomeRecorded.self, PetitionReopened.self, PetitionClosedAsRepeat.self,
    ]
}

extension PetitionReplay: Codable {
    private enum CodingKeys: String, CodingKey { case received, receivedAt, steps }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(PetitionReceived.self, forKey: .received),
                  at: try container.decode(Date.self, forKey: .receivedAt))
        for step in try container.decode([Step].self, forKey: .steps) { apply(step.event.value, at: step.occurredAt) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(received, forKey: .received)
        try container.encode(receivedAt, forKey: .receivedAt)
        try container.encode(steps, forKey: .steps)
    }
}
