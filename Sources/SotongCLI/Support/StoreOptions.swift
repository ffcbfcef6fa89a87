import ArgumentParser
import Foundation
import SotongCore
import SotongSQLite

/// `--db`, shared by every command that opens a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store: a SQLite file path. Default: $SOTONG_DB, else ./sotong.sqlite.",
                                            valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["SOTONG_DB"] ?? "sotong.sqlite"
    }

    /// Opens the store; queries and audits open it read-only and never create it.
    func open(readOnly: Bool) throws -> SQLiteEventStore {
        try SQLiteEventStore(path: path, options: SQLiteStoreOptions(readOnly: readOnly, createIfMissing: !readOnly))
    }
}
