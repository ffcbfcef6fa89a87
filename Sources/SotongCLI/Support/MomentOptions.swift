import ArgumentParser
import SotongCore
import SotongDomain
import SotongProjections

/// `--as-of` / `--at-position` and the projection parameters, shared by `show`, `explain` and `export`.
struct ProjectionOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Show the office as of the end of this date (KST).",
                                                          valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Option(name: .customLong("at-position"), help: "Show the office as of this log position.")
    var atPosition: Int64?
    @Option(help: "The year, for projections that show one (scores, budget, equity).") var year: Int?
    @Option(help: "The half-year (1 or 2), for scores.") var half: Int?
    @Option(help: "The stream, for history.") var stream: String?
    @Option(help: ArgumentHelp("The first receipt date, for petitions.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("The last receipt date, for petitions.", valueName: "YYYY-MM-DD")) var to: String?

    func validate() throws {
        if asOf != nil, atPosition != nil { throw ValidationError("give --as-of or --at-position, not both") }
        if let atPosition, atPosition < 0 { throw ValidationError("--at-position must be 0 or more") }
        if let half, half != 1, half != 2 { throw ValidationError("--half must be 1 or 2") }
        for (name, value) in [("--as-of", asOf), ("--from", from), ("--to", to)] {
            if let value, (try? LocalDate(value)) == nil {
                throw ValidationError("\(name) '\(value)' is not a real date (YYYY-MM-DD)")
            }
        }
    }

    var cutoff: Cutoff {
        if let atPosition { return .position(atPosition) }
        if let asOf, let date = try? LocalDate(asOf) { return .date(date) }
        return .head
    }

    var parameters: ProjectionParameters {
        ProjectionParameters(year: year, half: half, stream: stream.map { StreamID($0) },
                             from: from.flatMap { try? LocalDate($0) }, to: to.flatMap { try? LocalDate($0) })
    }
}
