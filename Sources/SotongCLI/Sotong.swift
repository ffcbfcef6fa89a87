import ArgumentParser
import Foundation

/// The `sotong` command: a thin layer over the library for staff and auditors.
@main
struct Sotong: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sotong",
        abstract: "The verifiable event log of Incheon's Communication Office (소통담당관실).",
        discussion: """
            Every fact about the office is an event in an append-only, hash-chained log. \
            The store is a SQLite file or a PostgreSQL database (--db, or the SOTONG_DB environment variable: \
            a path, sqlite:PATH, or postgres://USER@HOST:PORT/DATABASE; default ./sotong.sqlite). \
            Petitioners' personal data is sealed with per-subject keys kept in a separate key file \
            (--keys, default <db>.keys), needed only by the commands that seal, open or erase it.

            Exit codes: 0 success; 1 the log failed verification; 2 bad usage or input; \
            3 the store could not be opened or written (missing, locked, not a store, disk full).
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, ShowCommand.self, ExplainCommand.self, ImportCommand.self, ExportCommand.self,
            RecordCommand.self, ReportCommand.self, VerifyCommand.self, LogCommand.self, HistoryCommand.self,
            CatalogCommand.self, KeygenCommand.self, CheckpointCommand.self, EraseCommand.self, RetentionCommand.self,
            CopyCommand.self, InitCommand.self,
        ]
    )

    /// Parses and runs, printing any error as one line on stderr with a documented exit code
    /// (argument-parser alone would print the usage block too).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            if !message.isEmpty { Terminal.error(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message) }
            // Bad usage is exit code 2, as documented (argument-parser would use 64).
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
