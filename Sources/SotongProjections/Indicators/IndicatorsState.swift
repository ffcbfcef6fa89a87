import Foundation
package import SotongCore
public import SotongDomain

/// The indicators projection's folded state: each indicator's stream folded by the domain's
/// ``IndicatorState``, the plan's task titles, and every other event reduced to what a counting
/// rule can read — its type, office date, log position and scalar payload fields.
///
/// Counting rules are data (an indicator may be defined after the events it counts), so every
/// event is kept in that reduced form. Personal fields (``CatalogField/isPersonal``), arrays and
/// texts over 200 characters (longer than any filter value) are left out.
///
/// ```swift
/// var state = IndicatorsState()
/// state.apply(entry)                        // any office event
/// state.indicator("academy-sessions")?.target(2018)?.notation   // "3 (300)"
/// ```
public struct IndicatorsState: Codable, Sendable, Equatable {
    /// One counted-event candidate: an event reduced to its scalar payload fields.
    package struct Occurrence: Codable, Sendable, Hashable {
        /// The log position (orders memberships and their ends).
        package let position: Int64
        /// The office date it happened on.
        package let on: LocalDate
        /// Scalar payload fields by dotted path (`participants`, `member`, `petitioner.subject`).
        package let fields: [String: JSONValue]
    }

    /// The indicators in the order they were defined.
    public private(set) var order: [IndicatorID] = []
    /// Each indicator's fold (definition, targets, historical actuals).
    public private(set) var indicators: [IndicatorID: IndicatorState] = [:]
    /// The plan's task titles, by task id.
    public private(set) var taskTitles: [String: String] = [:]
    /// The earliest office date of any event: years before it are before the log.
    public private(set) var firstEventOn: LocalDate?
    /// The reduced events by type.
    package private(set) var occurrences: [String: [Occurrence]] = [:]
    private var indicatorFacts: [IndicatorFact] = []

    /// No events yet.
    public init() {}

    /// The fold of one indicator, once it has events.
    public func indicator(_ id: IndicatorID) -> IndicatorState? { indicators[id] }

    /// Folds one event.
    public mutating func apply(_ entry: History.Entry) {
        let on = LocalDate(entry.occurredAt)
        firstEventOn = Swift.min(firstEventOn ?? on, on)
        if let fact = IndicatorFact(entry.event) {
            indicatorFacts.append(fact)
            fold(fact)
            return
        }
        if let task = entry.event as? PlanTaskRegistered { taskTitles[task.task.rawValue] = task.title }
        let type = Swift.type(of: entry.event).eventType
        occurrences[type, default: []].append(
            Occurrence(position: entry.position, on: on, fields: Self.scalarFields(of: entry.event)))
    }

    private mutating func fold(_ fact: IndicatorFact) {
        let id = fact.indicator
        indicators[id, default: IndicatorState()].apply(fact.event)
        if fact.event is IndicatorDefined, !order.contains(id) { order.append(id) }
    }

    /// The payload's scalar fields by dotted path, personal fields, arrays and long texts left out.
    static func scalarFields(of event: any OfficeEvent) -> [String: JSONValue] {
        guard let data = try? CanonicalJSON.encode(event),
              let json = try? CanonicalJSON.decode(JSONValue.self, from: data) else { return [:] }
        let personal = type(of: event).fields.filter(\.isPersonal).map(\.name)
        var fields: [String: JSONValue] = [:]
        func walk(_ value: JSONValue, _ path: String) {
            if personal.contains(where: { path == $0 || path.hasPrefix($0 + ".") }) { return }
            switch value {
            case .object(let members):
                for (name, member) in members { walk(member, path.isEmpty ? name : "\(path).\(name)") }
            case .string(let text) where text.count <= 200: fields[path] = value
            case .number, .bool: fields[path] = value
            case .string, .array, .null: break
            }
        }
        walk(json, "")
        return fields
    }

    private enum CodingKeys: String, CodingKey {
        case indicatorFacts, taskTitles, firstEventOn, occurrences
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        taskTitles = try container.decode([String: String].self, forKey: .taskTitles)
        firstEventOn = try container.decodeIfPresent(LocalDate.self, forKey: .firstEventOn)
        occurrences = try container.decode([String: [Occurrence]].self, forKey: .occurrences)
        indicatorFacts = try container.decode([IndicatorFact].self, forKey: .indicatorFacts)
        for fact in indicatorFacts { fold(fact) }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(indicatorFacts, forKey: .indicatorFacts)
        try container.encode(taskTitles, forKey: .taskTitles)
        try container.encodeIfPresent(firstEventOn, forKey: .firstEventOn)
        try container.encode(occurrences, forKey: .occurrences)
    }
}

/// One event of an indicator's stream, in a form a checkpoint can store.
enum IndicatorFact: Codable, Sendable, Equatable {
    case defined(IndicatorDefined)
    case target(IndicatorTargetSet)
    case historical(IndicatorHistoricalActualRecorded)

    init?(_ event: any OfficeEvent) {
        switch event {
        case let event as IndicatorDefined: self = .defined(event)
        case let event as IndicatorTargetSet: self = .target(event)
        case let event as IndicatorHistoricalActualRecorded: self = .historical(event)
        default: return nil
        }
    }

    var event: any OfficeEvent {
        switch self {
        case .defined(let event): event
        case .target(let event): event
        case .historical(let event): event
        }
    }

    var indicator: IndicatorID {
        switch self {
        case .defined(let event): event.indicator
        case .target(let event): event.indicator
        case .historical(let event): event.indicator
        }
    }
}
