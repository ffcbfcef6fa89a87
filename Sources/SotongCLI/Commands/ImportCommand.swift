import ArgumentParser
import SotongProjections
import Foundation
import SotongCore
import SotongDomain
import SotongSQLite

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Append events from a JSON Lines file, all or nothing.",
        discussion: """
            Every line is checked against the event catalog and the office's rules, seeing the lines before it. \
            If any line is bad, each bad line is reported on stderr as `line N: field: reason`, nothing is \
            appended, and the exit code is 2. Lines already stored with identical content are skipped, so \
            importing a file twice is harmless. Format: Docs/Interchange.md.

            Examples:
              sotong import Fixtures/incheon-2018/plan-2017.jsonl
              cat events.jsonl | sotong import -
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var keys: KeyStoreOptions
    @Argument(help: "The file, or - for standard input.") var file: String
    @Flag(help: "Check every line; append nothing.") var dryRun = false

    func run() async throws {
        try await Failure.guarding {
            var reader: LineReader
            var descriptor: Int32 = -1
            if file == "-" {
                reader = LineReader(fileDescriptor: STDIN_FILENO)
            } else {
                descriptor = open(file, O_RDONLY)
                guard descriptor >= 0 else {
                    throw ValidationError("cannot read \(file): \(String(cString: strerror(errno)))")
                }
                reader = LineReader(fileDescriptor: descriptor)
            }
            defer { if descriptor >= 0 { close(descriptor) } }
            let report = try await store.write(keys: keys) { view, keyStore, writer in
                try await Importer(store: view, keys: keyStore).run(
                    reading: &reader, dryRun: dryRun, writer: writer,
                    progress: { lines in Terminal.progress("checking line \(lines)") })
            }
            Terminal.endProgress()
            for problem in report.problems { Terminal.error(problem.description) }
            if !report.problems.isEmpty {
                Terminal.error("\(report.problems.count) bad line(s); nothing was appended")
                throw ExitCode(2)
            }
            let verb = dryRun ? "would append" : "appended"
            print("\(verb) \(report.appended), already stored \(report.alreadyStored), blank \(report.blank)")
        }
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the log as JSON Lines, or a projection as CSV.",
        discussion: """
            --format jsonl writes every event in position order (importing it into an empty store gives the \
            same events); personal fields stay sealed (`sotong:sealed:v1:…`), useless without the key file, \
            which export never opens. --format csv writes the projection named by --projection.

            Examples:
              sotong export --format jsonl > backup.jsonl
              sotong export --format csv --projection roster --as-of 2017-12-31 > roster.csv
            """)

    enum Format: String, ExpressibleByArgument { case jsonl, csv }

    @OptionGroup var store: StoreOptions
    @Option(help: "jsonl or csv.") var format: Format = .jsonl
    @Option(help: "The projection, for csv.") var projection: String?
    @OptionGroup var options: ProjectionOptions

    func run() async throws {
        try await Failure.guarding {
            let opened = try store.open(readOnly: true)
            switch format {
            case .jsonl:
                let through: Int64? = if case .position(let position) = options.cutoff { position } else { nil }
                try await Exporter(store: opened).write(through: through) { FileHandle.standardOutput.write($0) }
            case .csv:
                guard let projection else { throw ValidationError("--format csv needs --projection") }
                let made = try SotongProjections.ProjectionCatalog.make(projection, options.parameters)
                let result = try await SotongProjections.ProjectionRunner(store: opened).result(of: made, cutoff: options.cutoff)
                print(SotongProjections.TableRenderer.csv(result), terminator: "")
            }
        }
    }
}
