public import SotongCore

/// An event of the office: a typed, documented payload that knows its stream and the rules that
/// guard it. The same rules run for a command from the library, a `sotong record` and every line
/// of an import.
///
/// ```swift
/// struct NetworkMeetingHeld: OfficeEvent {
///     static let eventType = "network.meeting-held"
///     var stream: StreamID { "network" }
///     func check(_ history: History, at context: RuleContext) throws { … }
///     …
/// }
/// ```
public protocol OfficeEvent: DomainEvent {
    /// One sentence: what happened, with the plan's Korean term.
    static var summary: String { get }
    /// The payload's fields, each with its meaning, in the order the catalog lists them.
    static var fields: [CatalogField] { get }
    /// The rules that guard the event, one sentence each (listed in Docs/EventCatalog.md).
    static var rules: [String] { get }
    /// A realistic example for the catalog (invented data; no real person).
    static var example: Self { get }

    /// The stream the event is appended to.
    var stream: StreamID { get }
    /// Other streams whose history the rules consult (an expert pool, an evaluation scheme…).
    var consultedStreams: [StreamID] { get }
    /// Refuses the event, with a ``DomainError``, when the history does not allow it.
    func check(_ history: History, at context: RuleContext) throws
}

extension OfficeEvent {
    /// Other streams whose history the rules consult.
    public var consultedStreams: [StreamID] { [] }
}

/// One documented payload field of an event type.
///
/// ```swift
/// CatalogField("petitioner.phone", "the petitioner's phone number, for notices", personal: true)
/// ```
public struct CatalogField: Hashable, Sendable {
    /// The dotted path of the field in the payload.
    public let name: String
    /// What it holds, in one phrase.
    public let meaning: String
    /// Personal data of a data subject: encrypted at rest, erasable, masked in reports.
    public let isPersonal: Bool

    /// A documented field.
    public init(_ name: String, _ meaning: String, personal: Bool = false) {
        self.name = name
        self.meaning = meaning
        self.isPersonal = personal
    }
}
