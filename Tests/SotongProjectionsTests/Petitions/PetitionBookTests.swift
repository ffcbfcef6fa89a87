import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// Seeded streams of every petition event (ids of the usual form and others, times out of order,
/// many notices, repeated extensions), folded into the compact book and checked against the
/// programme's own folds over the whole streams.
struct PetitionStreams {
    var entries: [History.Entry] = []
    var streams: [PetitionID: [History.Entry]] = [:]
    private var state: UInt64

    static let ids: [PetitionID] = ["2018-0001", "2018-0000042", "2019-7", "0001-0000000001", "x",
                                    "2018-12345678901", "field-2018-0003", "2018-0001-b", "2018-", "민원-2018-0005"]

    init(seed: UInt64, petitions: Int) {
        state = seed
        let start = try! LocalDate("2018-01-02").at(hour: 9)
        var position: Int64 = 0
        var ids = Self.ids
        for number in 0..<petitions { ids.append(PetitionID("2018-\(String(format: "%04d", 100 + number))")) }
        for (index, id) in ids.enumerated() {
            let receivedAt = start.addingTimeInterval(Double(index * 3_600 + Int(next() % 1_000)) + 0.125)
            add(receipt(id, index: index), at: receivedAt, position: &position)
            var moment = receivedAt
            for _ in 0..<Int(next() % 14) {
                // Mostly forward, sometimes back in time (a backdated record).
                let step = Double(Int(next() % (20 * 86_400))) - (next() % 7 == 0 ? 25 * 86_400 : 0) + 0.001
                moment = moment.addingTimeInterval(step)
                add(later(id), at: moment, position: &position)
            }
        }
        // A second receipt and an event of a petition never received: both ignored.
        add(receipt(Self.ids[0], index: 99), at: start.addingTimeInterval(86_400), position: &position)
        add(PetitionNoticeSent(petitionID: "2099-0001", medium: .sms, kind: .receipt), at: start, position: &position)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func add(_ event: any OfficeEvent, at moment: Date, position: inout Int64) {
        position += 1
        let entry = History.Entry(event: event, occurredAt: Timestamp.truncate(moment), position: position)
        entries.append(entry)
        if let received = event as? PetitionReceived {
            if streams[received.petitionID] == nil { streams[received.petitionID] = [entry] }
        } else if let id = streams.keys.first(where: { $0.stream == event.stream }) {
            streams[id]?.append(entry)
        }
    }

    private mutating func receipt(_ id: PetitionID, index: Int) -> PetitionReceived {
        PetitionReceived(petitionID: id, channel: PetitionChannel.allCases[Int(next() % 5)],
                         kind: PetitionKind.allCases[Int(next() % 5)], subject: "subject \(next() % 3)",
                         district: District.allCases[index % District.allCases.count],
                         department: DepartmentID("department-\(next() % 4)"),
                         petitioner: Petitioner(subject: SubjectID("subject-\(id)"), name: Personal("홍길순")))
    }

    private mutating func later(_ id: PetitionID) -> any OfficeEvent {
        let day = LocalDate(year: 2018, month: 1 + Int(next() % 12), day: 1 + Int(next() % 28))!
        switch next() % 13 {
        case 0: return PetitionAssigned(petitionID: id, department: DepartmentID("department-\(next() % 6)"))
        case 1: return PetitionTransferred(petitionID: id, toDepartment: next() % 2 == 0 ? "welfare" : nil,
                                           toAgency: next() % 2 == 0 ? "agency-\(next() % 2)" : nil)
        case 2: return PetitionExtensionGranted(petitionID: id, reason: "r", newDueDate: day, petitionerConsent: true)
        case 3, 4, 5: return PetitionNoticeSent(petitionID: id, medium: .sms, kind: NoticeKind.allCases[Int(next() % 4)])
        case 6: return PetitionOutcomeRecorded(petitionID: id, outcome: PetitionOutcome.allCases[Int(next() % 3)],
                                               reviewDate: next() % 2 == 0 ? day : nil)
        case 7: return PetitionReopened(petitionID: id, reason: "again")
        case 8: return PetitionClosedAsRepeat(petitionID: id, earlierPetitions: next() % 2 == 0 ? ["2017-0001"] : [])
        case 9: return PetitionConsultationHeld(petitionID: id, departments: ["a"], topic: "t")
        case 10: return PetitionMayorMeetingHeld(petitionID: id, with: .mayor)
        case 11: return PetitionOutreachMeetingHeld(petitionID: id, site: "s", department: "a")
        default: return PetitionCardUpdated(petitionID: id, note: "n")
        }
    }
}

@Suite("The compact petition book")
struct PetitionBookTests {
    static let seeds: [UInt64] = [1, 2, 3, 2018]

