import ArgumentParser
import Foundation
import SotongCore
import SotongDomain
import SotongProjections

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the annual direct-petition analysis report and casebook as one HTML file.",
        discussion: """
            Volume by type, channel, district and department; processing times; outcomes; recurring subjects; \
            indicator achievement; department scores; a casebook. Inline SVG charts, no external files; \
            petitioners' names masked.

            Example:
              sotong report --year 2018 --out report.html
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "The year reported on.") var year: Int
    @Option(help: "The HTML file to write.") var out: String

    func validate() throws {
        // Before the store is opened or any file written (AnnualReport.render refuses it too).
        guard LocalDate.supportedYears.contains(year) else {
            throw ValidationError("--year \(year) is outside the years Sotong's calendar covers "
                + "(\(LocalDate.supportedYears.lowerBound) to \(LocalDate.supportedYears.upperBound)); nothing was written")
        }
    }

    func run() async throws {
        try await Failure.guarding {
            let html = try await AnnualReport(store: try store.open(readOnly: true), year: year).render()
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch let error as CocoaError where error.code == .fileWriteOutOfSpace {
                throw EventStoreError(code: .storage, message: "the disk holding \(out) is full; nothing was written")
            } catch {
                throw ValidationError("cannot write \(out)")
            }
            print("wrote \(out) (\(html.utf8.count) bytes)")
        }
    }
}
