public import SotongCore

/// 소통활동 성과평가 기준 확정: the office adopts the year's evaluation scheme — the weight and the
/// maximum of each of the 7 items in the 2 areas. The plan fixes the items but not their weights
/// or maximums, so these are data.
///
/// Weights are whole percent of the total score, summing to 100 over all seven items; an area's
/// weight is the sum of its items'. An item's score is given in points from 0 to its maximum and
/// counts `weight × score / maximum` towards a total out of 100.
///
/// ```swift
/// let event = EvaluationSchemeAdopted(
///     year: 2018,
///     areas: [
///     Area(area: .internal, items: [
///     Item(item: .communicationPlan, weight: 15, maximum: 10),
///     Item(item: .trainingParticipation, weight: 15, maximum: 10),
///     Item(item: .policyCustomerManagement, weight: 10, maximum: 10),
///     Item(item: .systemImprovement, weight: 15, maximum: 10),
///     Item(item: .communicationManagement, weight: 15, maximum: 10),
///     ]),
///     Area(area: .external, items: [
///     Item(item: .petitionHandling, weight: 15, maximum: 20),
///     Item(item: .fieldCommunication, weight: 15, maximum: 20),
///     ]),
///     ],
///     adoptedBy: "2018년 소통활동 성과평가 계획 결재 (소통담당관)")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct EvaluationSchemeAdopted: OfficeEvent {
    /// The stable type string.
    public static let eventType = "evaluation.scheme-adopted"

    /// One item of the scheme: its weight and its maximum.
    public struct Item: Codable, Hashable, Sendable {
        /// The item weighed.
        public var item: EvaluationItem
        /// Whole percent of the total score (1–100); the seven weights sum to 100.
        public var weight: Int
        /// The most points an evaluator may give for the item (more than 0, at most 1000).
        public var maximum: Double

        /// An item of the scheme.
        public init(item: EvaluationItem, weight: Int, maximum: Double) {
            self.item = item
            self.weight = weight
            self.maximum = maximum
        }
    }

    /// One area of the scheme and its items.
    public struct Area: Codable, Hashable, Sendable {
        /// 내부소통 or 외부소통.
        public var area: EvaluationArea
        /// The area's items, each once.
        public var items: [Item]

        /// An area of the scheme.
        public init(area: EvaluationArea, items: [Item]) {
            self.area = area
            self.items = items
        }
    }

    /// The evaluation year the scheme governs.
    public var year: Int
    /// The two areas with their items.
    public var areas: [Area]
    /// Who adopted it or on what basis (a meeting, an approval), when noted.
    public var adoptedBy: String?

    /// A scheme adopted for `year`.
    public init(year: Int, areas: [Area], adoptedBy: String? = nil) {
        self.year = year
        self.areas = areas
        self.adoptedBy = adoptedBy
    }

    /// The scheme's entry for `item`.
    public func entry(for item: EvaluationItem) -> Item? {
        areas.lazy.flatMap(\.items).first { $0.item == item }
    }

    /// The maximum of `item`, in points.
    public func maximum(of item: EvaluationItem) -> Double? { entry(for: item)?.maximum }

    /// The weight of `item`, in percent.
    public func weight(of item: EvaluationItem) -> Int? { entry(for: item)?.weight }

    /// The weight of an area: the sum of its items' weights, in percent.
    public func weight(of area: EvaluationArea) -> Int {
        areas.filter { $0.area == area }.flatMap(\.items).reduce(0) { $0 + $1.weight }
    }

    /// `evaluation-<year>`: the stream of the evaluation year.
    public var stream: StreamID { EvaluationState.stream(year: year) }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "The office adopts the year's communication performance evaluation scheme (소통활동 성과평가 기준): "
        + "the weight and maximum of each of the 7 items in the 2 areas."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("year", "The evaluation year the scheme governs (the stream evaluation-<year>)."),
        CatalogField("areas", "The 2 areas (internal 내부소통, external 외부소통), each with its items."),
        CatalogField("areas[].area", "The area: internal or external."),
        CatalogField("areas[].items", "The area's items, each once."),
        CatalogField("areas[].items[].item", "The item (communication-plan, training-participation, …)."),
        CatalogField("areas[].items[].weight", "Whole percent of the total score; the 7 weights sum to 100."),
        CatalogField("areas[].items[].maximum", "The most points an item may be scored (more than 0, at most 1000)."),
        CatalogField("adoptedBy", "Who adopted the scheme or on what basis (optional, at most 500 characters)."),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = [
        "The year is 2018 or later (the evaluation began in 2018) and at most one year after the adoption.",
        "The scheme has exactly the 2 areas, internal and external, each once.",
        "The scheme lists each of the 7 items exactly once, in its own area.",
        "Each weight is a whole percent of at least 1, and the 7 weights sum to 100.",
        "Each maximum is more than 0 and at most 1000 points.",
        "The adoptedBy note, when given, is not blank and at most 500 characters.",
        "A scheme may be adopted again (replacing the earlier one) only before the year's first score.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = EvaluationSchemeAdopted(
        year: 2018,
        areas: [
            Area(area: .internal, items: [
                Item(item: .communicationPlan, weight: 15, maximum: 10),
                Item(item: .trainingParticipation, weight: 15, maximum: 10),
                Item(item: .policyCustomerManagement, weight: 10, maximum: 10),
                Item(item: .systemImprovement, weight: 15, maximum: 10),
                Item(item: .communicationManagement, weight: 15, maximum: 10),
            ]),
            Area(area: .external, items: [
                Item(item: .petitionHandling, weight: 15, maximum: 20),
                Item(item: .fieldCommunication, weight: 15, maximum: 20),
            ]),
        ],
        adoptedBy: "2018년 소통활동 성과평가 계획 결재 (소통담당관)")

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        try EvaluationRules.checkYear(year, at: context)
        try checkShape()
        if let adoptedBy {
            try EvaluationRules.checkText(adoptedBy, limit: EvaluationRules.textLimit, field: "adoptedBy",
                                          rule: "evaluation.note-invalid", korean: "비고 오류")
        }
        if history.evaluationState(stream).hasScores(year: year) {
            throw DomainError(
                rule: "evaluation.scheme-locked", korean: "평가기준 변경 불가",
                detail: "the \(year) scheme cannot be replaced: scores were already given under it", field: "areas")
        }
    }

    private func checkShape() throws {
        let areaSet = Set(areas.map(\.area))
        guard areas.count == EvaluationArea.allCases.count, areaSet.count == areas.count else {
            throw DomainError(
                rule: "evaluation.scheme-areas", korean: "평가분야 오류",
                detail: "the scheme must list internal and external once each, not "
                    + areas.map(\.area.rawValue).joined(separator: ", "),
                field: "areas")
        }
        var seen: Set<EvaluationItem> = []
        var total = 0
        for (a, area) in areas.enumerated() {
            for (i, entry) in area.items.enumerated() {
                let path = "areas[\(a)].items[\(i)]"
                guard entry.item.area == area.area, seen.insert(entry.item).inserted else {
                    throw itemsError("\(entry.item.rawValue) is repeated or lies outside its area "
                        + "\(entry.item.area.rawValue)", field: "\(path).item")
                }
                guard entry.weight >= 1, entry.weight <= 100 else {
                    throw DomainError(
                        rule: "evaluation.weight-invalid", korean: "가중치 오류",
                        detail: "the weight of \(entry.item.rawValue) is \(entry.weight); it must be 1 to 100 percent",
                        field: "\(path).weight")
                }
                guard entry.maximum.isFinite, entry.maximum > 0, entry.maximum <= EvaluationRules.maximumLimit else {
                    throw DomainError(
                        rule: "evaluation.maximum-invalid", korean: "배점 오류",
                        detail: "the maximum of \(entry.item.rawValue) is \(entry.maximum); it must be more than 0 "
                            + "and at most \(Int(EvaluationRules.maximumLimit)) points",
                        field: "\(path).maximum")
                }
                total += entry.weight
            }
        }
        let missing = EvaluationItem.allCases.filter { !seen.contains($0) }
        guard missing.isEmpty else {
            throw itemsError("the scheme lacks " + missing.map(\.rawValue).joined(separator: ", "), field: "areas")
        }
        guard total == 100 else {
            throw DomainError(
                rule: "evaluation.weight-invalid", korean: "가중치 오류",
                detail: "the weights sum to \(total) percent, not 100", field: "areas")
        }
    }

    private func itemsError(_ detail: String, field: String) -> DomainError {
        DomainError(rule: "evaluation.scheme-items", korean: "평가항목 오류", detail: detail, field: field)
    }
}
