import ArgumentParser
import SotongProjections

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one of the office's tables, now or as of a date or position.",
        discussion: """
            Projections: \(ProjectionCatalog.entries.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")).

            Tables use the plan's Korean labels and align Korean text; --format json and csv give the stable \
            shapes documented in Docs/Projections.md. Every view ends with its digest: two auditors who replay \
            the same log to the same moment get the same digest.

            `show petitioner --subject ID --purpose TEXT --actor A` prints a data subject's decrypted personal \
            data: it needs the key file (--keys) and records the access (who, when, subject, purpose) as an \
            event before printing; `show access-log` lists those records. Every other view opens the log \
            read-only and never the key file.

            Examples:
              sotong show roster --as-of 2017-12-31
              sotong show petitions --as-of 2017-11-30 --format json
              sotong show petitioner --subject subject-2018-0042 --purpose "결과 통지 발송" --actor staff:S-6333
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The projection, or petitioner.") var projection: String
    @OptionGroup var options: ProjectionOptions
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var keys: KeyStoreOptions
    @Option(help: "The data subject, for petitioner.") var subject: String?
    @Option(help: "Why personal data is read, for petitioner (required).") var purpose: String?
    @Option(help: "Who reads, for petitioner (default: $SOTONG_ACTOR).") var actor: String?

    func run() async throws {
        try await Failure.guarding {
            if projection == "petitioner" {
                return try await PetitionerReading(store: store, keys: keys, subject: subject, purpose: purpose,
                                                   actor: actor).run()
            }
            let made = try ProjectionCatalog.make(projection, options.parameters)
            let runner = ProjectionRunner(store: try store.open(readOnly: true))
            let result = try await runner.result(of: made, cutoff: options.cutoff)
            print(TableRenderer.render(result, as: format.rendererFormat), terminator: "")
        }
    }
}

/// The output formats of `show`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv

    var rendererFormat: TableRenderer.Format { TableRenderer.Format(rawValue: rawValue)! }
}

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "List the events behind one number of a table.",
        discussion: """
            Names the cell by the table, row and column keys that `show --format json` prints. Lists every \
            event after which that cell changed, in log order.

            Example:
              sotong explain petitions --table petition-status --row total --column completed --as-of 2017-11-30
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The projection.") var projection: String
    @Option(help: "The table key.") var table: String
    @Option(help: "The row key.") var row: String
    @Option(help: "The column key.") var column: String
    @OptionGroup var options: ProjectionOptions

    func run() async throws {
        try await Failure.guarding {
            let made = try ProjectionCatalog.make(projection, options.parameters)
            let runner = ProjectionRunner(store: try store.open(readOnly: true))
            let result = try await runner.result(of: made, cutoff: options.cutoff)
            guard let shown = result.table(table) else {
                throw ProjectionParameterError("\(projection) has no table '\(table)'; tables: "
                    + result.tables.map(\.key).joined(separator: ", "))
            }
            guard let cell = shown.cell(row: row, column: column) else {
                throw ProjectionParameterError("table '\(table)' has no cell at row '\(row)', column '\(column)'")
            }
            let events = try await runner.explain(cell: made, cutoff: options.cutoff, table: table, row: row, column: column)
            print("\(projection) \(table)[\(row)][\(column)] = \(cell) — \(events.count) event(s):")
            for event in events { print(EventLine.format(event)) }
        }
    }
}
