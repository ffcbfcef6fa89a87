public import SotongCore

/// The civil-society communication network (시민사회 소통네트워크) as of the end of a history:
/// active members, agendas with their tasks, the latest status of each task, meetings held.
///
/// ```swift
/// let network = NetworkState(entries: try await office.history(of: NetworkState.stream))
/// network.count(.civicGroup)   // 7
/// ```
public struct NetworkState: Sendable, Equatable {
    /// The stream of the network's events.
    public static let stream: StreamID = "network"

    /// One active member.
    public struct Member: Hashable, Sendable {
        /// The kind of organisation.
        public let category: NetworkCategory
        /// The organisation's name.
        public let organisation: String
    }

    /// Active members.
    public private(set) var members: [MemberID: Member] = [:]
    /// Registered agendas.
    public private(set) var agendas: [NetworkAgendaID: NetworkAgendaRegistered] = [:]
    /// The latest recorded status of each task, per agenda (tasks without progress are absent).
    public private(set) var taskStatus: [NetworkAgendaID: [NetworkTaskID: NetworkTaskStatus]] = [:]
    /// How many meetings were held.
    public private(set) var meetingsHeld = 0

    /// An empty network.
    public init() {}

    /// The network after these events, oldest first; events of other types are ignored.
    public init(events: [any OfficeEvent]) {
        for event in events { apply(event) }
    }

    /// The network after the entries of its stream.
    public init(entries: [History.Entry]) {
        self.init(events: entries.map(\.event))
    }

    /// The network as a rule sees it: the `network` stream of the history.
    public init(_ history: History) {
        self = history.fold(Self.self, of: Self.stream)
    }

    /// Applies one event of the network.
    public mutating func apply(_ event: any OfficeEvent) {
        switch event {
        case let joined as NetworkMemberJoined:
            members[joined.member] = Member(category: joined.category, organisation: joined.organisation)
        case let left as NetworkMemberLeft:
            members[left.member] = nil
        case let agenda as NetworkAgendaRegistered:
            agendas[agenda.agenda] = agenda
        case is NetworkMeetingHeld:
            meetingsHeld += 1
        case let progress as NetworkTaskProgressRecorded:
            taskStatus[progress.agenda, default: [:]][progress.task] = progress.status
        default:
            break
        }
    }

    /// Whether the member is active now.
    public func isActive(_ member: MemberID) -> Bool { members[member] != nil }

    /// Active members in one category.
    public func count(_ category: NetworkCategory) -> Int {
        members.values.count { $0.category == category }
    }

    /// Active members per category, every category listed.
    public var countsByCategory: [NetworkCategory: Int] {
        Dictionary(uniqueKeysWithValues: NetworkCategory.allCases.map { ($0, count($0)) })
    }

    /// The number of practical tasks over all registered agendas.
    public var taskCount: Int { agendas.values.reduce(0) { $0 + $1.tasks.count } }
}
