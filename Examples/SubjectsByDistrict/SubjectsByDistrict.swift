import ArgumentParser
import Sotong

/// `subjects-by-district`: a city tool with a projection of its own, registered from outside the
/// Sotong package and printed as of two dates.
@main
struct SubjectsByDistrict: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subjects-by-district",
        abstract: "Recurring petition subjects per district, as of each date given.",
        discussion: """
            Opens the store read-only (no key file: the projection reads no personal data), registers \
            the tool's own projection under the name subjects-by-district, and prints it as of the end \
            of each --as-of date (default: 2017-12-31 and 2018-12-31).

            Example:
              subjects-by-district --db sotong-demo.sqlite --as-of 2018-06-30 --as-of 2018-12-31
            """)

    @Option(name: .long, help: ArgumentHelp("The store: a SQLite file path.", valueName: "path"))
    var db = "sotong.sqlite"

    @Option(name: .customLong("as-of"), help: ArgumentHelp("An office date (YYYY-MM-DD); repeat for more.",
                                                            valueName: "date"))
    var dates: [String] = ["2017-12-31", "2018-12-31"]

    @Option(name: .long, help: "How many petitions make a subject recurring.")
    var minimum = 3

    func run() async throws {
        let asOf = try dates.map { try LocalDate($0) }
        var store = try await SotongStore.open(.sqlite(path: db, readOnly: true), keys: .none)
        let minimum = minimum
        try store.projections.register(name: SubjectsByDistrictProjection.name,
                                       summary: "recurring petition subjects per district") { _ in
            SubjectsByDistrictProjection(minimum: minimum)
        }
        for (index, date) in asOf.enumerated() {
            let result = try await store.projection(named: SubjectsByDistrictProjection.name, cutoff: .date(date))
            print((index > 0 ? "\n" : "") + TableRenderer.text(result), terminator: "")
        }
    }
}
