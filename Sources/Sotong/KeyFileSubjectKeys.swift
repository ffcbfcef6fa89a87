import Foundation
import SotongSQLite

/// A SQLite key file (``SQLiteKeyFile``) as SotongDomain's ``SubjectKeyStore``, opened the first
/// time a key is needed: opening a store for reading never creates or touches the key file. Only
/// sealing creates a missing file; reading or erasing with a missing file fails rather than taking
/// every subject for erased.
final class KeyFileSubjectKeys: SubjectKeyStore, @unchecked Sendable {
    // @unchecked: `opened` is only read and written under `lock`.
    private let lock = NSLock()
    private var opened: SQLiteKeyFile?
    let path: String

    init(path: String) {
        self.path = path
    }

    private func file(create: Bool) throws -> SQLiteKeyFile {
        try lock.withLock {
            if let opened { return opened }
            let file = try SQLiteKeyFile(path: path, createIfMissing: create)
            opened = file
            return file
        }
    }

    func key(for subject: SubjectID, creating: Bool) throws -> Data? {
        try file(create: creating).key(for: subject.rawValue, creating: creating)
    }

    func keepKeys(_ keys: [SubjectID: Data]) throws -> [SubjectID: Data] {
        guard !keys.isEmpty else { return [:] }
        let kept = try file(create: true).keep(Dictionary(uniqueKeysWithValues: keys.map { ($0.key.rawValue, $0.value) }))
        return Dictionary(uniqueKeysWithValues: kept.map { (SubjectID(rawValue: $0.key), $0.value) })
    }

    func destroyKey(of subject: SubjectID) throws {
        try file(create: false).destroyKey(of: subject.rawValue)
    }
}
