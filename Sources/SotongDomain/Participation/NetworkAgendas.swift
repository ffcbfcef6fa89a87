public import SotongCore

/// Tag of ``NetworkAgendaID``.
///
/// ```swift
/// let agenda: NetworkAgendaID = "aviation-industry"
/// ```
public enum NetworkAgendaTag {}
/// A common agenda of the network (공동의제), such as `aviation-industry`.
public typealias NetworkAgendaID = ID<NetworkAgendaTag>
/// Tag of ``NetworkTaskID``.
///
/// ```swift
/// let task: NetworkTaskID = "mro-cluster"
/// ```
public enum NetworkTaskTag {}
/// A practical task (실천과제) of a common agenda.
public typealias NetworkTaskID = ID<NetworkTaskTag>

/// How far a practical task has come.
///
/// ```swift
/// NetworkTaskStatus.planned.koreanLabel    // "계획"
/// NetworkTaskStatus.parse("계획")   // .planned, as NetworkTaskStatus.parse("planned")
/// ```
public enum NetworkTaskStatus: String, KoreanLabelled {
    /// 계획: planned.
    case planned
    /// 추진중: in progress.
    case inProgress = "in-progress"
    /// 완료: done.
    case done

    /// The label used in the office's tables.
    public var koreanLabel: String {
        switch self {
        case .planned: "계획"
        case .inProgress: "추진중"
        case .done: "완료"
        }
    }
}

/// One practical task (실천과제) of an agenda.
///
/// ```swift
/// NetworkPracticalTask(task: "mro-cluster", title: "항공정비(MRO) 클러스터 조성")
/// ```
public struct NetworkPracticalTask: Hashable, Codable, Sendable {
    /// The task's id, unique within its agenda.
    public let task: NetworkTaskID
    /// The task's title.
    public let title: String

    /// Creates a task.
    public init(task: NetworkTaskID, title: String) {
        self.task = task
        self.title = title
    }
}

/// The network adopted a common agenda (공동의제) with its practical tasks (실천과제).
///
/// ```swift
/// let event = NetworkAgendaRegistered(
///     agenda: "aviation-industry", title: "인천 항공산업 살리기 운동",
///     tasks: [NetworkPracticalTask(task: "mro-cluster", title: "항공정비(MRO) 단지 유치 범시민 서명운동"),
///     NetworkPracticalTask(task: "airport-forum", title: "항공산업 시민토론회 개최"),
///     NetworkPracticalTask(task: "central-govt-proposal", title: "대정부 건의문 공동 채택")])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct NetworkAgendaRegistered: OfficeEvent {
    /// The stored type name.
    public static let eventType = "network.agenda-registered"
    /// The agenda.
    public let agenda: NetworkAgendaID
    /// The agenda's title.
    public let title: String
    /// Its practical tasks.
    public let tasks: [NetworkPracticalTask]

    /// Creates the event.
    public init(agenda: NetworkAgendaID, title: String, tasks: [NetworkPracticalTask]) {
        self.agenda = agenda
        self.title = title
        self.tasks = tasks
    }

    /// The catalog sentence.
    public static let summary =
        "The civil-society network adopted a common agenda (공동의제) and its practical tasks (실천과제)."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("agenda", "the agenda's id"),
        CatalogField("title", "the agenda's title, 1–200 characters"),
        CatalogField("tasks", "its practical tasks, at least one: each {task: id unique within the agenda, title: 1–200 characters}"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "network.invalid-value: the agenda id is valid, the title is 1–200 characters and tasks lists at least one task, each with a distinct valid id and a title of 1–200 characters.",
        "network.agenda-already-registered: the agenda id is not registered already.",
    ]
    /// An invented example.
    public static let example = NetworkAgendaRegistered(
        agenda: "aviation-industry", title: "인천 항공산업 살리기 운동",
        tasks: [NetworkPracticalTask(task: "mro-cluster", title: "항공정비(MRO) 단지 유치 범시민 서명운동"),
                NetworkPracticalTask(task: "airport-forum", title: "항공산업 시민토론회 개최"),
                NetworkPracticalTask(task: "central-govt-proposal", title: "대정부 건의문 공동 채택")])

    /// `network`.
    public var stream: StreamID { NetworkState.stream }

    /// Refuses invalid values and an agenda registered before.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "network")
        try values.id(agenda, "agenda")
        try values.text(title, "title", limit: 200)
        try values.ids(tasks.map(\.task), "tasks", minimum: 1)
        for (offset, task) in tasks.enumerated() { try values.text(task.title, "tasks[\(offset)].title", limit: 200) }
        if NetworkState(history).agendas[agenda] != nil {
            throw DomainError(rule: "network.agenda-already-registered", korean: "공동의제 중복 등록",
                              detail: "agenda \(agenda) is already registered", field: "agenda")
        }
    }
}

