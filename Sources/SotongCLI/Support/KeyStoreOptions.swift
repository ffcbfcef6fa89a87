import ArgumentParser
import Foundation
import SotongDomain
import SotongSQLite

/// `--keys`, for the commands that seal or open personal data (record, import, erase, show petitioner).
/// Audit commands never take it and never open the key file.
struct KeyStoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The data subjects' key file (back it up apart from the log). Default: $SOTONG_KEYS, else <db>.keys.",
        valueName: "path"))
    var keys: String?

    func path(forStore storePath: String) -> String {
        keys ?? ProcessInfo.processInfo.environment["SOTONG_KEYS"] ?? storePath + ".keys"
    }

    /// The key file. For sealing (`create`), opened on first use: a command that meets no personal
    /// data never touches it. Commands that open or erase need it to exist, and open it at once, so
    /// that they fail before recording anything.
    func open(forStore storePath: String, create: Bool) throws -> SQLiteSubjectKeys {
        let path = path(forStore: storePath)
        return create ? SQLiteSubjectKeys(path: path, create: true)
            : SQLiteSubjectKeys(file: try SQLiteKeyFile(path: path, createIfMissing: false))
    }
}

/// The SQLite key file as SotongDomain's key store, opened the first time a key is needed.
final class SQLiteSubjectKeys: SubjectKeyStore, @unchecked Sendable {
    // @unchecked: `opened` is only read and written under `lock`.
    private let lock = NSLock()
    private var opened: SQLiteKeyFile?
    let path: String
    let create: Bool

    init(path: String, create: Bool) {
        self.path = path
        self.create = create
    }

    convenience init(file: SQLiteKeyFile) {
        self.init(path: file.path, create: false)
        opened = file
    }

    private func file() throws -> SQLiteKeyFile {
        try lock.withLock {
            if let opened { return opened }
            let file = try SQLiteKeyFile(path: path, createIfMissing: create)
            opened = file
            return file
        }
    }

    func key(for subject: SubjectID, creating: Bool) throws -> Data? {
        // Looking a key up never creates the file: a write stages its new keys and saves them with
        // `keepKeys` only once it appends.
        if !creating, lock.withLock({ opened == nil }), !FileManager.default.fileExists(atPath: path) { return nil }
        return try file().key(for: subject.rawValue, creating: creating)
    }

    func keepKeys(_ keys: [SubjectID: Data]) throws -> [SubjectID: Data] {
        guard !keys.isEmpty else { return [:] }
        let kept = try file().keep(Dictionary(uniqueKeysWithValues: keys.map { ($0.key.rawValue, $0.value) }))
        return Dictionary(uniqueKeysWithValues: kept.map { (SubjectID(rawValue: $0.key), $0.value) })
    }

    func destroyKey(of subject: SubjectID) throws {
        try file().destroyKey(of: subject.rawValue)
    }
}
