public import SotongDomain

extension MediationProjection {
    /// Where a conflict's mediation stands (결과).
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        /// 합의: the latest mediation concluded with an agreement.
        case agreed
        /// 결렬: the latest mediation concluded without an agreement.
        case broken
        /// 진행중: no mediation concluded yet, or a new one convened after the last conclusion.
        case ongoing

        /// The label in the table.
        public var koreanLabel: String {
            switch self {
            case .agreed: "합의"
            case .broken: "결렬"
            case .ongoing: "진행중"
            }
        }
    }

    /// One registered conflict case as the table shows it.
    public struct Case: Sendable, Equatable, Codable {
        /// The conflict's id.
        public let conflict: ConflictID
        /// Its title.
        public let title: String
        /// The responsible department.
        public let department: DepartmentID
        /// The level of the latest diagnosis (갈등진단), if diagnosed.
        public internal(set) var level: ConflictLevel?
        /// Whether a response plan (대응계획) was adopted.
        public internal(set) var planAdopted = false
        /// How many mediations (조정활동) were convened.
        public internal(set) var mediations = 0
        /// Whether a mediation council (갈등민원조정협의회) was formed.
        public internal(set) var councilFormed = false
        /// How many times the council met.
        public internal(set) var councilMeetings = 0
        /// Where the mediation stands.
        public internal(set) var outcome = Outcome.ongoing
    }

    /// The conflict cases in the order registered, and conflict-management trainings per year.
    public struct State: Sendable, Equatable, Codable {
        /// Registered cases, oldest first.
        public internal(set) var cases: [Case] = []
        /// Trainings held (`held`) and officials trained (`people`), per year.
        var trainings: [Int: CivicYearTally] = [:]

        /// Folds one conflict entry; events about an unregistered conflict are ignored.
        mutating func apply(_ entry: History.Entry) {
            switch entry.event {
            case let registered as ConflictRegistered where index(of: registered.conflict) == nil:
                cases.append(Case(conflict: registered.conflict, title: registered.title,
                                  department: registered.department))
            case let diagnosed as ConflictDiagnosed:
                update(diagnosed.conflict) { $0.level = diagnosed.level }
            case let plan as ConflictResponsePlanAdopted:
                update(plan.conflict) { $0.planAdopted = true }
            case let convened as ConflictMediationConvened:
                update(convened.conflict) { $0.mediations += 1; $0.outcome = .ongoing }
            case let concluded as ConflictMediationConcluded:
                update(concluded.conflict) { $0.outcome = concluded.agreed ? .agreed : .broken }
            case let formed as ConflictCouncilFormed:
                update(formed.conflict) { $0.councilFormed = true }
            case let met as ConflictCouncilMet:
                update(met.conflict) { $0.councilMeetings += 1 }
            case let training as ConflictTrainingHeld:
                trainings[CivicCells.year(of: entry), default: CivicYearTally()].held += 1
                trainings[CivicCells.year(of: entry), default: CivicYearTally()].people += training.participants
            default:
                break
            }
        }

        private func index(of conflict: ConflictID) -> Int? { cases.firstIndex { $0.conflict == conflict } }

        private mutating func update(_ conflict: ConflictID, _ change: (inout Case) -> Void) {
            if let index = index(of: conflict) { change(&cases[index]) }
        }
    }
}
