public import Foundation
import SotongCore
public import SotongDomain

/// Every read of decrypted personal data (개인정보 열람 기록): who, when, which subject, why, which
/// fields — one row per ``PersonalDataAccessed`` event, in log order. `sotong show access-log`.
///
/// ```swift
/// let log = try await runner.result(of: AccessLogProjection())
/// ```
public struct AccessLogProjection: Projection {
    /// The name `sotong show` and ``ProjectionRegistry`` know it by: `access-log`.
    public static let name = "access-log"

    /// One access.
    public struct Line: Codable, Equatable, Sendable {
        /// The access record's position.
        public let position: Int64
        /// When the data was read.
        public let occurredAt: Date
        /// Who read which subject's fields, and why.
        public let access: PersonalDataAccessed
    }

    /// The access-log projection.
    public init() {}

    /// The event types the fold reads; the runner skips the rest unread.
    public var eventTypes: Set<String>? { [PersonalDataAccessed.eventType] }

    /// The state before the first event.
    public func initialState() -> [Line] { [] }

    /// Folds one event into the state (a pure function of the events).
    public func apply(_ entry: History.Entry, to state: inout [Line]) {
        guard let access = entry.event as? PersonalDataAccessed else { return }
        state.append(Line(position: entry.position, occurredAt: entry.occurredAt, access: access))
    }

    /// The projection's tables at a moment.
    public func view(of state: [Line], at moment: ProjectionMoment) -> [ProjectionTable] {
        var table = ProjectionTable(
            key: "access-log", title: "개인정보 열람 기록",
            columns: [.init(key: "position", label: "위치"), .init(key: "occurredAt", label: "일시", alignment: .left),
                      .init(key: "accessedBy", label: "열람자", alignment: .left),
                      .init(key: "subject", label: "정보주체", alignment: .left),
                      .init(key: "purpose", label: "목적", alignment: .left),
                      .init(key: "fields", label: "항목", alignment: .left),
                      .init(key: "concerning", label: "대상", alignment: .left)])
        table.rows = state.map { line in
            ProjectionTable.Row(key: String(line.position), cells: [
                "position": .integer(Int(line.position)), "occurredAt": .text(PrivacyCells.time(line.occurredAt)),
                "accessedBy": .text(line.access.accessedBy), "subject": .text(line.access.subject.rawValue),
                "purpose": .text(line.access.purpose), "fields": .text(line.access.fields.joined(separator: ", ")),
                "concerning": .text(line.access.concerning.map(\.rawValue).joined(separator: ", ")),
            ])
        }
        if state.isEmpty { table.notes.append("열람 기록 없음 (no personal data was read)") }
        return [table]
    }
}

/// Formatting shared by the privacy tables.
enum PrivacyCells {
    /// An instant as office time, `yyyy-MM-dd HH:mm`.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = LocalDate.officeTimeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// What tables show for an erased subject's personal field.
    static let erased = "삭제됨"
}
