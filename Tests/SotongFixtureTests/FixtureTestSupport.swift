import Foundation
import SotongCore
import SotongDomain
import SotongFixtures
import Testing

/// Where the committed fixtures and the holiday file are, found from this file's path.
enum FixturePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory = root.appendingPathComponent(FixtureGenerator.defaultDirectory)
    static let calendar = root.appendingPathComponent(FixtureGenerator.calendarPath)

    static func committed(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }
}

/// One event of the imported log, decoded, with its stream.
struct LoggedEntry: Sendable {
    let stream: StreamID
    let entry: History.Entry
    var occurredOn: LocalDate { LocalDate(entry.occurredAt) }
}

/// The committed fixture files imported into a fresh in-memory store, once for all golden tests.
struct ImportedFixture: Sendable {
    let store: InMemoryEventStore
    let planReport: ImportReport
    let yearReport: ImportReport
    let planLines: Int
    let yearLines: Int
    /// Every event, decoded, in log order.
    let log: [LoggedEntry]

    static let shared = Task { try await ImportedFixture.load() }

    static func load() async throws -> ImportedFixture {
        let plan = try FixturePaths.committed(FixtureGenerator.planFileName)
        let year = try FixturePaths.committed(FixtureGenerator.yearFileName)
        let store = InMemoryEventStore(clock: .fixed(RFC3339.date(from: "2019-02-01T00:00:00Z")!))
        let importer = Importer(store: store, keys: InMemorySubjectKeyStore())
        let planReport = try await importer.run(lines: plan)
        let yearReport = try await importer.run(lines: year)
        let log = try await store.readAll().collect().map { LoggedEntry(stream: $0.stream, entry: try OfficeCatalog.decode($0)) }
        return ImportedFixture(store: store, planReport: planReport, yearReport: yearReport,
                               planLines: lineCount(plan), yearLines: lineCount(year), log: log)
    }

    static func lineCount(_ data: Data) -> Int { data.count { $0 == UInt8(ascii: "\n") } }

    /// The events that happened on or before `date` (office time), in log order.
    func entries(through date: LocalDate) -> [History.Entry] {
        log.filter { $0.occurredOn <= date }.map(\.entry)
    }

    /// One stream's events that happened on or before `date`, oldest first.
    func stream(_ stream: StreamID, through date: LocalDate = LocalDate(year: 2999, month: 12, day: 31)!) -> [History.Entry] {
        log.filter { $0.stream == stream && $0.occurredOn <= date }.map(\.entry)
    }

    /// The streams whose name starts with `prefix`, each with its events up to `date`, in first-event order.
    func streams(prefix: String, through date: LocalDate) -> [(StreamID, [History.Entry])] {
        var order: [StreamID] = []
        var byStream: [StreamID: [History.Entry]] = [:]
        for logged in log where logged.stream.rawValue.hasPrefix(prefix) && logged.occurredOn <= date {
            if byStream[logged.stream] == nil { order.append(logged.stream) }
            byStream[logged.stream, default: []].append(logged.entry)
        }
        return order.map { ($0, byStream[$0]!) }
    }

    /// The holiday calendar as the log publishes it.
    var calendar: HolidayCalendar { HolidayCalendar(entries: stream(HolidaysPublished.calendarStream)) }
}

func day(_ text: String) -> LocalDate { try! LocalDate(text) }
