public import Foundation
public import SotongCore
public import SotongDomain

/// One stream's full history in order (a petition's, a conflict's, the network's…), with
/// personal data masked: a sealed field shows `***`, and once its subject is erased, 삭제됨.
///
/// ```swift
/// let history = try await runner.result(of: StreamHistoryProjection(stream: "petition-2017-0001"))
/// ```
public struct StreamHistoryProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `history`.
    public static let name = "history"
    /// The stream it shows.
    public let stream: StreamID

    /// The history of one stream.
    public init(stream: StreamID) { self.stream = stream }

    /// One event of the stream, its personal fields masked.
    public struct Line: Sendable, Hashable {
        /// The event's position.
        public let position: Int64
        /// Its business time.
        public let occurredAt: Date
        /// Its type string.
        public let type: String
        /// Its payload as JSON, sealed fields shown as `***`.
        public let details: String
        /// The data subject of the event's personal fields, if it has any.
        public let subject: SubjectID?
        /// The details with every personal field shown as 삭제됨, for when the subject is erased.
        public let erasedDetails: String?
    }

    /// The stream's lines, and the subjects erased so far anywhere in the log.
    public struct State: Sendable, Hashable {
        /// The stream's events, in order.
        public var lines: [Line] = []
        /// The subjects erased so far.
        public var erased: Set<SubjectID> = []
    }

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? { nil }

    /// The state before the first event.
    public func initialState() -> State { State() }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout State) {
        if let erased = entry.event as? SubjectErased { state.erased.insert(erased.subject) }
        guard entry.event.stream == stream else { return }
        let subject = PersonalFields.paths(of: type(of: entry.event)).isEmpty ? nil
            : (entry.event as? any PersonalDataCarrier)?.dataSubject
        state.lines.append(Line(position: entry.position, occurredAt: entry.occurredAt,
                                type: type(of: entry.event).eventType, details: Self.maskedJSON(entry.event),
                                subject: subject, erasedDetails: subject.map { _ in Self.erasedJSON(entry.event) }))
    }

    /// The projection's tables at a moment.
    public func view(of history: State, at moment: ProjectionMoment) -> [ProjectionTable] {
        let state = history.lines
        var table = ProjectionTable(
            key: "history", title: "\(stream) 이력",
            columns: [.init(key: "position", label: "위치"), .init(key: "occurredAt", label: "일시", alignment: .left),
                      .init(key: "type", label: "사건", alignment: .left),
                      .init(key: "details", label: "내용", alignment: .left)])
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = LocalDate.officeTimeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        table.rows = state.map { line in
            ProjectionTable.Row(key: String(line.position), cells: [
                "position": .integer(Int(line.position)), "occurredAt": .text(formatter.string(from: line.occurredAt)),
                "type": .text(line.type),
                "details": .text(line.subject.map(history.erased.contains) == true ? line.erasedDetails ?? line.details
                                                                                   : line.details),
            ])
        }
        if state.isEmpty { table.notes.append("이 스트림에는 사건이 없습니다 (no events in this stream)") }
        return [table]
    }

    /// The payload as compact JSON with every personal field masked.
    static func maskedJSON(_ event: any OfficeEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.maskPersonalData] = true
        return (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The payload as compact JSON with every personal field replaced by 삭제됨.
    static func erasedJSON(_ event: any OfficeEvent) -> String {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(maskedJSON(event).utf8))) as? [String: Any]
        else { return "{}" }
        for path in PersonalFields.paths(of: type(of: event)) {
            object = replacing(path.split(separator: ".").map(String.init), in: object)
        }
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private static func replacing(_ path: [String], in object: [String: Any]) -> [String: Any] {
        guard let key = path.first, let value = object[key] else { return object }
        var copy = object
        if path.count == 1 {
            copy[key] = PrivacyCells.erased
        } else if let child = value as? [String: Any] {
            copy[key] = replacing(Array(path.dropFirst()), in: child)
        }
        return copy
    }
}
