public import SotongCore

/// Every event type of the office, and the registry that decodes them.
public enum OfficeCatalog {
    /// All event types, grouped by programme, in catalog order.
    public static let eventTypes: [any OfficeEvent.Type] =
        organisationEventTypes + planEventTypes + indicatorEventTypes + deadlinesEventTypes + petitionsEventTypes
        + conflictEventTypes + participationEventTypes + evaluationEventTypes

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
