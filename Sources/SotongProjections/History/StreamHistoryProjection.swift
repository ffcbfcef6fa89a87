public import Foundation
public import SotongCore
public import SotongDomain

/// One stream's full history in order (a petition's, a conflict's, the network's…), with
/// personal data masked.
///
/// ```swift
/// let history = try await runner.result(of: StreamHistoryProjection(stream: "petition-2017-0001"))
/// ```
public struct StreamHistoryProjection: Projection {
    public static let name = "history"
    public let stream: StreamID

    public init(stream: StreamID) { self.stream = stream }

    public struct Line: Sendable, Hashable {
        public let position: Int64
        public let occurredAt: Date
        public let type: String
        public let details: String
    }

    public var eventTypes: Set<String>? { nil }

    public func initialState() -> [Line] { [] }

    public func apply(_ entry: History.Entry, to state: inout [Line]) {
        guard entry.event.stream == stream else { return }
        state.append(Line(position: entry.position, occurredAt: entry.occurredAt,
                          type: type(of: entry.event).eventType, details: Self.maskedJSON(entry.event)))
    }

    public func view(of state: [Line], at moment: ProjectionMoment) -> [ProjectionTable] {
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
                "type": .text(line.type), "details": .text(line.details),
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
}
