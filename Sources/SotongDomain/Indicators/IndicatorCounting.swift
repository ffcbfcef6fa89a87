import SotongCore

/// The unit an indicator (세부지표) is counted in, as the plan's table heads it.
///
/// ```swift
/// IndicatorUnit.times.koreanLabel          // "횟수"
/// IndicatorUnit.parse("횟수")       // .times, as IndicatorUnit.parse("times")
/// ```
public enum IndicatorUnit: String, KoreanLabelled {
    /// 횟수: how many times.
    case times
    /// 횟수(참여): how many times, and participants in parentheses.
    case timesWithParticipants = "times-with-participants"
    /// 위원수: members serving.
    case members
    /// 건: cases.
    case cases

    /// 횟수, 횟수(참여), 위원수 or 건.
    public var koreanLabel: String {
        switch self {
        case .times: "횟수"
        case .timesWithParticipants: "횟수(참여)"
        case .members: "위원수"
        case .cases: "건"
        }
    }
}

/// How the matching events make up an indicator's actual.
///
/// ```swift
/// CountingMeasure.count.koreanLabel        // "건수"
/// CountingMeasure.parse("건수")     // .count, as CountingMeasure.parse("count")
/// ```
public enum CountingMeasure: String, KoreanLabelled {
    /// The number of matching events.
    case count
    /// The number of matching events, and the sum of their `participants` field in parentheses.
    case sumParticipants = "sum-participants"
    /// Members serving: the first event type starts a membership of the payload's `member`, the
    /// others end it; the actual is the number serving at the end of the period.
    case activeMembers = "active-members"

    /// 건수, 참여인원 합계 or 재임 위원수.
    public var koreanLabel: String {
        switch self {
        case .count: "건수"
        case .sumParticipants: "참여인원 합계"
        case .activeMembers: "재임 위원수"
        }
    }

    /// Whether the measure can produce an actual in `unit`.
    public func fits(_ unit: IndicatorUnit) -> Bool {
        switch self {
        case .count: unit == .times || unit == .cases
        case .sumParticipants: unit == .timesWithParticipants
        case .activeMembers: unit == .members
        }
    }
}

/// How an indicator's actual is counted from the log: the events of `eventTypes` whose
/// occurred-at date falls in the year, optionally only those whose payload fields hold the values
/// of `filter`, measured by `measure`.
///
/// The plan's twelve indicators (세부지표) and the events that count them:
///
/// | 세부지표 | unit | eventTypes | measure |
/// |---|---|---|---|
/// | 「시민사회 소통네트워크」 활성화 | times 횟수 | `network.meeting-held` | count |
/// | 「소통아카데미」 개최 | times-with-participants 횟수(참여) | `academy.session-held` | sum-participants |
/// | 「애인(愛仁)토론회」 내실운영 | times-with-participants 횟수(참여) | `forum.held` | sum-participants |
/// | 「시민소통분야」 확대운영 | members 위원수 | `advisory.member-appointed`, `advisory.term-ended` | active-members |
/// | 시민행복 정책 소통투어 | times 횟수 | `tour.held` | count |
/// | 소통활동 성과평가 | times 횟수 | `evaluation.round-completed` | count |
/// | 「동네방네 현장소통의 날」 | times 횟수 | `field-day.held` | count |
/// | 「1일 현장민원실」 | times 횟수 | `field-office.held` | count |
/// | 갈등조정전문가 중재활동 및 갈등민원조정협의회 | times 횟수 | `conflict.mediation-convened`, `conflict.council-met` | count |
/// | 갈등관리 역량강화 교육 | times 횟수 | `conflict.training-held` | count |
/// | 「직소민원실」 운영(상담) | cases 건 | `petition.received` | count |
/// | 「찾아가는 공감 면담」 | times 횟수 | `petition.outreach-meeting-held` | count |
///
/// ```swift
/// let academy = IndicatorCounting(eventTypes: ["academy.session-held"], measure: .sumParticipants)
/// let youth = IndicatorCounting(eventTypes: ["advisory.member-appointed", "advisory.term-ended"],
///                               measure: .activeMembers, filter: ["subcommittee": "youth"])
/// ```
public struct IndicatorCounting: Hashable, Codable, Sendable {
    /// The event types counted (for active-members: the starting type first, then the ending types).
    public let eventTypes: [String]
    /// How the matching events are measured.
    public let measure: CountingMeasure
    /// Payload fields and the string each must hold for an event to count (optional).
    public let filter: [String: String]?

    /// A counting of `eventTypes` by `measure`, optionally filtered.
    public init(eventTypes: [String], measure: CountingMeasure, filter: [String: String]? = nil) {
        self.eventTypes = eventTypes
        self.measure = measure
        self.filter = filter
    }

    /// Refuses malformed event types, a measure that does not fit `unit`, and a malformed filter.
    func check(unit: IndicatorUnit, indicator: IndicatorID) throws {
        let wellFormed = eventTypes.allSatisfy { type in
            !type.isEmpty && type.utf8.count <= EventData.maximumTypeLength
                && type.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic
                    || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0)) }
        }
        guard (1...10).contains(eventTypes.count), wellFormed, Set(eventTypes).count == eventTypes.count else {
            throw DomainError(rule: "indicator.event-types-invalid", korean: "집계대상 이벤트 오류",
                              detail: "indicator \(indicator.rawValue) needs 1 to 10 distinct, well-formed event types",
                              field: "counting.eventTypes")
        }
        guard measure.fits(unit) else {
            throw DomainError(rule: "indicator.measure-unit-mismatch", korean: "집계방식·단위 불일치",
                              detail: "indicator \(indicator.rawValue) in \(unit.rawValue) cannot be counted by \(measure.rawValue)",
                              field: "counting.measure")
        }
        if measure == .activeMembers, eventTypes.count < 2 {
            throw DomainError(rule: "indicator.members-need-start-and-end", korean: "임기 시작·종료 이벤트 누락",
                              detail: "indicator \(indicator.rawValue) counts active members and needs a starting and an ending event type",
                              field: "counting.eventTypes")
        }
        if let filter {
            let valid = (1...10).contains(filter.count) && filter.allSatisfy { name, value in
                name.contains { !$0.isWhitespace } && name.count <= 100
                    && value.contains { !$0.isWhitespace } && value.count <= 200
            }
            guard valid else {
                throw DomainError(rule: "indicator.filter-invalid", korean: "집계조건 오류",
                                  detail: "the filter of indicator \(indicator.rawValue) needs 1 to 10 fields with non-empty values",
                                  field: "counting.filter")
            }
        }
    }
}
