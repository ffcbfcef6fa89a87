public import SotongCore

/// The petition was closed as a repeat (반복민원 종결) of identical petitions already answered: the law
/// allows closing a repeated petition once two earlier ones were answered.
///
/// ```swift
/// let event = PetitionClosedAsRepeat(
///     petitionID: "2018-0197", earlierPetitions: ["2018-0042", "2018-0113"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionClosedAsRepeat: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.closed-as-repeat"

    /// The petition closed.
    public var petitionID: PetitionID
    /// The earlier identical petitions that were answered.
    public var earlierPetitions: [PetitionID]

    /// A closure as repeat.
    public init(petitionID: PetitionID, earlierPetitions: [PetitionID]) {
        self.petitionID = petitionID
        self.earlierPetitions = earlierPetitions
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary = "A direct petition was closed as a repeat (반복민원 종결) of identical petitions "
        + "already answered at least twice."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition closed"),
        CatalogField("earlierPetitions", "the earlier identical petitions, each answered with a final outcome; "
                         + "at least two"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = PetitionGuard.handlingRules + [
        "earlierPetitions names at least 2 distinct petitions other than this one.",
        "Each earlier petition has been received.",
        "Each earlier petition is answered: its current handling has a final outcome (완료/불가).",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionClosedAsRepeat(
        petitionID: "2018-0197", earlierPetitions: ["2018-0042", "2018-0113"])

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// The streams of the earlier petitions.
    public var consultedStreams: [StreamID] { earlierPetitions.map(\.stream) }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        _ = try PetitionGuard.stateInHandling(of: petitionID, in: history, at: context)
        let earlier = Set(earlierPetitions).subtracting([petitionID])
        if earlier.count < 2 {
            throw DomainError(rule: "petition.repeat-too-few", korean: "반복민원 요건 미달",
                              detail: "petition \(petitionID) names \(earlier.count) earlier petitions; closing "
                                  + "as a repeat needs at least 2 answered ones", field: "earlierPetitions")
        }
        for (index, id) in earlierPetitions.enumerated() where id != petitionID {
            guard let state = PetitionState(history.entries(in: id.stream)) else {
                throw DomainError(rule: "petition.repeat-earlier-unknown", korean: "선행 민원 없음",
                                  detail: "earlier petition \(id) has not been received",
                                  field: "earlierPetitions[\(index)]")
            }
            if state.status != .answered {
                throw DomainError(rule: "petition.repeat-earlier-unanswered", korean: "선행 민원 미답변",
                                  detail: "earlier petition \(id) has no final outcome",
                                  field: "earlierPetitions[\(index)]")
            }
        }
    }
}
