import SotongDomain

extension DistrictEquityProjection {
    /// What the equity table counts, per year and district (keyed by the district's code so that
    /// the same state saves to the same bytes), plus the advisory group for members serving.
    public struct State: Sendable, Equatable, Codable {
        /// Field communication days (현장소통의 날) per year, per district.
        var fieldDays: [Int: [String: Int]] = [:]
        /// One-day field petition offices (1일 현장민원실) per year, per district.
        var fieldOffices: [Int: [String: Int]] = [:]
        /// Direct petitions received (직소민원 접수) per year, per district.
        var petitions: [Int: [String: Int]] = [:]
        /// The latest field day or field office per district.
        var lastVisit: [String: LocalDate] = [:]
        /// The advisory group, for the members serving on the as-of date.
        var advisory = AdvisoryLedger()

        /// Folds one entry of the kinds the projection reads.
        mutating func apply(_ entry: History.Entry) {
            let date = LocalDate(entry.occurredAt)
            switch entry.event {
            case let day as FieldDayHeld:
                fieldDays[date.year, default: [:]][day.district.rawValue, default: 0] += 1
                visited(day.district, on: date)
            case let office as FieldOfficeHeld:
                fieldOffices[date.year, default: [:]][office.district.rawValue, default: 0] += 1
                visited(office.district, on: date)
            case let petition as PetitionReceived:
                petitions[date.year, default: [:]][petition.district.rawValue, default: 0] += 1
            default:
                advisory.apply(entry)
            }
        }

        private mutating func visited(_ district: District, on date: LocalDate) {
            if lastVisit[district.rawValue].map({ $0 < date }) ?? true { lastVisit[district.rawValue] = date }
        }

        /// Field days in `year` in `district`.
        func fieldDays(in year: Int, _ district: District) -> Int { fieldDays[year]?[district.rawValue] ?? 0 }
        /// Field offices in `year` in `district`.
        func fieldOffices(in year: Int, _ district: District) -> Int { fieldOffices[year]?[district.rawValue] ?? 0 }
        /// Petitions received in `year` about `district`.
        func petitions(in year: Int, _ district: District) -> Int { petitions[year]?[district.rawValue] ?? 0 }
    }
}
