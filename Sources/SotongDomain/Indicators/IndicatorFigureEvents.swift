public import SotongCore

/// Checks shared by the events that record an indicator's figure for a year.
enum IndicatorFigureChecks {
    /// The largest value or participant count an indicator may hold.
    static let values = 0...10_000_000

    /// The indicator's state; refuses when it is not defined.
    static func definedIndicator(_ indicator: IndicatorID, in history: History) throws -> IndicatorDefined {
        guard let definition = history.fold(IndicatorState.self, of: .indicator(indicator)).definition else {
            throw DomainError(rule: "indicator.not-defined", korean: "미정의 지표",
                              detail: "indicator \(indicator.rawValue) is not defined", field: "indicator")
        }
        return definition
    }

    /// Refuses a value or participants out of range, and participants for an indicator that does not count them.
    static func requireFigure(value: Int, participants: Int?, of definition: IndicatorDefined) throws {
        for (field, number) in [("value", value), ("participants", participants ?? 0)] where !values.contains(number) {
            throw DomainError(rule: "indicator.value-invalid", korean: "지표값 오류",
                              detail: "the \(field) of indicator \(definition.indicator.rawValue) must be 0 to 10,000,000",
                              field: field)
        }
        if participants != nil, definition.unit != .timesWithParticipants {
            throw DomainError(rule: "indicator.participants-not-counted", korean: "참여인원 미집계 지표",
                              detail: "indicator \(definition.indicator.rawValue) is counted in \(definition.unit.rawValue), "
                                  + "without participants", field: "participants")
        }
    }
}

/// A target (목표) of an indicator for a year was set; a later target for the same year replaces it.
///
/// ```swift
/// try await office.record(IndicatorTargetSet(indicator: "academy-sessions", year: 2018, value: 3, participants: 300),
///                         context: context)
/// ```
public struct IndicatorTargetSet: OfficeEvent {
    /// The stable type string.
    public static let eventType = "indicator.target-set"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "A target (목표) of an indicator (세부지표) for a year was set; a later target for the same year replaces the earlier one."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("indicator", "The indicator's id."),
        CatalogField("year", "The year the target is for."),
        CatalogField("value", "The target in the indicator's unit (times, members or cases)."),
        CatalogField("participants", "The target number of participants, for a times-with-participants indicator (optional)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The indicator must have been defined (indicator.not-defined).",
        "The year is from 2000 to 2100 (indicator.year-invalid).",
        "The value and participants are whole numbers from 0 to 10,000,000 (indicator.value-invalid).",
        "Participants are given only for a times-with-participants indicator (indicator.participants-not-counted).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: IndicatorTargetSet {
        IndicatorTargetSet(indicator: "academy-sessions", year: 2018, value: 3, participants: 300)
    }

    /// The indicator's id.
    public let indicator: IndicatorID
    /// The year the target is for.
    public let year: Int
    /// The target value.
    public let value: Int
    /// The target number of participants.
    public let participants: Int?

    /// A target of `value` (and `participants`) for `indicator` in `year`.
    public init(indicator: IndicatorID, year: Int, value: Int, participants: Int? = nil) {
        self.indicator = indicator
        self.year = year
        self.value = value
        self.participants = participants
    }

    /// `indicator-<indicatorID>`.
    public var stream: StreamID { .indicator(indicator) }

    /// Refuses a target for an undefined indicator, for an implausible year, or out of range.
    public func check(_ history: History, at context: RuleContext) throws {
        let definition = try IndicatorFigureChecks.definedIndicator(indicator, in: history)
        guard (2000...2100).contains(year) else {
            throw DomainError(rule: "indicator.year-invalid", korean: "연도 오류",
                              detail: "the year of a target must be 2000 to 2100, not \(year)", field: "year")
        }
        try IndicatorFigureChecks.requireFigure(value: value, participants: participants, of: definition)
    }
}

/// An actual of an indicator for a past year, taken from a document rather than counted from the
/// log, was recorded (실적).
///
/// ```swift
/// try await office.record(IndicatorHistoricalActualRecorded(indicator: "academy-sessions", year: 2017, value: 2,
///     participants: 273, source: "2018 주요업무계획 세부지표"), context: context)
/// ```
public struct IndicatorHistoricalActualRecorded: OfficeEvent {
    /// The stable type string.
    public static let eventType = "indicator.historical-actual-recorded"
    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "An actual (실적) of an indicator (세부지표) for a year before the log, as a document states it, was recorded; a later one for the same year corrects it."
    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("indicator", "The indicator's id."),
        CatalogField("year", "The year the actual is for."),
        CatalogField("value", "The actual in the indicator's unit (times, members or cases)."),
        CatalogField("participants", "The number of participants, for a times-with-participants indicator (optional)."),
        CatalogField("source", "The document the figure comes from, such as 2018 주요업무계획 세부지표 (at most 500 characters)."),
    ]
    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules: [String] = [
        "The indicator must have been defined (indicator.not-defined).",
        "The year is 2000 or later (indicator.year-invalid).",
        "The year is not after the year of the event's date (indicator.actual-in-future).",
        "The value and participants are whole numbers from 0 to 10,000,000 (indicator.value-invalid).",
        "Participants are given only for a times-with-participants indicator (indicator.participants-not-counted).",
        "The source is 1 to 500 characters (indicator.source-invalid).",
    ]
    /// A realistic example for the catalog (invented data; no real person).
    public static var example: IndicatorHistoricalActualRecorded {
        IndicatorHistoricalActualRecorded(indicator: "academy-sessions", year: 2017, value: 2, participants: 273,
                                          source: "2018 주요업무계획 세부지표")
    }

    /// The indicator's id.
    public let indicator: IndicatorID
    /// The year the actual is for.
    public let year: Int
    /// The actual value.
    public let value: Int
    /// The number of participants.
    public let participants: Int?
    /// The document the figure comes from.
    public let source: String

    /// An actual of `value` (and `participants`) for `indicator` in `year`, from `source`.
    public init(indicator: IndicatorID, year: Int, value: Int, participants: Int? = nil, source: String) {
        self.indicator = indicator
        self.year = year
        self.value = value
        self.participants = participants
        self.source = source
    }

    /// `indicator-<indicatorID>`.
    public var stream: StreamID { .indicator(indicator) }

    /// Refuses an actual for an undefined indicator, for a future year, out of range or without a source.
    public func check(_ history: History, at context: RuleContext) throws {
        let definition = try IndicatorFigureChecks.definedIndicator(indicator, in: history)
        guard year >= 2000 else {
            throw DomainError(rule: "indicator.year-invalid", korean: "연도 오류",
                              detail: "the year of an actual must be 2000 or later, not \(year)", field: "year")
        }
        guard year <= context.occurredOn.year else {
            throw DomainError(rule: "indicator.actual-in-future", korean: "미래 실적",
                              detail: "an actual for \(year) cannot be recorded on \(context.occurredOn)", field: "year")
        }
        try IndicatorFigureChecks.requireFigure(value: value, participants: participants, of: definition)
        guard source.contains(where: { !$0.isWhitespace }), source.count <= 500 else {
            throw DomainError(rule: "indicator.source-invalid", korean: "출처 오류",
                              detail: "the source must be 1 to 500 characters", field: "source")
        }
    }
}
