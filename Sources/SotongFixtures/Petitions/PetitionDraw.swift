import Foundation
import SotongDomain

/// Draws the ordinary facts of a petition — when, how, what kind, where, which department, who —
/// from the fixture's random sequence.
struct PetitionDraw {
    let time: OfficeTime
    let random: SeededRandom

    static let channelWeights: [(PetitionChannel, Int)] = [(.visit, 45), (.phone, 33), (.written, 22)]

    /// The kind a subject reads as: 건의 a suggestion, 문의 an inquiry (some needing legal
    /// interpretation), anything else a grievance or, now and then, a simple request answered at once (기타).
    func kind(of subject: String) -> PetitionKind {
        if subject.hasSuffix("건의") { return .suggestion }
        if subject.hasSuffix("문의") { return random.chance(0.3) ? .legalInquiry : .inquiry }
        return random.chance(0.12) ? .other : .grievance
    }

    /// `count` receipt instants on working days from `first` through `last`, sorted, the first on
    /// `first` and the last on `last` (before `lastTime` minutes after midnight).
    func receiptTimes(count: Int, from first: LocalDate, through last: LocalDate, lastTime: Int = 15 * 60) -> [Date] {
        let days = time.workingDays(from: first, through: last)
        var picked = [first, last]
        for _ in 2..<count { picked.append(random.pick(days)) }
        return picked.map { day in
            time.instant(on: day, from: 9 * 60 + 10, to: day == last ? lastTime : 17 * 60 + 20, random: random)
        }.sorted()
    }

    /// A petition received at `receivedAt` with the `number`-th id of `year`.
    func received(year: Int, number: Int, channel: PetitionChannel? = nil, kind: PetitionKind? = nil,
                  district: District? = nil, department: DepartmentID? = nil, subject: String? = nil,
                  petitioner: Petitioner? = nil) -> PetitionReceived {
        let id = PetitionID(String(format: "%04d-%04d", year, number))
        let district = district ?? random.pick(weighted: People.districtWeights)
        let department = Departments.named(department ?? random.pick(weighted: Departments.all.map { ($0.id, $0.weight) }))
        let channel = channel ?? random.pick(weighted: Self.channelWeights)
        let subject = subject ?? random.pick(department.subjects)
        return PetitionReceived(
            petitionID: id, channel: channel, kind: kind ?? self.kind(of: subject), subject: subject, district: district,
            department: department.id,
            petitioner: petitioner ?? People.petitioner(subject: SubjectID("subject-\(id.rawValue)"), district: district,
                                                        random: random))
    }

    /// Whether a kind is counted in days (7 or 14), which leaves room for meetings and extensions.
    static func isCountedInDays(_ kind: PetitionKind) -> Bool { kind != .other }
}
