import Foundation
import SotongCore
import SotongDomain

/// A checkpoint keeps the book as one compact object per petition (its folded fields, by petition id,
/// and, in the notices projection's book, the facts the notice rules read) and the calendar's
/// publications. The petitioner is not in the book, so not in the checkpoint either. The same book
/// always saves to the same bytes, whatever order it was folded or restored in.
extension PetitionBook: Codable {
    private enum CodingKeys: String, CodingKey {
        case holidays, noticeTrails, petitions
    }

    /// One petition as stored in a checkpoint; empty parts are left out.
    struct StoredPetition: Codable {
        var id: PetitionID
        var channel: PetitionChannel
        var kind: PetitionKind
        var subject: String
        var district: District
        /// Milliseconds since the Unix epoch, as the stores keep event times.
        var receivedAt: Int64
        var status: PetitionState.Status
        var department: String
        var agency: String?
        var extensions: [LocalDate]?
        var outcome: PetitionOutcome?
        var reviewDate: LocalDate?
        var answeredAt: Int64?
        var repeatOf: [PetitionID]?
        /// Non-zero counters by name (consultations, notices…).
        var counts: [String: Int]?
        /// The notice facts as pairs: milliseconds after the receipt, then the fact's code.
        var trail: [Int64]?
    }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(keepingNoticeTrails: try container.decodeIfPresent(Bool.self, forKey: .noticeTrails) ?? false)
        for publication in try container.decode([HolidaysPublished].self, forKey: .holidays) {
            calendar.publish(publication)
        }
        for stored in try container.decode([StoredPetition].self, forKey: .petitions) { try restore(stored) }
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(calendar.publicationEvents(), forKey: .holidays)
        if trails != nil { try container.encode(true, forKey: .noticeTrails) }
        try container.encode(sortedRows(records.indices.map(Int32.init)).map(stored), forKey: .petitions)
    }

    /// The petition in row `row` as a checkpoint stores it.
    private func stored(row: Int32) -> StoredPetition {
        let record = records[Int(row)], state = state(row: row)
        var counts: [String: Int] = [:]
        for counter in PetitionRecord.Counter.allCases {
            let count = extras.count(counter, of: record, row: row)
            if count > 0 { counts["\(counter)"] = count }
        }
        let trail = trails?.facts(row: Int(row)).flatMap { [$0.offset, Int64($0.fact.rawValue)] } ?? []
        return StoredPetition(
            id: state.petitionID, channel: state.channel, kind: state.kind, subject: state.subject,
            district: state.district, receivedAt: record.receivedAt, status: state.status,
            department: state.department.rawValue, agency: state.transferredToAgency,
            extensions: state.extensionDueDates.isEmpty ? nil : state.extensionDueDates, outcome: state.outcome,
            reviewDate: state.reviewDate, answeredAt: record.answeredAt == .min ? nil : record.answeredAt,
            repeatOf: state.repeatOf.isEmpty ? nil : state.repeatOf, counts: counts.isEmpty ? nil : counts,
            trail: trail.isEmpty ? nil : trail)
    }

    /// Adds a petition read from a checkpoint.
    private mutating func restore(_ stored: StoredPetition) throws {
        let key = PetitionKey(stored.id, strings: &strings)
        guard rows[key] == nil else { throw PayloadError(field: "petitions", reason: "holds \(stored.id) twice") }
        let row = Int32(records.count)
        let received = PetitionReceived(
            petitionID: stored.id, channel: stored.channel, kind: stored.kind, subject: stored.subject,
            district: stored.district, department: DepartmentID(stored.department),
            petitioner: Petitioner(subject: "withheld", name: Personal("")))
        var record = PetitionRecord(received, at: Timestamp.date(milliseconds: stored.receivedAt), key: key,
                                    strings: &strings)
        record.status = stored.status
        if let agency = stored.agency { extras.agency[row] = strings.intern(agency) }
        let extensions = stored.extensions ?? []
        record.lastExtension = CompactDay(extensions.last)
        if extensions.count > 1 { extras.earlierExtensions[row] = extensions.dropLast().map(CompactDay.init) }
        record.outcome = stored.outcome
        if let reviewDate = stored.reviewDate { extras.reviewDate[row] = CompactDay(reviewDate) }
        record.answeredAt = stored.answeredAt ?? .min
        if let repeatOf = stored.repeatOf { extras.repeatOf[row] = repeatOf }
        for counter in PetitionRecord.Counter.allCases {
            extras.set(counter, of: &record, row: row, to: stored.counts?["\(counter)"] ?? 0)
        }
        records.append(record)
        rows[key] = row
        if trails != nil {
            trails?.addRow()
            let trail = stored.trail ?? []
            guard trail.count % 2 == 0 else { throw PayloadError(field: "trail", reason: "is not in pairs") }
            for index in stride(from: 0, to: trail.count, by: 2) {
                guard let fact = UInt8(exactly: trail[index + 1]).flatMap(NoticesOwed.Fact.init(rawValue:)) else {
                    throw PayloadError(field: "trail", reason: "holds an unknown fact")
                }
                trails?.append(fact, offset: trail[index], row: Int(row))
            }
        }
    }
}
