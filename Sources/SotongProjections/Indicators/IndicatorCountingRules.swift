import SotongCore
import SotongDomain

/// Counts an indicator's actual from the reduced events, generically: by event type, by the
/// `filter` fields, and by the measure of the indicator's ``IndicatorCounting``.
extension IndicatorsState {
    /// The actual counted from the log for `year`, as of `asOf` (a year not after `asOf`'s):
    /// - count: the events of the counted types on a date in the year (up to `asOf`);
    /// - sum-participants: the same count, and the sum of their `participants` fields;
    /// - active-members: the members serving on the year's last day, or on `asOf` in its year.
    ///   The first type starts a membership of the payload's `member` — from its `termStart` when
    ///   the payload has one (else the event's date) up to its `termEnd` when it has one; the
    ///   other types end the member's open membership from their date on, as the domain's
    ///   advisory group does. The filter applies to the starting events.
    func counted(_ counting: IndicatorCounting, year: Int, asOf: LocalDate) -> IndicatorState.Figure {
        switch counting.measure {
        case .count:
            return IndicatorState.Figure(value: matching(counting, year: year, asOf: asOf).count)
        case .sumParticipants:
            let events = matching(counting, year: year, asOf: asOf)
            let participantsPath = fieldPathID("participants")
            let participants = events.reduce(0) { sum, event in
                if case .number(let number)? = event.value(participantsPath) { return sum + Int(number) }
                return sum
            }
            return IndicatorState.Figure(value: events.count, participants: participants)
        case .activeMembers:
            let day = year < asOf.year ? LocalDate(year: year, month: 12, day: 31)! : asOf
            return IndicatorState.Figure(value: activeMembers(counting, on: day))
        }
    }

    /// The events of the counted types dated in `year` up to `asOf`, whose fields match the filter.
    private func matching(_ counting: IndicatorCounting, year: Int, asOf: LocalDate) -> [Occurrence] {
        let filter = filterByPath(counting.filter)
        return counting.eventTypes.flatMap { occurrences[$0] ?? [] }
            .filter { $0.on.year == year && $0.on <= asOf && Self.matches($0, filter) }
    }

    /// The filter's fields by path id (`nil` for a path no occurrence has).
    private func filterByPath(_ filter: [String: String]?) -> [(path: Int32?, value: String)] {
        (filter ?? [:]).map { (fieldPathID($0.key), $0.value) }
    }

    /// Whether each filter field holds its value (a string, a whole number or true/false, as text).
    private static func matches(_ occurrence: Occurrence, _ filter: [(path: Int32?, value: String)]) -> Bool {
        filter.allSatisfy { path, value in
            switch occurrence.value(path) {
            case .string(let text)?: text == value
            case .number(let number)?: (number == number.rounded() ? String(Int64(number)) : String(number)) == value
            case .bool(let flag)?: String(flag) == value
            default: false
            }
        }
    }

    private struct Membership {
        let member: String
        let start: LocalDate
        let end: LocalDate?
        var endedOn: LocalDate?

        func serves(on day: LocalDate) -> Bool {
            start <= day && (end.map { day <= $0 } ?? true) && (endedOn.map { day < $0 } ?? true)
        }
    }

    private func activeMembers(_ counting: IndicatorCounting, on day: LocalDate) -> Int {
        guard let starting = counting.eventTypes.first else { return 0 }
        let ending = Set(counting.eventTypes.dropFirst())
        let events = counting.eventTypes.flatMap { type in (occurrences[type] ?? []).map { (type, $0) } }
            .filter { $0.1.on <= day }
            .sorted { $0.1.position < $1.1.position }
        let filter = filterByPath(counting.filter)
        let (memberPath, startPath, endPath) = (fieldPathID("member"), fieldPathID("termStart"), fieldPathID("termEnd"))
        var memberships: [Membership] = []
        for (type, event) in events {
            guard case .string(let member)? = event.value(memberPath) else { continue }
            if type == starting, Self.matches(event, filter) {
                memberships.append(Membership(member: member, start: Self.date(event.value(startPath)) ?? event.on,
                                              end: Self.date(event.value(endPath)), endedOn: nil))
            } else if ending.contains(type) {
                let open = memberships.indices.filter {
                    memberships[$0].member == member && memberships[$0].endedOn == nil
                        && (memberships[$0].end.map { event.on <= $0 } ?? true)
                }
                if let index = open.min(by: { memberships[$0].start < memberships[$1].start }) {
                    memberships[index].endedOn = event.on
                }
            }
        }
        return memberships.count { $0.serves(on: day) }
    }

    private static func date(_ value: ScalarValue?) -> LocalDate? {
        guard case .string(let text)? = value else { return nil }
        return try? LocalDate(text)
    }
}
