import ArgumentParser

/// The `sotong` command: a thin layer over the library for staff and auditors.
@main
struct Sotong: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sotong",
        abstract: "The verifiable event log of Incheon's Communication Office (소통담당관실).",
        discussion: """
            Every fact about the office is an event in an append-only, hash-chained log. \
            The store is a SQLite file (--db, or the SOTONG_DB environment variable; default ./sotong.sqlite).

            Exit codes: 0 success; 1 the log failed verification; 2 bad usage or input; \
            3 the store could not be opened or written (missing, locked, not a store, disk full).
            """,
        subcommands: [
            DemoCommand.self, ShowCommand.self, ExplainCommand.self, ImportCommand.self, ExportCommand.self,
            RecordCommand.self, VerifyCommand.self, LogCommand.self, HistoryCommand.self, CatalogCommand.self,
        ]
    )
}