    @Test("each petition's state equals the programme's fold of its whole stream", arguments: seeds)
    func statesMatchTheProgrammeFold(seed: UInt64) throws {
        let streams = PetitionStreams(seed: seed, petitions: 30)
        var book = PetitionBook()
        for entry in streams.entries { book.fold(entry) }
        #expect(book.all.count == streams.streams.count)
        #expect(book.all.map(\.state.petitionID) == streams.streams.keys.sorted())
        for (id, stream) in streams.streams {
            #expect(book.petition(id)?.state == PetitionState(stream), "\(id)")
        }
        #expect(book.petition("2099-0001") == nil)
    }

    @Test("owed notices and since when, at dates before, during and after the streams", arguments: seeds)
    func noticesMatchTheProgrammeRules(seed: UInt64) throws {
        let streams = PetitionStreams(seed: seed, petitions: 30)
        let projection = NoticesOwedProjection()
        var book = projection.initialState()
        for entry in streams.entries { projection.apply(entry, to: &book) }
        for day in ["2018-01-01", "2018-01-20", "2018-02-10", "2018-03-15", "2018-06-30", "2019-12-31"] {
            let asOfDay = try LocalDate(day)
            let tables = projection.view(of: book, at: ProjectionMoment(asOf: asOfDay, position: 1))
            let asOf = asOfDay.adding(days: 1).startOfDay.addingTimeInterval(-0.001)
            var expected: [String] = []
            for id in streams.streams.keys.sorted() {
                let stream = streams.streams[id]!
                for kind in NoticesOwed.compute(stream, asOf: asOf) {
                    let since = Self.owedSince(kind, entries: stream, asOf: asOf)
                    expected.append("\(id.rawValue).\(kind.rawValue) \(LocalDate(since))")
                }
            }
            let detail = try #require(tables.first { $0.key == "notices-owed-detail" })
            let shown = detail.rows.map { row -> String in
                guard case .text(let since) = row.cells["since"] else { return row.key }
                return "\(row.key) \(since)"
            }
            #expect(shown == expected, "\(day)")
        }
    }

    @Test("a checkpoint restores the same book and saves to the same bytes", arguments: seeds)
    func checkpointsRoundTrip(seed: UInt64) throws {
        let streams = PetitionStreams(seed: seed, petitions: 30)
        for empty in [NoticesOwedProjection().initialState(), PetitionBook()] {
            var book = empty
            for entry in streams.entries.prefix(streams.entries.count / 2) { book.fold(entry) }
            let saved = try CanonicalJSON.encode(book)
            var restored = try CanonicalJSON.decode(PetitionBook.self, from: saved)
            #expect(try CanonicalJSON.encode(restored) == saved)
            #expect(!String(decoding: saved, as: UTF8.self).contains("홍길순"))
            for entry in streams.entries.dropFirst(streams.entries.count / 2) {
                book.fold(entry)
                restored.fold(entry)
            }
            #expect(try CanonicalJSON.encode(restored) == CanonicalJSON.encode(book))
            #expect(restored.all.map(\.state) == book.all.map(\.state))
            let moment = ProjectionMoment(asOf: try LocalDate("2018-03-15"), position: 1)
            #expect(NoticesOwedProjection().view(of: restored, at: moment)
                == NoticesOwedProjection().view(of: book, at: moment))
        }
    }

    /// The rule the notices projection applied before the book was compact, over the whole stream.
    static func owedSince(_ kind: NoticeKind, entries: [History.Entry], asOf: Date) -> Date {
        guard let receivedAt = entries.first?.occurredAt else { return asOf }
        var moments = Set(entries.map(\.occurredAt).filter { $0 <= asOf })
        let mark = receivedAt.addingTimeInterval(TimeInterval(NoticesOwed.progressAfterDays * 24 * 3600))
        if mark <= asOf { moments.insert(mark) }
        var since = asOf
        for moment in moments.sorted(by: >) {
            guard NoticesOwed.compute(entries, asOf: moment).contains(kind) else { break }
            since = moment
        }
        return since
    }
}
