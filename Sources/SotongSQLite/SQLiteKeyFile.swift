public import Foundation
import GRDB
import SotongCore

/// The data subjects' keys in their own SQLite file, apart from the log (default `<log path>.keys`):
/// one table `subject_keys(subject TEXT PRIMARY KEY, key BLOB, created_at INTEGER)`, WAL mode,
/// `secure_delete=ON`, file mode 0600. It must be backed up separately from the log.
///
/// Erasing a subject deletes its row, then runs `VACUUM` and `PRAGMA wal_checkpoint(TRUNCATE)`, so
/// the key's bytes are left in neither the file nor its WAL. The type is domain-agnostic (subjects
/// are strings); the CLI adapts it to SotongDomain's `SubjectKeyStore`.
///
/// ```swift
/// let keys = try SQLiteKeyFile(path: "sotong.sqlite.keys")
/// let key = try keys.key(for: "subject-2018-0001", creating: true)   // 32 random bytes
/// try keys.destroyKey(of: "subject-2018-0001")
/// ```
public final class SQLiteKeyFile: Sendable {
    /// The file's path.
    public let path: String
    private let queue: DatabaseQueue

    /// Opens the key file, creating it (mode 0600) when `createIfMissing`.
    ///
    /// - Throws: ``EventStoreError`` `missing` when there is no file and none may be created;
    ///   `notAStore` for another kind of file; `storage`/`locked` when SQLite cannot open it.
    public init(path: String, createIfMissing: Bool = true) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !createIfMissing {
            throw EventStoreError(code: .missing, message: "there is no key file at \(path)")
        }
        if !exists {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw EventStoreError(code: .storage, message: "\(path) cannot be created (missing folder or no permission)")
            }
        }
        var configuration = Configuration()
        configuration.label = "sotong-keys"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS subject_keys (
                        subject TEXT PRIMARY KEY,
                        key BLOB NOT NULL CHECK (length(key) = 32),
                        created_at INTEGER NOT NULL
                    )
                    """)
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                throw EventStoreError(code: .notAStore, message: "\(path) is not a key file (not a SQLite database)")
            }
            throw EventStoreError.sqlite(error, path: path)
        }
    }

    /// The subject's key; with `creating`, a new random 32-byte key is stored when there is none.
    public func key(for subject: String, creating: Bool) throws -> Data? {
        try guarded {
            try queue.write { db in
                if let key = try Data.fetchOne(db, sql: "SELECT key FROM subject_keys WHERE subject = ?", arguments: [subject]) {
                    return key
                }
                guard creating else { return nil }
                var key = Data(count: 32)
                var generator = SystemRandomNumberGenerator()
                for index in key.indices { key[index] = UInt8.random(in: .min ... .max, using: &generator) }
                try db.execute(sql: "INSERT INTO subject_keys (subject, key, created_at) VALUES (?, ?, ?)",
                               arguments: [subject, key, Int64(Date().timeIntervalSince1970 * 1000)])
                return key
            }
        }
    }

    /// Keeps each given 32-byte key for its subject unless the subject already has one, in one
    /// transaction, and returns the key each subject has afterwards (another writer's, where it
    /// made one first).
    ///
    /// ```swift
    /// let kept = try keys.keep(["subject-2018-0042": newKey])
    /// ```
    public func keep(_ keys: [String: Data]) throws -> [String: Data] {
        guard !keys.isEmpty else { return [:] }
        return try guarded {
            try queue.write { db in
                let now = Int64(Date().timeIntervalSince1970 * 1000)
                var kept: [String: Data] = [:]
                for (subject, key) in keys.sorted(by: { $0.key < $1.key }) {
                    try db.execute(sql: "INSERT OR IGNORE INTO subject_keys (subject, key, created_at) VALUES (?, ?, ?)",
                                   arguments: [subject, key, now])
                    kept[subject] = try Data.fetchOne(
                        db, sql: "SELECT key FROM subject_keys WHERE subject = ?", arguments: [subject])
                }
                return kept
            }
        }
    }

    /// Destroys the subject's key: deletes the row (zeroed by `secure_delete`), then `VACUUM` and
    /// `wal_checkpoint(TRUNCATE)` so that no copy stays in the file or its WAL.
    public func destroyKey(of subject: String) throws {
        try guarded {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM subject_keys WHERE subject = ?", arguments: [subject])
            }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }

    /// The subjects that have a key, sorted.
    public func subjects() throws -> [String] {
        try guarded { try queue.read { db in try String.fetchAll(db, sql: "SELECT subject FROM subject_keys ORDER BY subject") } }
    }

    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw EventStoreError.sqlite(error, path: path) }
    }
}
