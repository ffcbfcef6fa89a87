import Foundation
import SotongCore
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
    /// The dotted paths of the occurrences' fields, by id (interned: a path is stored once).
    package internal(set) var fieldPaths: [String] = []
    /// Each path's id in ``fieldPaths``.
    var fieldPathIDs: [String: Int32] = [:]
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
        let fields = collectFields(of: entry.event)
        occurrences[type, default: []].append(Occurrence(position: entry.position, on: on, fields: fields))
    }

    private mutating func fold(_ fact: IndicatorFact) {
        let id = fact.indicator
        indicators[id, default: IndicatorState()].apply(fact.event)
        if fact.event is IndicatorDefined, !order.contains(id) { order.append(id) }
    }

    private enum CodingKeys: String, CodingKey {
        case indicatorFacts, taskTitles, firstEventOn, fieldPaths, occurrences
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        taskTitles = try container.decode([String: String].self, forKey: .taskTitles)
        firstEventOn = try container.decodeIfPresent(LocalDate.self, forKey: .firstEventOn)
        fieldPaths = try container.decode([String].self, forKey: .fieldPaths)
        fieldPathIDs = Dictionary(fieldPaths.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        occurrences = try container.decode([String: [Occurrence]].self, forKey: .occurrences)
        let known = fieldPaths.indices
        for fields in occurrences.values.lazy.flatMap({ $0.lazy.map(\.fields) }) {
            if let field = fields.first(where: { !known.contains(Int($0.path)) }) {
                throw DecodingError.dataCorrupted(.init(codingPath: [CodingKeys.occurrences],
                                                        debugDescription: "field path id \(field.path) is not in fieldPaths"))
            }
        }
        indicatorFacts = try container.decode([IndicatorFact].self, forKey: .indicatorFacts)
        for fact in indicatorFacts { fold(fact) }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(indicatorFacts, forKey: .indicatorFacts)
        try container.encode(taskTitles, forKey: .taskTitles)
        try container.encodeIfPresent(firstEventOn, forKey: .firstEventOn)
        try container.encode(fieldPaths, forKey: .fieldPaths)
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
