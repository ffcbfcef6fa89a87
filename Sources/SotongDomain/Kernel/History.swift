public import Foundation
public import SotongCore

/// The decoded history the rules of one event consult: its own stream and the streams it names.
/// During an import it also holds the lines already accepted but not yet appended.
///
/// ```swift
/// let history = History(streams: ["petition-2018-0042": try await office.history(of: "petition-2018-0042")])
/// let received = history.events(PetitionReceived.self, in: "petition-2018-0042").first
/// ```
public struct History: Sendable {
    /// One event in a stream, decoded.
    public struct Entry: Sendable {
        /// The typed event.
        public let event: any OfficeEvent
        /// Business time.
        public let occurredAt: Date
        /// 0 for an event accepted earlier in the same import but not appended yet.
        public let position: Int64
        /// The event id (known for stored events and for events being checked).
        public let id: UUID?

        /// An entry.
        public init(event: any OfficeEvent, occurredAt: Date, position: Int64, id: UUID? = nil) {
            self.event = event
            self.occurredAt = occurredAt
            self.position = position
            self.id = id
        }
    }

    private var streams: [StreamID: [Entry]]
    /// The states the rules folded from these streams (``fold(_:of:)``), advanced as events are accepted.
    var folds = FoldCache()

    /// A history of these streams.
    public init(streams: [StreamID: [Entry]] = [:]) {
        self.streams = streams
    }

    /// Every event of a stream, oldest first.
    public func entries(in stream: StreamID) -> [Entry] { streams[stream] ?? [] }

    /// The events of one type in a stream, oldest first.
    public func events<Event: OfficeEvent>(_ type: Event.Type, in stream: StreamID) -> [Event] {
        entries(in: stream).compactMap { $0.event as? Event }
    }

    /// Whether the stream has any event.
    public func exists(_ stream: StreamID) -> Bool { !(streams[stream]?.isEmpty ?? true) }

    mutating func append(_ entry: Entry, to stream: StreamID) {
        streams[stream, default: []].append(entry)
        if !isKnownUniquelyReferenced(&folds) { folds = folds.copy() }
        folds.advance(stream, by: entry)
    }

    mutating func load(_ entries: [Entry], for stream: StreamID) {
        streams[stream] = entries
        if !isKnownUniquelyReferenced(&folds) { folds = folds.copy() }
        folds.forget(stream)
    }

    func hasLoaded(_ stream: StreamID) -> Bool { streams[stream] != nil }
}

/// When a rule runs: the event's business time and the recording time.
///
/// ```swift
/// try event.check(history, at: RuleContext(occurredAt: occurredAt, now: Date()))
/// ```
public struct RuleContext: Sendable {
    /// When the event happened (business time).
    public let occurredAt: Date
    /// When it is being recorded (the clock).
    public let now: Date

    /// A context.
    public init(occurredAt: Date, now: Date) {
        self.occurredAt = occurredAt
        self.now = now
    }

    /// The office-time date the event happened on.
    public var occurredOn: LocalDate { LocalDate(occurredAt) }
}
