public import Foundation
public import SotongCore

/// The communication performance evaluation folded from the log: the schemes, the registered
/// heads, each half, head and item's current score (the latest correction winning) and the
/// completed rounds. A pure fold: apply events oldest first; rebuild by replaying.
///
/// Only the 4 hand-scored items have scores here. The projections derive training participation,
/// petition handling and field communication from other programmes' logs and pass them to
/// ``weightedTotal(half:head:derived:)``.
///
/// ```swift
/// let state = try EvaluationState(try await store.readStream(EvaluationState.stream(year: 2018)))
/// state.score(half: h1, head: "head-2018-transport-policy", item: .communicationPlan)   // 9.0 or nil
/// ```
public struct EvaluationState: Equatable, Sendable {
    /// One half, head and item.
    public struct ScoreKey: Hashable, Sendable {
        /// The half-year.
        public var half: HalfYear
        /// The head.
        public var head: HeadID
        /// The item.
        public var item: EvaluationItem

        /// A key of the score table.
        public init(half: HalfYear, head: HeadID, item: EvaluationItem) {
            self.half = half
            self.head = head
            self.item = item
        }
    }

    /// The current score of one half, head and item.
    public struct ItemScore: Hashable, Sendable {
        /// The points that count: the latest correction, else the original score.
        public var score: Double
        /// The event that produced `score` (nil when folded from a History, which carries no ids).
        public var eventID: UUID?
        /// The evidence of the original score.
        public var evidence: String
        /// Who gave the original score.
        public var evaluator: String
        /// How many corrections were applied (0 for an uncorrected score).
        public var corrections: Int
        /// The reason of the latest correction, if any.
        public var correctionReason: String?

        /// A current score.
        public init(
            score: Double, eventID: UUID?, evidence: String, evaluator: String, corrections: Int = 0,
            correctionReason: String? = nil
        ) {
            self.score = score
            self.eventID = eventID
            self.evidence = evidence
            self.evaluator = evaluator
            self.corrections = corrections
            self.correctionReason = correctionReason
        }
    }

    /// The adopted scheme of each year (a later adoption replaces an earlier one).
    public private(set) var schemes: [Int: EvaluationSchemeAdopted] = [:]
    /// The registered heads of each year.
    public private(set) var heads: [Int: [HeadID: EvaluationHeadRegistered]] = [:]
    /// The current score of each half, head and item scored so far.
    public private(set) var scores: [ScoreKey: ItemScore] = [:]
    /// The half-years whose round is completed.
    public private(set) var completedRounds: Set<HalfYear> = []

    /// An empty state.
    public init() {}

    /// The state folded from recorded events, oldest first; events of other programmes are skipped.
    ///
    /// - Throws: ``PayloadError`` when an evaluation event cannot be decoded.
    public init(_ events: some Sequence<RecordedEvent>) throws {
        for recorded in events { try apply(recorded) }
    }

    /// The stream of one year's evaluation: `evaluation-2018`.
    public static func stream(year: Int) -> StreamID { StreamID("evaluation-\(year)") }

    /// The event types this fold reads.
    public static let eventTypes: Set<String> = Set(OfficeCatalog.evaluationEventTypes.map { $0.eventType })

    /// Decodes and applies one recorded event; other programmes' events are skipped.
    public mutating func apply(_ recorded: RecordedEvent) throws {
        guard Self.eventTypes.contains(recorded.type) else { return }
        apply(try OfficeCatalog.decode(recorded).event, id: recorded.id)
    }

