import Foundation
import GRDB
public import SotongCore

/// The embedded store: one SQLite file in WAL mode, `synchronous=FULL` by default, each append in
/// a `BEGIN IMMEDIATE` transaction, so several processes can append to one file safely.
///
/// ```swift
/// let store = try SQLiteEventStore(path: "sotong.sqlite")
/// try await store.append(event, to: "notes", expecting: .any)
/// let report = try await store.verify()
/// ```
public final class SQLiteEventStore: IdentifiedStore {
    /// The file's path.
    public let path: String
    /// The options it was opened with.
    public let options: SQLiteStoreOptions
    let pool: DatabasePool
    let clock: StoreClock

    /// Opens (or creates) a store.
    ///
    /// - Throws: ``EventStoreError`` — `missing` when there is no file and none may be created,
    ///   `notAStore` for another kind of file, `newerSchema` for a file written by a newer Sotong,
    ///   `locked`, `corrupt` or `storage` when SQLite cannot open it.
    public init(path: String, options: SQLiteStoreOptions = .init(), clock: StoreClock = .system) throws {
        self.path = path
        self.options = options
        self.clock = clock
        try Self.checkFile(at: path, options: options)
        var configuration = Configuration()
        configuration.readonly = options.readOnly
        configuration.label = "sotong"
        configuration.busyMode = .timeout(Self.seconds(options.busyTimeout))
        let synchronous = options.synchronous.rawValue
        let readOnly = options.readOnly
        configuration.prepareDatabase { db in
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = \(synchronous)") }
        }
        do {
            pool = try Self.openPool(path, configuration, busyTimeout: options.busyTimeout)
            if !readOnly {
                // GRDB switches the writer to synchronous=NORMAL when it sets up WAL mode, after
                // prepareDatabase ran: set the chosen mode again on the (one, lasting) writer connection.
                try pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
                    try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKibibytes)")
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.walAutocheckpointPages)")
                }
            }
            try Self.prepareSchema(pool, path: path, readOnly: options.readOnly)
        } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }

    /// The writer's page cache: 128 MiB (SQLite's default is 2 MiB). Every append updates two indexes
    /// at random places (event ids are random; streams interleave); with the default cache each such
    /// page was read back from the file system again and again once the indexes outgrew 2 MiB, and
    /// appends slowed to a fifth by a million events (Docs/Performance.md). Memory is taken only as
    /// pages are read. Readers keep the default.
    package static let writerCacheKibibytes = 131_072

    /// WAL pages before an automatic checkpoint: 10,000 (about 40 MB; SQLite's default is 1,000).
    /// A batch that touches index pages at random dirties more than 1,000 pages, so the default
    /// checkpointed after every commit; batching checkpoints writes a page touched by several
    /// commits once.
    package static let walAutocheckpointPages = 10_000

    /// Refuses files that are missing (when they may not be created) or are not SQLite at all,
    /// before SQLite gets to touch them.
    private static func checkFile(at path: String, options: SQLiteStoreOptions) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else {
            if options.readOnly || !options.createIfMissing {
                throw EventStoreError(code: .missing, message: "there is no Sotong store at \(path)")
            }
            return
        }
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw EventStoreError(code: .notAStore, message: "\(path) is a folder, not a Sotong store")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw EventStoreError(code: .storage, message: "\(path) cannot be read (no permission)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 72)) ?? Data()
        if !header.isEmpty, !header.starts(with: Data("SQLite format 3\0".utf8)) {
            throw EventStoreError(code: .notAStore, message: "\(path) is not a Sotong store (not a SQLite database)")
        }
        // A SQLite file not marked as a Sotong store (application id "SOTG" at byte 68) is identified
        // read-only first: opening it for writing would switch someone else's database to WAL mode.
        if header.count == 72, header[68..<72] != Data("SOTG".utf8) {
            var configuration = Configuration()
            configuration.readonly = true
            let identity = try? DatabaseQueue(path: path, configuration: configuration).read { try SQLiteSchema.identify($0) }
            if identity == .foreign {
                throw EventStoreError(code: .notAStore, message: "\(path) is a SQLite database, but not a Sotong store")
            }
        }
    }

    private static func prepareSchema(_ pool: DatabasePool, path: String, readOnly: Bool) throws {
        let check = { (db: Database) throws in
            switch try SQLiteSchema.identify(db) {
            case .foreign:
                throw EventStoreError(code: .notAStore, message: "\(path) is a SQLite database, but not a Sotong store")
            case .empty where readOnly:
                throw EventStoreError(code: .missing, message: "there is no Sotong store at \(path) (the file is empty)")
            case .empty, .sotong:
                let applied = try SQLiteSchema.migrator.appliedIdentifiers(db)
                if !applied.isSubset(of: SQLiteSchema.knownMigrations) {
                    throw EventStoreError(code: .newerSchema,
                        message: "\(path) was written by a newer Sotong (schema \(applied.sorted().last ?? "?")); upgrade Sotong to open it")
                }
                if readOnly, applied != SQLiteSchema.knownMigrations {
                    throw EventStoreError(code: .readOnly,
                        message: "\(path) uses an older schema; open it once for writing to upgrade it")
                }
            }
        }
        if readOnly {
            try pool.read(check)
        } else {
            // One transaction for the check and the migrations: another process opening the same
            // new file waits, then finds it complete.
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try check(db)
                    try SQLiteSchema.migrate(db)
                    return .commit
                }
            }
        }
    }

    /// Opens the pool, which turns a new file to WAL mode. Several processes creating one file at
    /// once make SQLite refuse that switch at once (SQLITE_BUSY, without waiting for the busy
    /// timeout): try again, within the busy timeout.
    private static func openPool(_ path: String, _ configuration: Configuration, busyTimeout: Duration) throws
        -> DatabasePool
    {
        let deadline = ContinuousClock.now + busyTimeout
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: .random(in: 0.005...0.05))
            }
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    /// Runs a read, mapping SQLite failures to store errors.
    func reading<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await pool.read(body) } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }

    /// A stable identifier of this store, created with the file (the origin line of checkpoints).
    public func storeID() async throws -> String {
        try await reading { db in
            try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'store_id'") ?? ""
        }
    }

    /// Copies the WAL into the main file (`PRAGMA wal_checkpoint(TRUNCATE)`).
    public func checkpointWAL() async throws {
        guard !options.readOnly else { return }
        do {
            try await pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch let error as DatabaseError {
            throw EventStoreError.sqlite(error, path: path)
        }
    }

    /// Runs SQLite's own integrity check; returns its messages ("ok" when intact).
    public func integrityCheck() async throws -> [String] {
        try await reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}

extension SQLiteEventStore {
    /// Removes the `-wal` and `-shm` files of the store at `path` when no connection uses them and
    /// the write-ahead log holds nothing, by opening one plain read-write connection (which writes
    /// nothing) and closing it: SQLite deletes them when the last connection closes. A read-only
    /// connection creates them to read a WAL database and leaves them behind; a command that only
    /// checked the store and then refused leaves the folder as it found it this way. While another
    /// connection is open SQLite keeps them, and so does this.
    package static func removeUnusedSideFiles(at path: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var configuration = Configuration()
        configuration.label = "sotong-tidy"
        _ = try? DatabaseQueue(path: path, configuration: configuration).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM chain_head")
        }
    }
}
