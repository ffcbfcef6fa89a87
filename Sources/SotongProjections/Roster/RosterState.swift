public import SotongDomain

/// The roster's folded state: the organisation events in log order, and the
/// ``OrganisationState`` they fold into (the domain's own fold, reused as is).
///
/// `OrganisationState` is not `Codable`, so a checkpoint keeps the events and folds them again
/// when it is read back: the same events give the same state.
///
/// ```swift
/// var state = RosterState()
/// state.apply(TeamEstablished(team: .policy, duties: ["대시민 소통계획 수립"]), occurredOn: day)
/// state.organisation.isEstablished(.policy)   // true
/// ```
public struct RosterState: Codable, Sendable, Equatable {
    /// The organisation as the events so far tell it.
    public private(set) var organisation = OrganisationState()
    private var facts: [OrganisationFact] = []

    /// No organisation events yet.
    public init() {}

    /// Folds one event; events that are not the organisation's leave the state unchanged.
    public mutating func apply(_ event: any OfficeEvent, occurredOn: LocalDate) {
        guard let fact = OrganisationFact(event, on: occurredOn) else { return }
        facts.append(fact)
        organisation.apply(event, occurredOn: occurredOn)
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        for fact in try container.decode([OrganisationFact].self) {
            apply(fact.payload.event, occurredOn: fact.on)
        }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(facts)
    }
}

/// One organisation event and the office date it happened on, in a form a checkpoint can store.
struct OrganisationFact: Codable, Sendable, Equatable {
    enum Payload: Codable, Sendable, Equatable {
        case teamEstablished(TeamEstablished)
        case quotaSet(TeamQuotaSet)
        case assigned(StaffAssigned)
        case transferred(StaffTransferred)
        case left(StaffLeft)
        case dispatched(StaffTrainingDispatched)
        case returned(StaffTrainingReturned)

        var event: any OfficeEvent {
            switch self {
            case .teamEstablished(let event): event
            case .quotaSet(let event): event
            case .assigned(let event): event
            case .transferred(let event): event
            case .left(let event): event
            case .dispatched(let event): event
            case .returned(let event): event
            }
        }
    }

    let on: LocalDate
    let payload: Payload

    init?(_ event: any OfficeEvent, on: LocalDate) {
        switch event {
        case let event as TeamEstablished: payload = .teamEstablished(event)
        case let event as TeamQuotaSet: payload = .quotaSet(event)
        case let event as StaffAssigned: payload = .assigned(event)
        case let event as StaffTransferred: payload = .transferred(event)
        case let event as StaffLeft: payload = .left(event)
        case let event as StaffTrainingDispatched: payload = .dispatched(event)
        case let event as StaffTrainingReturned: payload = .returned(event)
        default: return nil
        }
        self.on = on
    }
}
