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
