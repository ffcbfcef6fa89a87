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

    /// Opens the key file; commands that only read or erase never create it.
    func open(forStore storePath: String, create: Bool) throws -> SQLiteSubjectKeys {
        SQLiteSubjectKeys(file: try SQLiteKeyFile(path: path(forStore: storePath), createIfMissing: create))
    }
}

/// The SQLite key file as SotongDomain's key store.
struct SQLiteSubjectKeys: SubjectKeyStore {
    let file: SQLiteKeyFile

    func key(for subject: SubjectID, creating: Bool) throws -> Data? {
        try file.key(for: subject.rawValue, creating: creating)
    }

    func destroyKey(of subject: SubjectID) throws {
        try file.destroyKey(of: subject.rawValue)
    }
}
