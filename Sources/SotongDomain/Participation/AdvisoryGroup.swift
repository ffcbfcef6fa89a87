public import SotongCore

/// A subcommittee of the Citizen Happiness Policy Advisory Group (시민행복정책자문단) run by the office.
///
/// ```swift
/// AdvisorySubcommittee.citizen.koreanLabel // "시민소통분과"
/// AdvisorySubcommittee.parse("시민소통분과") // .citizen, as AdvisorySubcommittee.parse("citizen")
/// ```
public enum AdvisorySubcommittee: String, KoreanLabelled {
    /// 시민소통분과: the citizen communication subcommittee.
    case citizen
    /// 청년소통분과: the youth communication subcommittee (new in 2018).
    case youth

    /// The plan's label.
    public var koreanLabel: String {
        switch self {
        case .citizen: "시민소통분과"
        case .youth: "청년소통분과"
        }
    }
}

/// A cohort (기) of a subcommittee was formed by open recruitment (공개모집), with its term.
///
/// ```swift
/// let event = AdvisoryCohortFormed(
///     subcommittee: .youth, cohort: 1, termStart: LocalDate(year: 2018, month: 4, day: 1)!,
///     termEnd: LocalDate(year: 2020, month: 3, day: 31)!, seats: 40)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct AdvisoryCohortFormed: OfficeEvent {
    /// The stored type name.
    public static let eventType = "advisory.cohort-formed"
    /// The subcommittee.
    public let subcommittee: AdvisorySubcommittee
    /// The cohort number (1기, 2기, …), counted per subcommittee.
    public let cohort: Int
    /// The first day of the cohort's term.
    public let termStart: LocalDate
    /// The last day of the cohort's term.
    public let termEnd: LocalDate
    /// How many members the cohort is to have (a target, not a limit).
    public let seats: Int

    /// Creates the event.
    public init(subcommittee: AdvisorySubcommittee, cohort: Int, termStart: LocalDate, termEnd: LocalDate, seats: Int) {
        self.subcommittee = subcommittee
        self.cohort = cohort
        self.termStart = termStart
        self.termEnd = termEnd
        self.seats = seats
    }

    /// The catalog sentence.
    public static let summary =
        "A cohort (기) of a subcommittee of the Citizen Happiness Policy Advisory Group (시민행복정책자문단) was formed."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("subcommittee", "the subcommittee: \(AdvisorySubcommittee.codeList) (시민소통분과, 청년소통분과)"),
        CatalogField("cohort", "the cohort number within the subcommittee (1기, 2기, …), 1–99"),
        CatalogField("termStart", "the first day of the cohort's term (YYYY-MM-DD)"),
        CatalogField("termEnd", "the last day of the cohort's term (YYYY-MM-DD), not before termStart"),
        CatalogField("seats", "how many members the cohort is to have, 1–1000 (a target, not a limit)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "advisory.invalid-value: the cohort number is 1–99, seats is 1–1000 and termEnd is not before termStart.",
        "advisory.cohort-already-formed: the cohort is not formed already for the subcommittee.",
    ]
    /// An invented example.
    public static let example = AdvisoryCohortFormed(
        subcommittee: .youth, cohort: 1, termStart: LocalDate(year: 2018, month: 4, day: 1)!,
        termEnd: LocalDate(year: 2020, month: 3, day: 31)!, seats: 40)

    /// `advisory-group`.
    public var stream: StreamID { AdvisoryGroupState.stream }

    /// Refuses invalid values and a cohort formed twice.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "advisory")
        try values.count(cohort, "cohort", in: 1...99)
        try values.count(seats, "seats", in: 1...1_000)
        try values.term(start: termStart, end: termEnd, "termEnd")
        if AdvisoryGroupState(history).cohorts[AdvisoryGroupState.CohortKey(subcommittee: subcommittee, cohort: cohort)] != nil {
            throw DomainError(rule: "advisory.cohort-already-formed", korean: "기수 중복 구성",
                              detail: "cohort \(cohort) of the \(subcommittee.rawValue) subcommittee is already formed",
                              field: "cohort")
        }
    }
}

