import SotongDomain

/// The synthetic national-scale log: an endless, deterministic, time-ordered sequence of the
/// office's events from 2018-01-01, at a rate of `perYear` events a year (10 million by default,
/// the order of Korea's e-People petition system).
///
/// Petitions dominate (each with its notices, routing, extensions and outcomes, about 4.4 events);
/// the office's programmes add a few thousand events a year (field days, field offices, network
/// meetings, academy sessions, trainings, tours, forums, the evaluation). Every event is valid under
/// the office's rules by construction (tests replay a prefix through ``WriteSession``).
///
/// Memory stays bounded however long the log: only the planned steps of petitions still open are
/// queued (about two weeks of arrivals). The sequence is the same for every length, so a log of
/// 1,000,000 events is the first million of the 10,000,000-event log.
struct NationalLog: IteratorProtocol {
    /// Events per petition, on average, measured over the first million events of seed 1.
    static let eventsPerPetition = 4.3
    /// The share of a working day's petitions that arrive on a weekend or holiday (online only).
    static let offDayShare = 0.25

    let seed: UInt64
    private let petitionsPerWorkingDay: Double
    private var days = BenchDays()
    private var queue = PlanQueue()
    private var plannedThrough = -1
    private var order: UInt64 = 1
    private var carry = 0.0
    private var petitionNumbers: [Int: Int] = [:]
    private let petitions: PetitionPlanner
    private let office: OfficePlanner

    init(seed: UInt64 = 1, perYear: Int = 10_000_000) {
        self.seed = seed
        // About 249 working days and 116 days off a year.
        petitionsPerWorkingDay = Double(perYear) / Self.eventsPerPetition / (249 + 116 * Self.offDayShare)
        petitions = PetitionPlanner(seed: seed)
        office = OfficePlanner(seed: seed)
    }

    /// The next planned event, in time order.
    mutating func next() -> PlannedEvent? {
        while queue.first.map({ $0.time >= BenchDays.start(of: plannedThrough + 1) }) ?? true {
            plan(day: plannedThrough + 1)
            plannedThrough += 1
        }
        return queue.pop()
    }

    /// Skips events cheaply (nothing is encoded), to continue a log that is already stored.
    mutating func skip(_ count: Int) {
        for _ in 0..<count { _ = next() }
    }

    private mutating func push(_ time: Int64, _ item: PlanItem) {
        queue.push(PlannedEvent(time: time, order: order, item: item))
        order += 1
    }

    private mutating func plan(day: Int) {
        let start = BenchDays.start(of: day)
        let working = days.isWorkingDay(day)
        let year = days.localDate(day).year
        var random = BenchRandom(seed: BenchRandom.mix(seed ^ 0xDA7 ^ UInt64(day) << 20))
        for (time, item) in office.plan(day: day, days: &days) { push(time, .office(item)) }
        carry += petitionsPerWorkingDay * (working ? 1 : Self.offDayShare)
        let arrivals = Int(carry)
        carry -= Double(arrivals)
        var receipts: [(Int64, PetitionChannel)] = []
        receipts.reserveCapacity(arrivals)
        for _ in 0..<arrivals {
            let channel = working
                ? [PetitionChannel.online, .phone, .visit, .written, .oneDayFieldOffice][random.weighted([35, 25, 20, 12, 8])]
                : .online
            let offset = channel == .online
                ? Int64(random.below(Int(BenchDays.dayMilliseconds)))
                : 9 * BenchDays.hourMilliseconds + Int64(random.below(Int(9 * BenchDays.hourMilliseconds)))
            receipts.append((start + offset, channel))
        }
        // Numbers follow the order of receipt within the year, as a register's would.
        receipts.sort { $0.0 < $1.0 }
        for (receivedAt, channel) in receipts {
            let number = petitionNumbers[year, default: 0] + 1
            petitionNumbers[year] = number
            let key = Int64(year) * 10_000_000 + Int64(number)
            for (time, step) in petitions.plan(key: key, channel: channel, receivedAt: receivedAt, days: &days) {
                push(time, .petition(key: key, step: step))
            }
        }
    }
}