/// The civil-society network met (시민사회 소통네트워크 회의).
///
/// ```swift
/// let event = NetworkMeetingHeld(attendees: 19, agendas: ["aviation-industry", "island-revitalisation"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct NetworkMeetingHeld: OfficeEvent {
    /// The stored type name.
    public static let eventType = "network.meeting-held"
    /// How many people attended.
    public let attendees: Int
    /// The agendas discussed.
    public let agendas: [NetworkAgendaID]

    /// Creates the event.
    public init(attendees: Int, agendas: [NetworkAgendaID]) {
        self.attendees = attendees
        self.agendas = agendas
    }

    /// The catalog sentence.
    public static let summary = "The civil-society communication network (시민사회 소통네트워크) held a meeting."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("attendees", "how many people attended, 1–1000"),
        CatalogField("agendas", "the ids of the common agendas discussed, each once (may be empty)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "network.invalid-value: attendees is 1–1000 and agendas lists valid ids, each once.",
        "network.unknown-agenda: every agenda discussed is registered.",
    ]
    /// An invented example.
    public static let example = NetworkMeetingHeld(attendees: 19, agendas: ["aviation-industry", "island-revitalisation"])

    /// `network`.
    public var stream: StreamID { NetworkState.stream }

    /// Refuses invalid values and agendas that are not registered.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "network")
        try values.count(attendees, "attendees", in: 1...1_000)
        try values.ids(agendas, "agendas")
        let state = NetworkState(history)
        if let unknown = agendas.first(where: { state.agendas[$0] == nil }) {
            throw DomainError(rule: "network.unknown-agenda", korean: "미등록 공동의제",
                              detail: "agenda \(unknown) is not registered", field: "agendas")
        }
    }
}

/// Progress on a practical task of a common agenda was recorded (실천과제 추진상황).
///
/// ```swift
/// let event = NetworkTaskProgressRecorded(
///     agenda: "aviation-industry", task: "mro-cluster", note: "서명운동 1차분 3만 명 서명 전달", status: .inProgress)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct NetworkTaskProgressRecorded: OfficeEvent {
    /// The stored type name.
    public static let eventType = "network.task-progress-recorded"
    /// The agenda.
    public let agenda: NetworkAgendaID
    /// The practical task of that agenda.
    public let task: NetworkTaskID
    /// What happened.
    public let note: String
    /// Where the task stands now.
    public let status: NetworkTaskStatus

    /// Creates the event.
    public init(agenda: NetworkAgendaID, task: NetworkTaskID, note: String, status: NetworkTaskStatus) {
        self.agenda = agenda
        self.task = task
        self.note = note
        self.status = status
    }

    /// The catalog sentence.
    public static let summary = "Progress on a practical task (실천과제) of a common agenda (공동의제) was recorded."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("agenda", "the agenda's id"),
        CatalogField("task", "the practical task's id within the agenda"),
        CatalogField("note", "what happened, 1–500 characters"),
        CatalogField("status", "where the task stands now: \(NetworkTaskStatus.codeList) (계획, 추진중, 완료)"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "network.invalid-value: the agenda and task ids are valid and the note is 1–500 characters.",
        "network.unknown-agenda: the agenda is registered.",
        "network.unknown-task: the task is one of the agenda's practical tasks.",
    ]
    /// An invented example.
    public static let example = NetworkTaskProgressRecorded(
        agenda: "aviation-industry", task: "mro-cluster", note: "서명운동 1차분 3만 명 서명 전달", status: .inProgress)

    /// `network`.
    public var stream: StreamID { NetworkState.stream }

    /// Refuses invalid values and an unknown agenda or task.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "network")
        try values.id(agenda, "agenda")
        try values.id(task, "task")
        try values.text(note, "note")
        guard let registered = NetworkState(history).agendas[agenda] else {
            throw DomainError(rule: "network.unknown-agenda", korean: "미등록 공동의제",
                              detail: "agenda \(agenda) is not registered", field: "agenda")
        }
        if !registered.tasks.contains(where: { $0.task == task }) {
            throw DomainError(rule: "network.unknown-task", korean: "미등록 실천과제",
                              detail: "task \(task) is not a practical task of agenda \(agenda)", field: "task")
        }
    }
}
