import ArgumentParser
import Foundation
import SotongCore
import SotongDomain
import SotongPostgres
import SotongSQLite

/// `--db`, shared by every command that opens a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("""
        The store: a SQLite file (PATH or sqlite:PATH) or a PostgreSQL URL \
        (postgres://USER@HOST:PORT/DATABASE[?schema=NAME]). Default: $SOTONG_DB, else ./sotong.sqlite.
        """, valueName: "location"))
    var db: String?

    /// Where the store is, as given (a path, `sqlite:PATH` or a PostgreSQL URL).
    var location: String {
        db ?? ProcessInfo.processInfo.environment["SOTONG_DB"] ?? "sotong.sqlite"
    }

    /// The path the default key file is named after (`<path>.keys`): the SQLite file, or
    /// `sotong-postgres` in the current folder for a PostgreSQL store (pass `--keys` there).
    var path: String {
        if PostgresLocation.isURL(location) { return "sotong-postgres" }
        return location.hasPrefix("sqlite:") ? String(location.dropFirst("sqlite:".count)) : location
    }

    /// The identity of an opened store (the origin of its checkpoints).
    func storeID(of store: any EventStore) async throws -> String {
        guard let identified = store as? any IdentifiedStore else {
            throw EventStoreError(code: .notAStore, message: "\(location) has no store identity to sign")
        }
        return try await identified.storeID()
    }

    /// Runs a write (`import`, `record`) the way that leaves the store and the key file untouched
    /// unless something is appended: the rules read the store read-only (an empty log when there
    /// is no store yet), and `body` opens it for writing, creating it, only to append. Opening a
    /// SQLite store for writing alone writes to it (GRDB starts the write-ahead log), so a refused
    /// write must not open it.
    func write<Result>(
        keys: KeyStoreOptions, readOnlyView: Bool = true,
        _ body: (any EventStore, any SubjectKeyStore, @escaping @Sendable () async throws -> any EventStore)
            async throws -> Result
    ) async throws -> Result {
        let location = location
        if PostgresLocation.isURL(location) || !readOnlyView {
            // A database has no file to keep untouched, and `record` reads the store it writes to:
            // a read-only SQLite connection beside writers of other processes lost commits in a
            // test of 24 parallel records (the -shm file it creates races with the writers' own).
            let store = try open(readOnly: false)
            return try await body(store, try keys.open(forStore: path, create: true)) { store }
        }
        // The read-only view may leave SQLite's empty -wal and -shm files behind. They are not
        // removed: deleting them while another process opens the store loses that process's
        // commits (seen with parallel `record`s), so only SQLite itself removes them.
        func run() async throws -> Result {
            let view: any EventStore
            do {
                view = try open(readOnly: true)
            } catch let error as EventStoreError where error.code == .missing {
                view = InMemoryEventStore()
            }
            return try await body(view, try keys.open(forStore: path, create: true)) {
                try StoreLocation.open(location, readOnly: false)
            }
        }
        return try await run()
    }

    /// Opens the store; queries and audits open it read-only and never create it.
    func open(readOnly: Bool) throws -> any EventStore {
        try StoreLocation.open(location, readOnly: readOnly)
    }
}

/// Opens a store named by a location string: a PostgreSQL URL (`postgres://…`, `postgresql://…`),
/// `sqlite:PATH`, or a plain SQLite path.
enum StoreLocation {
    static func open(_ location: String, readOnly: Bool) throws -> any EventStore {
        if PostgresLocation.isURL(location) {
            return try PostgresEventStore(
                url: location, options: PostgresStoreOptions(readOnly: readOnly, createIfMissing: !readOnly))
        }
        return try SQLiteEventStore(path: sqlitePath(location),
                                    options: SQLiteStoreOptions(readOnly: readOnly, createIfMissing: !readOnly))
    }

    /// The file of a SQLite location.
    static func sqlitePath(_ location: String) -> String {
        location.hasPrefix("sqlite:") ? String(location.dropFirst("sqlite:".count)) : location
    }

    /// Runs `body` on the store opened read-only, for a check before anything is written, and leaves
    /// no trace of it: SQLite's read-only connections create a store's `-wal` and `-shm` files and
    /// leave them behind, so those that were not there before are removed again (when no other
    /// connection uses them). A refused command then creates no file.
    static func checking<T>(_ location: String, _ body: (any EventStore) async throws -> T) async throws -> T {
        let tidy = sideFileTidier(location)
        func check() async throws -> T {
            let store = try open(location, readOnly: true)
            do {
                let result = try await body(store)
                await close(store)
                return result
            } catch {
                await close(store)
                throw error
            }
        }
        defer { tidy() }
        return try await check()
    }

    /// What removes the `-wal` and `-shm` files of a SQLite location that are not there now, once the
    /// store opened read-only is closed (released); nothing for PostgreSQL.
    static func sideFileTidier(_ location: String) -> () -> Void {
        guard !PostgresLocation.isURL(location) else { return {} }
        let path = sqlitePath(location)
        guard ["-wal", "-shm"].contains(where: { !FileManager.default.fileExists(atPath: path + $0) }) else { return {} }
        return { SQLiteEventStore.removeUnusedSideFiles(at: path) }
    }
}
