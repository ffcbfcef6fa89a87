import Foundation
import SotongDomain

/// One step of a petition's life, as planned. Departments are indexes into
/// ``BenchVocabulary/departments``; dates are day indexes (``BenchDays``).
enum PetitionStep {
    case received(PetitionChannel)
    case assigned(department: UInt16)
    case consultation(UInt16, UInt16)
    case mayorMeeting
    case outreach(department: UInt16)
    case extensionGranted(newDueDay: Int32, consent: Bool)
    case notice(NoticeKind)
    case transferredToAgency
    case outcome(PetitionOutcome, reviewDay: Int32)
}

/// What a petition is, drawn from its key alone: the generator and the materialiser compute it
/// independently, so the queue need not carry it.
struct PetitionTraits {
    let key: Int64
    let kind: PetitionKind
    let district: Int
    let department: Int
    let subject: Int
    let name: (Int, Int)
    let phone: Int
    let address: (Int, Int)

    init(seed: UInt64, key: Int64) {
        self.key = key
        var random = BenchRandom(seed: BenchRandom.mix(seed ^ UInt64(bitPattern: key)))
        kind = [PetitionKind.grievance, .suggestion, .inquiry, .legalInquiry, .other][
            random.weighted([45, 20, 20, 5, 10])]
        district = random.below(BenchVocabulary.districts.count)
        department = random.below(BenchVocabulary.departments.count)
        subject = random.below(BenchVocabulary.subjects.count)
        name = (random.below(BenchVocabulary.surnames.count), random.below(BenchVocabulary.givenNames.count))
        phone = random.below(100_000_000)
        address = (random.below(BenchVocabulary.streets.count), random.within(1...300))
    }

    var petitionID: PetitionID {
        let number = String(key % 10_000_000)
        return PetitionID("\(key / 10_000_000)-\(String(repeating: "0", count: max(0, 7 - number.count)))\(number)")
    }
}

/// Plans the whole life of a petition at its receipt: every step with its time, in order, valid by
/// construction under the programme's rules (a notice of extension after the extension, a result
/// notice after an outcome, extensions within the statutory limits, …).
struct PetitionPlanner {
    let seed: UInt64

    /// The petition's steps, oldest first, each strictly later than the one before.
    func plan(key: Int64, channel: PetitionChannel, receivedAt t0: Int64, days: inout BenchDays)
        -> [(Int64, PetitionStep)]
    {
        let traits = PetitionTraits(seed: seed, key: key)
        var random = BenchRandom(seed: BenchRandom.mix(seed &+ UInt64(bitPattern: key) &* 31))
        let minute = BenchDays.minuteMilliseconds, hour = BenchDays.hourMilliseconds, day = BenchDays.dayMilliseconds
        var steps: [(Int64, PetitionStep)] = [(t0, .received(channel))]
        var t = t0
        func add(after gap: Int64, _ step: PetitionStep) {
            t = t + max(minute, gap)
            steps.append((t, step))
        }
        func add(at time: Int64, _ step: PetitionStep) {
            t = max(t + minute, time)
            steps.append((t, step))
        }
        let departments = BenchVocabulary.departments.count
        var department = traits.department
        func other(than current: Int) -> Int { (current + 1 + random.below(departments - 1)) % departments }

        if random.chance(90) { add(after: Int64(random.within(1...60)) * minute, .notice(.receipt)) }
        if random.chance(30) {
            department = other(than: department)
            add(after: Int64(random.within(10...240)) * minute, .assigned(department: UInt16(department)))
        }
        if random.chance(4) {
            add(after: Int64(random.within(20...60)) * hour,
                .consultation(UInt16(department), UInt16(other(than: department))))
        }
        if random.chance(1.5) { add(after: Int64(random.within(24...96)) * hour, .outreach(department: UInt16(department))) }
        if random.chance(0.5) { add(after: Int64(random.within(24...72)) * hour, .mayorMeeting) }
        if random.chance(3) {
            add(after: Int64(random.within(60...2_880)) * minute, .transferredToAgency)
            if random.chance(90) { add(after: Int64(random.within(10...120)) * minute, .notice(.result)) }
            return steps
        }

        let period = StatutoryDeadline.period(for: traits.kind)
        var answerBy: Int64
        if case .days(let length) = period {
            answerBy = t0 + Int64(length) * day
            if random.chance(7) {
                // Extended on the due day, by one to three working days: well within the original period.
                let due = StatutoryDeadline.dueDate(kind: traits.kind, receivedAt: BenchDays.date(t0),
                                                    calendar: days.calendar)
                var dueDay = LocalDate(due)
                for number in 0..<(random.chance(20) ? 2 : 1) {
                    var newDue = dueDay
                    for _ in 0..<random.within(1...3) { newDue = days.calendar.nextWorkingDay(after: newDue) }
                    add(at: BenchDays.start(of: days.dayIndex(of: dueDay)) + 10 * hour,
                        .extensionGranted(newDueDay: Int32(days.dayIndex(of: newDue)), consent: number > 0 || random.chance(50)))
                    add(after: Int64(random.within(30...90)) * minute, .notice(.extension))
                    dueDay = newDue
                }
                answerBy = BenchDays.start(of: days.dayIndex(of: dueDay)) + 17 * hour
            }
        } else {
            answerBy = t0 + 6 * hour
        }
        if random.chance(4) { add(after: Int64(random.within(12...36)) * hour, .notice(.progress)) }

        let span = Double(max(answerBy - t0, hour))
        let fraction = random.chance(8) ? 1.0 + Double(random.within(0...60)) / 100 : Double(random.within(10...100)) / 100
        add(at: t0 + Int64(span * fraction), .outcome(.completed, reviewDay: 0))
        let outcome = [PetitionOutcome.completed, .notPossible, .underReview][random.weighted([68, 25, 7])]
        if outcome == .underReview {
            let reviewDay = BenchDays.day(of: t) + random.within(7...21)
            steps[steps.count - 1].1 = .outcome(.underReview, reviewDay: Int32(reviewDay))
            if random.chance(50) { add(after: Int64(random.within(10...600)) * minute, .notice(.result)) }
            let final = random.chance(70) ? PetitionOutcome.completed : .notPossible
            add(at: BenchDays.start(of: reviewDay) + Int64(random.within(10...16)) * hour, .outcome(final, reviewDay: 0))
        } else {
            steps[steps.count - 1].1 = .outcome(outcome, reviewDay: 0)
        }
        if random.chance(92) { add(after: Int64(random.within(10...1_440)) * minute, .notice(.result)) }
        return steps
    }
}
