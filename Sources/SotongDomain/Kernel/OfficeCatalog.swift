public import SotongCore

/// Every event type of the office, and the registry that decodes them.
///
/// ```swift
/// let entry = try OfficeCatalog.decode(recorded)         // History.Entry
/// if let received = entry.event as? PetitionReceived { print(received.petitionID) }
/// ```
public enum OfficeCatalog {
    /// One programme of the plan and its event types.
    public struct Programme: Sendable {
        /// The programme's title, English then Korean.
        public let title: String
        /// Its event types, in catalog order.
        public let eventTypes: [any OfficeEvent.Type]
    }

    /// The programmes in catalog order (Docs/EventCatalog.md follows it).
    public static let programmes: [Programme] = [
        Programme(title: "Organisation (조직·인력)", eventTypes: organisationEventTypes),
        Programme(title: "Budget and plan (예산·총괄표)", eventTypes: planEventTypes),
        Programme(title: "Indicators (세부지표)", eventTypes: indicatorEventTypes),
        Programme(title: "Holiday calendar (공휴일)", eventTypes: deadlinesEventTypes),
        Programme(title: "Direct petitions (직소민원)", eventTypes: petitionsEventTypes),
        Programme(title: "Conflict management (갈등관리)", eventTypes: conflictEventTypes),
        Programme(title: "Citizen participation (시민참여·현장소통)", eventTypes: participationEventTypes),
        Programme(title: "Communication performance evaluation (소통활동 성과평가)", eventTypes: evaluationEventTypes),
        Programme(title: "Privacy (개인정보 보호)", eventTypes: privacyEventTypes),
    ]

    /// All event types, grouped by programme, in catalog order.
    public static let eventTypes: [any OfficeEvent.Type] = programmes.flatMap(\.eventTypes)

    /// Decodes stored payloads of every office event type, upcasting older schema versions.
    public static let registry: EventRegistry = {
        var registry = EventRegistry()
        for type in eventTypes { register(type, in: &registry) }
        registerUpcasters(in: &registry)
        return registry
    }()

    /// Upcasters for payloads written under older schema versions.
    static func registerUpcasters(in registry: inout EventRegistry) {
        registerPetitionUpcasters(in: &registry)
    }

    private static func register<Event: OfficeEvent>(_ type: Event.Type, in registry: inout EventRegistry) {
        registry.register(type)
    }

    /// Decodes one stored event of the office.
    public static func decode(_ recorded: RecordedEvent) throws -> History.Entry {
        guard let event = try registry.decode(recorded) as? any OfficeEvent else {
            throw PayloadError(field: "type", reason: "is not an office event")
        }
        return History.Entry(event: event, occurredAt: recorded.occurredAt, position: recorded.position, id: recorded.id)
    }
}