    /// Applies one event, with the id it was recorded under; other programmes' events are skipped.
    public mutating func apply(_ event: any OfficeEvent, id: UUID?) {
        switch event {
        case let scheme as EvaluationSchemeAdopted:
            schemes[scheme.year] = scheme
        case let registered as EvaluationHeadRegistered:
            if heads[registered.year]?[registered.head] == nil {
                heads[registered.year, default: [:]][registered.head] = registered
            }
        case let scored as EvaluationScored:
            let key = ScoreKey(half: scored.half, head: scored.head, item: scored.item)
            if scores[key] == nil {
                scores[key] = ItemScore(score: scored.score, eventID: id, evidence: scored.evidence,
                                        evaluator: scored.evaluator)
            }
        case let corrected as EvaluationScoreCorrected:
            let key = ScoreKey(half: corrected.half, head: corrected.head, item: corrected.item)
            guard var current = scores[key] else { return }
            current.score = corrected.score
            current.eventID = id
            current.corrections += 1
            current.correctionReason = corrected.reason
            scores[key] = current
        case let round as EvaluationRoundCompleted:
            completedRounds.insert(round.half)
        default:
            break
        }
    }

    // MARK: Queries

    /// The scheme adopted for `year`.
    public func scheme(year: Int) -> EvaluationSchemeAdopted? { schemes[year] }

    /// A head registered for `year`.
    public func head(_ head: HeadID, year: Int) -> EvaluationHeadRegistered? { heads[year]?[head] }

    /// The heads registered for `year`, by id.
    public func heads(year: Int) -> [EvaluationHeadRegistered] {
        (heads[year] ?? [:]).values.sorted { $0.head < $1.head }
    }

    /// The current score record of a half, head and item, or nil when none was given.
    public func itemScore(half: HalfYear, head: HeadID, item: EvaluationItem) -> ItemScore? {
        scores[ScoreKey(half: half, head: head, item: item)]
    }

    /// The points that count for a half, head and item — nil when there is no data (never 0).
    public func score(half: HalfYear, head: HeadID, item: EvaluationItem) -> Double? {
        itemScore(half: half, head: head, item: item)?.score
    }

    /// Whether any item of `year` has been scored (a scheme can then no longer be replaced).
    public func hasScores(year: Int) -> Bool { scores.keys.contains { $0.half.year == year } }

    /// Whether the round of `half` is completed.
    public func isCompleted(_ half: HalfYear) -> Bool { completedRounds.contains(half) }

    /// The number of completed rounds in `year` (the indicator 소통활동 성과평가 운영 횟수).
    public func completedRoundCount(year: Int) -> Int { completedRounds.count(where: { $0.year == year }) }

    // MARK: Weighted scores (out of 100)

    /// What an item counts towards the total: `weight × score ÷ maximum`, in points out of 100.
    /// Hand-scored items take their score from the log; derived items from `derived`, given in
    /// points on the item's own scale (0 to its maximum). Nil when the scheme or the score is missing.
    public func weightedPoints(
        half: HalfYear, head: HeadID, item: EvaluationItem, derived: [EvaluationItem: Double] = [:]
    ) -> Double? {
        guard let entry = scheme(year: half.year)?.entry(for: item),
              let value = item.isDerived ? derived[item] : score(half: half, head: head, item: item)
        else { return nil }
        return Double(entry.weight) * value / entry.maximum
    }

    /// An area's subtotal (내부소통 or 외부소통), out of the area's weight; nil unless every item of
    /// the area has a score.
    public func areaSubtotal(
        half: HalfYear, head: HeadID, area: EvaluationArea, derived: [EvaluationItem: Double] = [:]
    ) -> Double? {
        var total = 0.0
        for item in area.items {
            guard let points = weightedPoints(half: half, head: head, item: item, derived: derived) else { return nil }
            total += points
        }
        return total
    }

    /// The department communication score out of 100; nil unless all 7 items have a score.
    public func weightedTotal(half: HalfYear, head: HeadID, derived: [EvaluationItem: Double] = [:]) -> Double? {
        var total = 0.0
        for area in EvaluationArea.allCases {
            guard let subtotal = areaSubtotal(half: half, head: head, area: area, derived: derived) else { return nil }
            total += subtotal
        }
        return total
    }
}
