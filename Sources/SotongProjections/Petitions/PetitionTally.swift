import Foundation
public import SotongDomain

/// Where a petition stands in the office's statistics (완료 / 불가 / 검토), with the standings the
/// plan's table does not print but that make its numbers add up.
///
/// ```swift
/// PetitionStanding(PetitionState(entries)!)   // .completed
/// ```
public enum PetitionStanding: String, CaseIterable, Sendable {
    /// 완료: the current handling's final outcome is completed.
    case completed
    /// 불가: the current handling's final outcome is not possible.
    case notPossible
    /// 검토: an under-review outcome, no final one yet.
    case underReview
    /// 처리중: no outcome in the current handling (never answered, or reopened without a new outcome).
    case open
    /// 이송: transferred to another agency.
    case transferred
    /// 반복민원 종결: closed as a repeat.
    case closedAsRepeat

    /// The standing of a petition, from the programme's fold.
    public init(_ state: PetitionState) {
        self.init(status: state.status, outcome: state.outcome)
    }

    /// The standing of a handling status and its outcome (the compact book keeps just these).
    init(status: PetitionState.Status, outcome: PetitionOutcome?) {
        switch status {
        case .open: self = .open
        case .underReview: self = .underReview
        case .answered: self = outcome == .notPossible ? .notPossible : .completed
        case .transferredOut: self = .transferred
        case .closedAsRepeat: self = .closedAsRepeat
        }
    }

    /// The column label.
    public var koreanLabel: String {
        switch self {
        case .completed: "완료"
        case .notPossible: "불가"
        case .underReview: "검토"
        case .open: "처리중"
        case .transferred: "이송"
        case .closedAsRepeat: "반복민원 종결"
        }
    }
}

/// Petitions counted by standing.
struct PetitionTally {
    private(set) var received = 0
    private var counts: [PetitionStanding: Int] = [:]

    mutating func add(_ standing: PetitionStanding) {
        received += 1
        counts[standing, default: 0] += 1
    }

    subscript(standing: PetitionStanding) -> Int { counts[standing] ?? 0 }

    /// The cells of the standings, keyed by the standing's raw value; 자료 없음 when `known` is false.
    func cells(known: Bool) -> [String: Cell] {
        var cells: [String: Cell] = [:]
        for standing in PetitionStanding.allCases {
            cells[standing.rawValue] = known ? .integer(self[standing]) : .noData
        }
        return cells
    }
}

/// Formats the dates the petition tables print.
enum PetitionText {
    /// `'17.11.30`, as the plan writes its reference dates.
    static func short(_ day: LocalDate) -> String {
        String(format: "'%02d.%02d.%02d", day.year % 100, day.month, day.day)
    }

    /// `2018-03-05`.
    static func day(_ instant: Date) -> String { LocalDate(instant).description }

    /// `2018-03-14 18:00`, office time.
    static func minute(_ instant: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = LocalDate.officeTimeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: instant)
    }

    /// The department as the tables show it (its id; the log holds no department names).
    static func department(_ id: DepartmentID) -> Cell { .text(id.rawValue) }
}
