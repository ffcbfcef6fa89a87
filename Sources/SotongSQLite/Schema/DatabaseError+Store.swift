import Foundation
import GRDB
import SotongCore

extension EventStoreError {
    /// Maps a SQLite failure to a store error that says what happened, without SQL arguments
    /// (they could hold personal data).
    static func sqlite(_ error: DatabaseError, path: String) -> EventStoreError {
        let code = error.resultCode
        switch code {
        case .SQLITE_NOTADB:
            return EventStoreError(code: .notAStore, message: "\(path) is not a Sotong store (not a SQLite database)")
        case .SQLITE_CORRUPT:
            return EventStoreError(code: .corrupt, message: "\(path) is damaged (SQLite reports corruption)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return EventStoreError(code: .locked, message: "\(path) is locked by another process; try again later")
        case .SQLITE_FULL:
            return EventStoreError(code: .storage, message: "the disk holding \(path) is full; nothing was written")
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
}
