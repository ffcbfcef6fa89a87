import SotongDomain

extension NetworkProjection {
    /// The network folded by the domain's ``NetworkState``, with what the tables add to it: the
    /// order agendas were adopted in, the date of each task's latest progress, meetings per year.
    public struct State: Sendable, Equatable {
        var network = NetworkState()
        /// Agendas in the order they were registered.
        var agendaOrder: [NetworkAgendaID] = []
        /// The office date of each task's latest progress record, keyed `agenda/task`.
        var lastProgress: [String: LocalDate] = [:]
        /// Meetings held and attendees, per year.
        var meetings: [Int: CivicYearTally] = [:]
        /// Whether any member ever joined (none: 자료 없음, not 0).
        var membersRecorded = false

        static func taskKey(_ agenda: NetworkAgendaID, _ task: NetworkTaskID) -> String { "\(agenda)/\(task)" }

        /// Folds one network entry.
        mutating func apply(_ entry: History.Entry) {
            switch entry.event {
            case is NetworkMemberJoined:
                membersRecorded = true
            case let agenda as NetworkAgendaRegistered where network.agendas[agenda.agenda] == nil:
                agendaOrder.append(agenda.agenda)
            case let meeting as NetworkMeetingHeld:
                meetings[CivicCells.year(of: entry), default: CivicYearTally()].held += 1
                meetings[CivicCells.year(of: entry), default: CivicYearTally()].people += meeting.attendees
            case let progress as NetworkTaskProgressRecorded:
                lastProgress[Self.taskKey(progress.agenda, progress.task)] = LocalDate(entry.occurredAt)
            default:
                break
            }
            network.apply(entry.event)
        }
    }
}

extension NetworkProjection.State: Codable {
    /// The saved form, sorted so that the same state saves to the same bytes.
    private struct Saved: Codable {
        struct Member: Codable {
            let member: MemberID
            let category: NetworkCategory
            let organisation: String
        }
        struct Progress: Codable {
            let agenda: NetworkAgendaID
            let task: NetworkTaskID
            let status: NetworkTaskStatus
            let date: LocalDate?
        }
        let membersRecorded: Bool
        let members: [Member]
        let agendas: [NetworkAgendaRegistered]
        let progress: [Progress]
        let meetingsHeld: Int
        let meetings: [Int: CivicYearTally]
    }

    /// Rebuilds the ``NetworkState`` by applying equivalent events: the members joining, the
    /// agendas as registered, one progress record per task with its latest status, and as many
    /// meetings as were held. The domain fold keeps nothing else, so the result is the same state.
    public init(from decoder: any Decoder) throws {
        let saved = try decoder.singleValueContainer().decode(Saved.self)
        membersRecorded = saved.membersRecorded
        meetings = saved.meetings
        for member in saved.members {
            network.apply(NetworkMemberJoined(member: member.member, category: member.category,
                                              organisation: member.organisation))
        }
        for agenda in saved.agendas {
            network.apply(agenda)
            agendaOrder.append(agenda.agenda)
        }
        for progress in saved.progress {
            network.apply(NetworkTaskProgressRecorded(agenda: progress.agenda, task: progress.task,
                                                      note: "checkpoint", status: progress.status))
            lastProgress[Self.taskKey(progress.agenda, progress.task)] = progress.date
        }
        for _ in 0..<saved.meetingsHeld { network.apply(NetworkMeetingHeld(attendees: 1, agendas: [])) }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        let members = network.members.sorted { $0.key < $1.key }.map {
            Saved.Member(member: $0.key, category: $0.value.category, organisation: $0.value.organisation)
        }
        var progress: [Saved.Progress] = []
        for (agenda, tasks) in network.taskStatus.sorted(by: { $0.key < $1.key }) {
            for (task, status) in tasks.sorted(by: { $0.key < $1.key }) {
                progress.append(Saved.Progress(agenda: agenda, task: task, status: status,
                                               date: lastProgress[Self.taskKey(agenda, task)]))
            }
        }
        var container = encoder.singleValueContainer()
        try container.encode(Saved(
            membersRecorded: membersRecorded, members: members,
            agendas: agendaOrder.compactMap { network.agendas[$0] }, progress: progress,
            meetingsHeld: network.meetingsHeld, meetings: meetings))
    }
}
