import Crypto
import Foundation
import SotongCore

/// The code that the optimisations of Docs/Performance.md replaced, kept here verbatim (or as
/// close as outside the module allows) so that `sotong-bench micro` measures before and after in
/// one run. Not used by anything else.
enum ReplacedCode {
    /// `id.uuidString.lowercased()`, as stored ids used to be written.
    static func uuidText(_ id: UUID) -> String { id.uuidString.lowercased() }

    /// `UUID(uuidString:)` and a comparison with its lowercase text, as stored ids used to be read.
    static func parseUUID(_ text: String) -> UUID? {
        guard let id = UUID(uuidString: text), id.uuidString.lowercased() == text else { return nil }
        return id
    }

    /// The former `ChainHasher.preimage(of:previous:)`: `Data` appended to field by field, from the
    /// `Fields` strings (the `Fields` built as before, with `uuidString.lowercased()`).
    static func hash(_ event: RecordedEvent) -> ChainHash {
        let fields = ChainHasher.Fields(
            position: event.position, eventID: event.id.uuidString.lowercased(), streamID: event.stream.rawValue,
            streamVersion: event.streamVersion, eventType: event.type, schemaVersion: Int64(event.schemaVersion),
            occurredAtMilliseconds: Timestamp.milliseconds(event.occurredAt),
            recordedAtMilliseconds: Timestamp.milliseconds(event.recordedAt), actor: event.metadata.actor,
            correlationID: event.metadata.correlationID?.uuidString.lowercased(),
            causationID: event.metadata.causationID?.uuidString.lowercased(), reason: event.metadata.reason,
            payload: event.payload)
        var out = Data()
        out.reserveCapacity(ChainHasher.domainSeparator.count + 200 + fields.payload.count)
        out.append(ChainHasher.domainSeparator)
        appendInteger(UInt64(bitPattern: fields.position), to: &out)
        out.append(event.previousHash.bytes)
        appendField(Data(fields.eventID.utf8), to: &out)
        appendField(Data(fields.streamID.utf8), to: &out)
        appendIntegerField(fields.streamVersion, to: &out)
        appendField(Data(fields.eventType.utf8), to: &out)
        appendIntegerField(fields.schemaVersion, to: &out)
        appendIntegerField(fields.occurredAtMilliseconds, to: &out)
        appendIntegerField(fields.recordedAtMilliseconds, to: &out)
        appendField(Data(fields.actor.utf8), to: &out)
        appendOptional(fields.correlationID, to: &out)
        appendOptional(fields.causationID, to: &out)
        appendOptional(fields.reason, to: &out)
        appendField(fields.payload, to: &out)
        return ChainHash(bytes: Data(SHA256.hash(data: out)))!
    }

    private static func appendInteger(_ value: UInt64, to out: inout Data) {
        withUnsafeBytes(of: value.bigEndian) { out.append(contentsOf: $0) }
    }

    private static func appendIntegerField(_ value: Int64, to out: inout Data) {
        appendInteger32(8, to: &out)
        appendInteger(UInt64(bitPattern: value), to: &out)
    }

    private static func appendInteger32(_ value: UInt32, to out: inout Data) {
        withUnsafeBytes(of: value.bigEndian) { out.append(contentsOf: $0) }
    }

    private static func appendField(_ bytes: Data, to out: inout Data) {
        appendInteger32(UInt32(bytes.count), to: &out)
        out.append(bytes)
    }

    private static func appendOptional(_ text: String?, to out: inout Data) {
        if let text { appendField(Data(text.utf8), to: &out) } else { appendInteger32(0xFFFF_FFFF, to: &out) }
    }

    /// The former checks of an event's type, stream id and actor (Unicode properties per character).
    static func validate(_ event: EventData, stream: StreamID) -> Bool {
        let typeOK = event.type.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0))
        }
        let streamOK = !stream.rawValue.unicodeScalars.contains { $0.properties.generalCategory == .control }
        let actorOK = !event.metadata.actor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        return typeOK && streamOK && actorOK
    }

    /// The former `CanonicalJSON.decode`: a new `JSONDecoder` (and date strategy) for every payload.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "is not an RFC 3339 date-time")
            }
            return date
        }
        return try decoder.decode(type, from: data)
    }

    /// The former typed page: `event_type IN (…) ORDER BY position` (SQLite gathers and sorts every
    /// later match of the types on each page).
    static func typedPageSQL(types: Int) -> String {
        let marks = Array(repeating: "?", count: types).joined(separator: ", ")
        return "SELECT \(RawSQLite.columns) FROM events WHERE position > ? AND event_type IN (\(marks)) ORDER BY position LIMIT ?"
    }

    /// The typed page as the store now reads it: one index range per type, merged.
    static func currentTypedPageSQL(types: Int) -> String {
        let perType = "SELECT * FROM (SELECT position FROM events WHERE event_type = ? AND position > ? ORDER BY position LIMIT ?)"
        let positions = Array(repeating: perType, count: types).joined(separator: " UNION ALL ")
        return "SELECT \(RawSQLite.columns) FROM events WHERE position IN (\(positions)) ORDER BY position LIMIT ?"
    }

    /// The former `LocalDate` arithmetic, through Foundation's `Calendar` in KST: the date of an
    /// instant, its weekday, and the next day (what every working-day walk of the deadlines did).
    static func localDateStep(_ instant: Date) -> (year: Int, month: Int, day: Int, weekday: Int, next: Date) {
        let parts = officeCalendar.dateComponents([.year, .month, .day], from: instant)
        let noon = officeCalendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day, hour: 12))!
        let weekday = officeCalendar.component(.weekday, from: noon)
        return (parts.year!, parts.month!, parts.day!, weekday, officeCalendar.date(byAdding: .day, value: 1, to: noon)!)
    }

    private static let officeCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 9 * 3600)!
        return calendar
    }()
}
