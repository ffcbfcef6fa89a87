import Foundation
package import GRDB
package import SotongCore

extension EventStoreError {
    /// Maps a SQLite failure to a store error that says what happened, without SQL arguments
    /// (they could hold personal data).
    ///
    /// A full disk is reported as full whether SQLite says so (`SQLITE_FULL`) or only sees the
    /// system's `ENOSPC` as an I/O error (`SQLITE_IOERR`: growing the `-shm` file, syncing, or with
    /// no byte free at all): an I/O error while the file system holding the file has less than
    /// ``nearlyFull`` bytes left is taken for a full disk. `freeBytes` answers how many bytes the
    /// file system holding a path has free (`nil`: unknown); tests pass their own.
    package static func sqlite(
        _ error: DatabaseError, path: String, freeBytes: (String) -> UInt64? = EventStoreError.freeBytes(near:)
    ) -> EventStoreError {
        let code = error.resultCode
        switch code {
        case .SQLITE_NOTADB:
            return EventStoreError(code: .notAStore, message: "\(path) is not a Sotong store (not a SQLite database)")
        case .SQLITE_CORRUPT:
            return EventStoreError(code: .corrupt, message: "\(path) is damaged (SQLite reports corruption)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return EventStoreError(code: .locked, message: "\(path) is locked by another process; try again later")
        case .SQLITE_FULL:
            return diskFull(path)
        case .SQLITE_IOERR where freeBytes(path).map { $0 < nearlyFull } ?? false:
            return diskFull(path)
        case .SQLITE_READONLY:
            return EventStoreError(code: .storage,
                                   message: "\(path) cannot be written (read-only file or file system); nothing was written")
        case .SQLITE_CANTOPEN where FileManager.default.fileExists(atPath: path)
            && !FileManager.default.isWritableFile(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path):
            // The file is there, but SQLite cannot create its -wal and -shm files beside it.
            return EventStoreError(code: .storage, message: "\(path) cannot be opened: its folder is read-only "
                + "(a read-only file system, or no permission) and SQLite needs its -wal and -shm files there; nothing was written")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return EventStoreError(code: .storage, message: "\(path) cannot be opened (missing folder or no permission)")
        case .SQLITE_IOERR:
            return EventStoreError(code: .storage, message: "input/output error on \(path); nothing was written")
        default:
            return EventStoreError(code: .storage, message: "SQLite error on \(path): \(code)")
        }
    }

    /// The one message of a full disk.
    package static func diskFull(_ path: String) -> EventStoreError {
        EventStoreError(code: .storage, message: "the disk holding \(path) is full; nothing was written")
    }

    /// Below this many free bytes (1 MiB), an I/O error is taken for a full disk.
    package static let nearlyFull: UInt64 = 1 << 20

    /// The bytes free to an unprivileged writer on the file system holding `path` (its folder when
    /// the file does not exist yet); `nil` when the system does not say.
    package static func freeBytes(near path: String) -> UInt64? {
        var info = statvfs()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        for candidate in [path, folder] where statvfs(candidate, &info) == 0 {
            return UInt64(info.f_bavail) * UInt64(info.f_frsize)
        }
        return nil
    }
}
