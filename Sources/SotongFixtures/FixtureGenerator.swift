public import Foundation
import SotongCore
public import SotongDomain

/// The deterministic generator of the seed fixture logs in `Fixtures/incheon-2018/`: the office's
/// plan as of December 2017 and a simulated 2018, recorded event by event through ``Office`` (so every
/// rule is checked) and written as interchange JSON Lines. Every run on every machine gives the same
/// bytes: chance comes from a seeded SplitMix64, event ids from the same sequence, and both clocks are
/// fixed.
///
/// The files are input, like a paper form: petitioners' (invented) personal data is in plaintext.
/// The store the generator records into seals it (with an in-memory key store, random nonces), so
/// the lines are written from the generator's own typed events (``PlaintextLines``), not decrypted
/// from the store.
///
/// ```swift
/// let output = try await FixtureGenerator.generate(calendarFile: root.appending(path: "Fixtures/calendar/kr-public-holidays.json"))
/// try output.plan.write(to: directory.appending(path: FixtureGenerator.planFileName))
/// ```
public enum FixtureGenerator {
    /// The fixed seed of every draw.
    public static let seed: UInt64 = 0x5070_4E47_2018_1231
    /// The plan as of December 2017: positions 1…N of the log.
    public static let planFileName = "plan-2017.jsonl"
    /// Simulated 2018: positions N+1… of the log.
    public static let yearFileName = "year-2018.jsonl"
    /// Where the fixtures live, relative to the repository root.
    public static let defaultDirectory = "Fixtures/incheon-2018"
    /// The holiday file, relative to the repository root.
    public static let calendarPath = "Fixtures/calendar/kr-public-holidays.json"

    /// The two files' content and how many events each holds.
    public struct Output: Sendable {
        /// plan-2017.jsonl.
        public let plan: Data
        /// year-2018.jsonl.
        public let year: Data
        /// Events in the plan part (N).
        public let planEvents: Int
        /// Events in the year part.
        public let yearEvents: Int
    }

    /// Generates both files from the holiday file at `calendarFile`.
    public static func generate(calendarFile: URL) async throws -> Output {
        try await generate(calendar: loadCalendarFile(at: calendarFile))
    }

    /// Reads the holiday file (strictly: unknown members are refused).
    public static func loadCalendarFile(at url: URL) throws -> HolidayCalendarFile {
        try HolidayCalendarFile(data: Data(contentsOf: url))
    }

    /// Generates both files from a holiday file's content.
    public static func generate(calendar file: HolidayCalendarFile) async throws -> Output {
        let calendar = try HolidayCalendar(file: file)
        let clock = SettableClock(PlanFixture.recordedAt)
        let store = InMemoryEventStore(clock: clock.storeClock)
        let keys = InMemorySubjectKeyStore()
        let ids = SeededRandom(seed: seed, stream: "event-ids")

        let (planTimeline, petitions2017) = try PlanFixture(calendarFile: file, calendar: calendar, seed: seed).timeline()
        let planOffice = Office(store: store, clock: .fixed(PlanFixture.recordedAt), keys: keys)
        try await planTimeline.record(into: planOffice, random: ids)
        let planHead = await store.head().position

        clock.set(YearFixture.recordedAt)
        let yearTimeline = try YearFixture(calendar: calendar, seed: seed, petitions2017: petitions2017).timeline()
        let yearOffice = Office(store: store, clock: .fixed(YearFixture.recordedAt), keys: keys)
        try await yearTimeline.record(into: yearOffice, random: ids)
        let yearHead = await store.head().position

        let typed = planTimeline.ordered().map(\.event) + yearTimeline.ordered().map(\.event)
        let lines = try await PlaintextLines.write(store: store, events: typed)
        let plan = lines.prefix(Int(planHead)).reduce(into: Data()) { $0.append($1) }
        let year = lines.dropFirst(Int(planHead)).reduce(into: Data()) { $0.append($1) }
        return Output(plan: plan, year: year, planEvents: Int(planHead), yearEvents: Int(yearHead - planHead))
    }
}

/// The store's clock: 2018-01-10 while the plan part is recorded, 2019-01-10 for the year part, so
/// that every event's recorded-at follows its business time.
final class SettableClock: @unchecked Sendable {
    // @unchecked: `now` is only read and written under `lock`.
    private let lock = NSLock()
    private var now: Date

    init(_ now: Date) { self.now = now }

    func set(_ date: Date) { lock.withLock { now = date } }

    var storeClock: StoreClock { StoreClock { [self] in lock.withLock { now } } }
}
