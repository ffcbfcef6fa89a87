public import SotongCore

/// The streams of the indicators programme.
extension StreamID {
    /// `indicator-<indicatorID>`: one indicator's definition, targets and historical actuals.
    public static func indicator(_ indicator: IndicatorID) -> StreamID { StreamID("indicator-\(indicator.rawValue)") }
}

/// An indicator (세부지표) of the plan was defined, with how its actual is counted from the log.
///
/// ```swift
/// try await office.record(IndicatorDefined(indicator: "academy-sessions", title: "「소통아카데미」 개최",
///     unit: .timesWithParticipants,
///     counting: IndicatorCounting(eventTypes: ["academy.session-held"], measure: .sumParticipants)), context: context)
/// ```
public struct IndicatorDefined: OfficeEvent {
    /// The stable type string.
    public static let eventType = "indicator.defined"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "An indicator (세부지표) of the plan was defined with its unit (단위) and how its actual is counted from the log's events."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("indicator", "The indicator's id."),
        CatalogField("task", "The plan's task (추진과제) it measures (optional)."),
        CatalogField("title", "The indicator as the plan prints it, in Korean (at most 200 characters)."),
        CatalogField("unit", "The unit: \(IndicatorUnit.codeList)."),
        CatalogField("counting", "How the actual is counted: eventTypes (the types counted; for active-members the starting type first), measure (\(CountingMeasure.codeList)) and an optional filter of payload fields and the string each must hold."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "An indicator is defined only once (indicator.already-defined).",
        "The task, when given, must have been registered in the plan (indicator.task-not-registered).",
        "The title is 1 to 200 characters (indicator.title-invalid).",
        "The counting names 1 to 10 distinct event types, each of ASCII letters, digits, '.', '_' and '-' (indicator.event-types-invalid).",
        "The measure fits the unit: count for times or cases, sum-participants for times-with-participants, active-members for members (indicator.measure-unit-mismatch).",
        "Counting active members names a starting event type and at least one ending event type (indicator.members-need-start-and-end).",
        "A filter, when given, names 1 to 10 payload fields, each with a value of 1 to 200 characters (indicator.filter-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: IndicatorDefined {
        IndicatorDefined(indicator: "youth-advisory-members", task: "t2-2-advisory", title: "「청년소통분과」 위원수",
                         unit: .members,
                         counting: IndicatorCounting(eventTypes: ["advisory.member-appointed", "advisory.term-ended"],
                                                     measure: .activeMembers, filter: ["subcommittee": "youth"]))
    }

    /// The indicator's id.
    public let indicator: IndicatorID
    /// The plan's task it measures.
    public let task: TaskID?
    /// The indicator as the plan prints it.
    public let title: String
    /// The unit it is counted in.
    public let unit: IndicatorUnit
    /// How its actual is counted from the log.
    public let counting: IndicatorCounting

    /// A definition of `indicator`.
    public init(indicator: IndicatorID, task: TaskID? = nil, title: String, unit: IndicatorUnit,
                counting: IndicatorCounting) {
        self.indicator = indicator
        self.task = task
        self.title = title
        self.unit = unit
        self.counting = counting
    }

    /// `indicator-<indicatorID>`.
    public var stream: StreamID { .indicator(indicator) }
    /// The `plan` stream when a task is named, to see it registered.
    public var consultedStreams: [StreamID] { task == nil ? [] : [.plan] }

    /// Refuses a second definition, an unknown task, a bad title and a malformed counting.
    public func check(_ history: History, at context: RuleContext) throws {
        if history.fold(IndicatorState.self, of: stream).definition != nil {
            throw DomainError(rule: "indicator.already-defined", korean: "지표 중복 정의",
                              detail: "indicator \(indicator.rawValue) is already defined", field: "indicator")
        }
        if let task, history.fold(PlanState.self, of: .plan).task(task) == nil {
            throw DomainError(rule: "indicator.task-not-registered", korean: "미등록 추진과제",
                              detail: "task \(task.rawValue) is not registered in the plan", field: "task")
        }
        guard title.contains(where: { !$0.isWhitespace }), title.count <= 200 else {
            throw DomainError(rule: "indicator.title-invalid", korean: "지표명 오류",
                              detail: "the title of indicator \(indicator.rawValue) must be 1 to 200 characters", field: "title")
        }
        try counting.check(unit: unit, indicator: indicator)
    }
}