/// A citizen was appointed (위촉) to a cohort of a subcommittee, for a district.
///
/// ```swift
/// let event = AdvisoryMemberAppointed(
///     member: "ADV-Y1-012", subcommittee: .youth, cohort: 1, district: .yeonsu,
///     termStart: LocalDate(year: 2018, month: 4, day: 1)!,
///     termEnd: LocalDate(year: 2020, month: 3, day: 31)!)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct AdvisoryMemberAppointed: OfficeEvent {
    /// The stored type name.
    public static let eventType = "advisory.member-appointed"
    /// The member.
    public let member: MemberID
    /// The subcommittee.
    public let subcommittee: AdvisorySubcommittee
    /// The cohort number.
    public let cohort: Int
    /// The district the member represents.
    public let district: District
    /// The first day of the member's term.
    public let termStart: LocalDate
    /// The last day of the member's term.
    public let termEnd: LocalDate

    /// Creates the event.
    public init(member: MemberID, subcommittee: AdvisorySubcommittee, cohort: Int, district: District,
                termStart: LocalDate, termEnd: LocalDate) {
        self.member = member
        self.subcommittee = subcommittee
        self.cohort = cohort
        self.district = district
        self.termStart = termStart
        self.termEnd = termEnd
    }

    /// The catalog sentence.
    public static let summary =
        "A member was appointed (위촉) to a cohort of the advisory group's 시민소통분과 or 청년소통분과 for a district."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("member", "the member's id"),
        CatalogField("subcommittee", "the subcommittee: \(AdvisorySubcommittee.codeList) (시민소통분과, 청년소통분과)"),
        CatalogField("cohort", "the cohort number within the subcommittee"),
        CatalogField("district", "the district (구·군) the member represents: \(District.codeList)"),
        CatalogField("termStart", "the first day of the member's term (YYYY-MM-DD)"),
        CatalogField("termEnd", "the last day of the member's term (YYYY-MM-DD)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "advisory.invalid-value: the member id is valid and termEnd is not before termStart.",
        "advisory.unknown-cohort: an advisory appointment must name a known subcommittee, cohort and district: the cohort has been formed for that subcommittee.",
        "advisory.term-outside-cohort: the member's term lies within the cohort's term.",
        "advisory.member-already-active: the member holds no other appointment whose term overlaps this one and has not ended.",
    ]
    /// An invented example.
    public static let example = AdvisoryMemberAppointed(
        member: "ADV-Y1-012", subcommittee: .youth, cohort: 1, district: .yeonsu,
        termStart: LocalDate(year: 2018, month: 4, day: 1)!,
        termEnd: LocalDate(year: 2020, month: 3, day: 31)!)

    /// `advisory-group`.
    public var stream: StreamID { AdvisoryGroupState.stream }

    /// Refuses invalid values, an unknown cohort, a term outside it and an overlapping appointment.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "advisory")
        try values.id(member, "member")
        try values.term(start: termStart, end: termEnd, "termEnd")
        let state = AdvisoryGroupState(history)
        guard let formed = state.cohorts[AdvisoryGroupState.CohortKey(subcommittee: subcommittee, cohort: cohort)] else {
            throw DomainError(rule: "advisory.unknown-cohort", korean: "미구성 기수",
                              detail: "cohort \(cohort) of the \(subcommittee.rawValue) subcommittee has not been formed",
                              field: "cohort")
        }
        if termStart < formed.termStart || formed.termEnd < termEnd {
            throw DomainError(rule: "advisory.term-outside-cohort", korean: "임기 범위 오류",
                              detail: "the term \(termStart)…\(termEnd) does not lie within the cohort's term \(formed.termStart)…\(formed.termEnd)",
                              field: "termStart")
        }
        if let other = state.appointment(of: member, overlapping: termStart...termEnd) {
            throw DomainError(rule: "advisory.member-already-active", korean: "위원 중복 위촉",
                              detail: "member \(member) already holds an appointment to cohort \(other.cohort) of the \(other.subcommittee.rawValue) subcommittee for an overlapping term",
                              field: "member")
        }
    }
}

/// A member's term ended early (해촉·사임), before its last day.
///
/// ```swift
/// let event = AdvisoryTermEnded(member: "ADV-Y1-012", reason: "타 지역 전출에 따른 사임")
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct AdvisoryTermEnded: OfficeEvent {
    /// The stored type name.
    public static let eventType = "advisory.term-ended"
    /// The member.
    public let member: MemberID
    /// Why the term ended, when recorded.
    public let reason: String?

    /// Creates the event.
    public init(member: MemberID, reason: String? = nil) {
        self.member = member
        self.reason = reason
    }

    /// The catalog sentence.
    public static let summary = "An advisory member's term ended early (해촉·사임); the member no longer counts from that day."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("member", "the member's id"),
        CatalogField("reason", "optional: why the term ended, 1–500 characters"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "advisory.invalid-value: the member id is valid and the reason, when given, is 1–500 characters.",
        "advisory.member-not-active: the member holds an appointment that has not ended and whose term has not run out on the day of the event.",
    ]
    /// An invented example.
    public static let example = AdvisoryTermEnded(member: "ADV-Y1-012", reason: "타 지역 전출에 따른 사임")

    /// `advisory-group`.
    public var stream: StreamID { AdvisoryGroupState.stream }

    /// Refuses invalid values and a member with no open appointment.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "advisory")
        try values.id(member, "member")
        try values.optionalText(reason, "reason")
        if AdvisoryGroupState(history).openAppointmentIndex(of: member, on: context.occurredOn) == nil {
            throw DomainError(rule: "advisory.member-not-active", korean: "활동 위원 아님",
                              detail: "member \(member) holds no open appointment on \(context.occurredOn)", field: "member")
        }
    }
}
