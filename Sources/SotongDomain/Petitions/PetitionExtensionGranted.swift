public import SotongCore

/// The processing period of a petition was extended (처리기간 연장), with a reason and a new due date.
///
/// ```swift
/// let event = PetitionExtensionGranted(
///     petitionID: "2018-0042", reason: "정류장 이전 부지에 대한 관계기관 협의 필요",
///     newDueDate: LocalDate(year: 2018, month: 3, day: 6)!, petitionerConsent: false)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct PetitionExtensionGranted: OfficeEvent {
    /// The stable type string.
    public static let eventType = "petition.extension-granted"

    /// The petition.
    public var petitionID: PetitionID
    /// Why the period is extended (told to the petitioner).
    public var reason: String
    /// The new due date; the petition falls due at 18:00 that day.
    public var newDueDate: LocalDate
    /// Whether the petitioner agreed; required for a second extension.
    public var petitionerConsent: Bool

    /// An extension.
    public init(petitionID: PetitionID, reason: String, newDueDate: LocalDate, petitionerConsent: Bool) {
        self.petitionID = petitionID
        self.reason = reason
        self.newDueDate = newDueDate
        self.petitionerConsent = petitionerConsent
    }

    /// One sentence for the catalog: what happened, with the plan's Korean term.
    public static let summary =
        "The processing period (처리기간) of a direct petition was extended (연장) with a reason and a new due date."

    /// The payload's fields with their meanings, in catalog order.
    public static let fields: [CatalogField] = [
        CatalogField("petitionID", "the petition"),
        CatalogField("reason", "why the period is extended, at most 500 characters"),
        CatalogField("newDueDate", "the new due date (YYYY-MM-DD); the petition falls due at 18:00 that day"),
        CatalogField("petitionerConsent", "whether the petitioner agreed (true or false); a second extension needs it"),
    ]

    /// The rules checked before the event is appended, one sentence each (Docs/EventCatalog.md).
    public static let rules = PetitionGuard.handlingRules + [
        "reason is non-empty and at most 500 characters.",
        "At most two extensions are granted.",
        "A second extension needs petitionerConsent = true.",
        "newDueDate lies after the current due date (the statutory one, or the latest extension's).",
        "An extension adds at most the original processing period, in its unit: working days after the current "
            + "due day up to newDueDate, or working hours for periods of 5 days or less; the holidays are those "
            + "published in the calendar stream.",
    ]

    /// A realistic example for the catalog (invented data; no real person).
    public static let example = PetitionExtensionGranted(
        petitionID: "2018-0042", reason: "정류장 이전 부지에 대한 관계기관 협의 필요",
        newDueDate: LocalDate(year: 2018, month: 3, day: 6)!, petitionerConsent: false)

    /// `petition-<petitionID>`.
    public var stream: StreamID { petitionID.stream }

    /// The `calendar` stream, whose holidays the period skips.
    public var consultedStreams: [StreamID] { [HolidaysPublished.calendarStream] }

    /// Refuses the event with a ``DomainError`` when the history does not allow it (see ``rules``).
    public func check(_ history: History, at context: RuleContext) throws {
        let state = try PetitionGuard.stateInHandling(of: petitionID, in: history, at: context)
        try PetitionGuard.requireText(reason, field: "reason", limit: PetitionGuard.textLimit, petition: petitionID)
        if state.extensionCount >= 2 {
            throw DomainError(rule: "petition.extension-limit", korean: "연장 횟수 초과",
                              detail: "petition \(petitionID) was already extended twice", field: "newDueDate")
        }
        if state.extensionCount == 1, !petitionerConsent {
            throw DomainError(rule: "petition.extension-consent", korean: "민원인 동의 필요",
                              detail: "a second extension of petition \(petitionID) needs the petitioner's consent",
                              field: "petitionerConsent")
        }
        let calendar = HolidayCalendar(history: history)
        let currentDue = state.dueDate(in: calendar)
        guard StatutoryDeadline.dueMoment(on: newDueDate) > currentDue else {
            throw DomainError(rule: "petition.extension-not-later", korean: "연장일 오류",
                              detail: "new due date \(newDueDate) of petition \(petitionID) is not after the "
                                  + "current due date \(LocalDate(currentDue))", field: "newDueDate")
        }
        let period = StatutoryDeadline.period(for: state.kind)
        let length = StatutoryDeadline.extensionLength(from: currentDue, to: newDueDate, period: period,
                                                       calendar: calendar)
        if length > period.amount {
            throw DomainError(rule: "petition.extension-too-long", korean: "연장 기간 초과",
                              detail: "extending petition \(petitionID) to \(newDueDate) exceeds its original "
                                  + "period of \(period)", field: "newDueDate")
        }
    }
}
