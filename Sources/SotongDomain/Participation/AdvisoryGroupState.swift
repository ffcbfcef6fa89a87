public import SotongCore

/// The Citizen Happiness Policy Advisory Group (시민행복정책자문단) as of the end of a history:
/// cohorts with their terms, and every appointment with its term and early end.
///
/// Terms matter: a member counts on a date when `termStart ≤ date ≤ termEnd` and the term has
/// not ended early on or before that date.
///
/// ```swift
/// let group = AdvisoryGroupState(entries: try await office.history(of: AdvisoryGroupState.stream))
/// group.members(asOf: try LocalDate("2018-06-30")).count
/// group.count(subcommittee: .citizen, district: .namdong)   // appointed over all cohorts
/// ```
public struct AdvisoryGroupState: Sendable, Equatable {
    /// The stream of the advisory group's events.
    public static let stream: StreamID = "advisory-group"

    /// A cohort of a subcommittee.
    public struct CohortKey: Hashable, Sendable {
        /// The subcommittee.
        public let subcommittee: AdvisorySubcommittee
        /// The cohort number.
        public let cohort: Int

        /// Names a cohort.
        public init(subcommittee: AdvisorySubcommittee, cohort: Int) {
            self.subcommittee = subcommittee
            self.cohort = cohort
        }
    }

    /// One cell of the composition table: subcommittee × cohort × district.
    public struct SeatKey: Hashable, Sendable {
        /// The subcommittee.
        public let subcommittee: AdvisorySubcommittee
        /// The cohort number.
        public let cohort: Int
        /// The district.
        public let district: District

        /// Names a cell.
        public init(subcommittee: AdvisorySubcommittee, cohort: Int, district: District) {
            self.subcommittee = subcommittee
            self.cohort = cohort
            self.district = district
        }
    }

    /// One appointment and what became of it.
    public struct Appointment: Equatable, Sendable {
        /// The appointment as recorded.
        public let appointed: AdvisoryMemberAppointed
        /// The day the term ended early, when it did (the member no longer counts from this day).
        public internal(set) var endedOn: LocalDate?
        /// Why it ended early, when recorded.
        public internal(set) var endReason: String?

        /// The member.
        public var member: MemberID { appointed.member }

        /// Whether the member counts on `date`.
        public func isServing(on date: LocalDate) -> Bool {
            appointed.termStart <= date && date <= appointed.termEnd && (endedOn.map { date < $0 } ?? true)
        }

        /// The last day served, or `nil` when the term ended before it began.
        public var lastDay: LocalDate? {
            let last = endedOn.map { min(appointed.termEnd, $0.adding(days: -1)) } ?? appointed.termEnd
            return last < appointed.termStart ? nil : last
        }
    }

    /// Formed cohorts.
    public private(set) var cohorts: [CohortKey: AdvisoryCohortFormed] = [:]
    /// Every appointment, in the order made.
    public private(set) var appointments: [Appointment] = []

    /// An empty group.
    public init() {}

    /// The group after the entries of its stream, oldest first (an early end takes effect on the
    /// office date of its occurred-at).
    public init(entries: [History.Entry]) {
        for entry in entries { apply(entry.event, on: LocalDate(entry.occurredAt)) }
    }

    /// The group as a rule sees it: the `advisory-group` stream of the history.
    public init(_ history: History) {
        self = history.fold(Self.self, of: Self.stream)
    }

    /// Applies one event that happened on `date`; events of other types are ignored.
    public mutating func apply(_ event: any OfficeEvent, on date: LocalDate) {
        switch event {
        case let formed as AdvisoryCohortFormed:
            cohorts[CohortKey(subcommittee: formed.subcommittee, cohort: formed.cohort)] = formed
        case let appointed as AdvisoryMemberAppointed:
            appointments.append(Appointment(appointed: appointed))
        case let ended as AdvisoryTermEnded:
            if let index = openAppointmentIndex(of: ended.member, on: date) {
                appointments[index].endedOn = date
                appointments[index].endReason = ended.reason
            }
        default:
            break
        }
    }

    /// The appointments serving on `date`, ordered by member id.
    public func members(asOf date: LocalDate) -> [Appointment] {
        appointments.filter { $0.isServing(on: date) }.sorted { $0.member < $1.member }
    }

    /// Members per subcommittee × cohort × district: serving on `date`, or every appointment ever
    /// made when `date` is `nil` (as in the plan's composition table, 구성현황).
    public func counts(asOf date: LocalDate? = nil) -> [SeatKey: Int] {
        var counts: [SeatKey: Int] = [:]
        for appointment in selected(asOf: date) {
            let made = appointment.appointed
            counts[SeatKey(subcommittee: made.subcommittee, cohort: made.cohort, district: made.district), default: 0] += 1
        }
        return counts
    }

    /// Members of a subcommittee, optionally of one cohort and one district; serving on `date`, or
    /// every appointment ever made when `date` is `nil`.
    public func count(subcommittee: AdvisorySubcommittee, cohort: Int? = nil, district: District? = nil,
                      asOf date: LocalDate? = nil) -> Int {
        selected(asOf: date).count {
            $0.appointed.subcommittee == subcommittee && (cohort == nil || $0.appointed.cohort == cohort)
                && (district == nil || $0.appointed.district == district)
        }
    }

    /// Members of a subcommittee per district over all cohorts, every district listed.
    public func districtTotals(subcommittee: AdvisorySubcommittee, asOf date: LocalDate? = nil) -> [District: Int] {
        Dictionary(uniqueKeysWithValues: District.allCases.map {
            ($0, count(subcommittee: subcommittee, district: $0, asOf: date))
        })
    }

    /// The appointment an early end on `date` applies to: not ended, term not run out by `date`;
    /// the earliest-starting such appointment of the member.
    func openAppointmentIndex(of member: MemberID, on date: LocalDate) -> Int? {
        appointments.indices
            .filter { appointments[$0].member == member && appointments[$0].endedOn == nil
                && date <= appointments[$0].appointed.termEnd }
            .min { appointments[$0].appointed.termStart < appointments[$1].appointed.termStart }
    }

    /// An appointment of the member whose served days overlap `term`, if any.
    func appointment(of member: MemberID, overlapping term: ClosedRange<LocalDate>) -> AdvisoryMemberAppointed? {
        appointments.first { appointment in
            guard appointment.member == member, let last = appointment.lastDay else { return false }
            return (appointment.appointed.termStart...last).overlaps(term)
        }?.appointed
    }

    private func selected(asOf date: LocalDate?) -> [Appointment] {
        guard let date else { return appointments }
        return appointments.filter { $0.isServing(on: date) }
    }
}
