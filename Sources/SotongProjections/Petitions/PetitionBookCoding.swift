import Foundation
import SotongCore
import SotongDomain

/// A checkpoint keeps the book as the events it folded (receipts already blanked) and the calendar's
/// publications; decoding folds them again with the programme's own folds, so a restored book is the
/// book that was saved.
extension PetitionBook: Codable {
    private enum CodingKeys: String, CodingKey {
        case holidays, petitions
    }

    /// One folded event as stored in a checkpoint: its type, schema version and payload.
    struct StoredEntry: Codable {
        var type: String
        var schemaVersion: Int
        var payload: JSONValue
        var occurredAt: Date
        var position: Int64
        var id: UUID?

        init(_ entry: History.Entry) throws {
            type = Swift.type(of: entry.event).eventType
            schemaVersion = Swift.type(of: entry.event).schemaVersion
            payload = try CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(entry.event))
            occurredAt = entry.occurredAt
            position = entry.position
            id = entry.id
        }

        func entry() throws -> History.Entry {
            let decoded = try OfficeCatalog.registry.decodeStrictly(
                type: type, schemaVersion: schemaVersion, payload: CanonicalJSON.encode(payload))
            guard let event = decoded as? any OfficeEvent else {
                throw PayloadError(field: "type", reason: "is not an office event")
            }
            return History.Entry(event: event, occurredAt: occurredAt, position: position, id: id)
        }
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        for publication in try container.decode([HolidaysPublished].self, forKey: .holidays) {
            calendar.publish(publication)
        }
        for stream in try container.decode([[StoredEntry]].self, forKey: .petitions) {
            for stored in stream { fold(try stored.entry()) }
        }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(calendar.publicationEvents(), forKey: .holidays)
        try container.encode(all.map { try $0.entries.map(StoredEntry.init) }, forKey: .petitions)
    }
}
