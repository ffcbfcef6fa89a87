import Foundation
import GRDB
import SotongCore
import SotongSQLite
import Testing

/// A full disk is named as one, however SQLite reports it: `SQLITE_FULL`, or an I/O error (the
/// system's ENOSPC while growing the -shm file or syncing) on a file system with no space left.
/// The file-system half is simulated here by the free-space answer; EnvironmentFaultTests fills a
/// real tmpfs where it may mount one.
@Suite("A full disk is one clear error") struct DiskFullTests {
    static let path = "/srv/sotong/office.sqlite"
    static let full = EventStoreError(code: .storage, message: "the disk holding \(path) is full; nothing was written")

    @Test func sqliteFullIsAFullDisk() {
        let error = EventStoreError.sqlite(DatabaseError(resultCode: .SQLITE_FULL), path: Self.path, freeBytes: { _ in 1 << 30 })
        #expect(error == Self.full)
    }

    /// SQLITE_IOERR and its extended codes for a write, a sync, a truncation and growing the -shm.
    @Test(arguments: [10, 778, 1034, 1546, 4874] as [Int32])
    func anIOErrorWithNoSpaceLeftIsAFullDisk(code: Int32) {
        var asked: [String] = []
        let error = EventStoreError.sqlite(DatabaseError(resultCode: ResultCode(rawValue: code)), path: Self.path,
                                           freeBytes: { asked.append($0); return 0 })
        #expect(error == Self.full)
        #expect(asked == [Self.path])
        let nearly = EventStoreError.sqlite(DatabaseError(resultCode: ResultCode(rawValue: code)), path: Self.path,
                                            freeBytes: { _ in EventStoreError.nearlyFull - 1 })
        #expect(nearly == Self.full)
    }

    @Test func anIOErrorWithSpaceLeftOrUnknownStaysAnIOError() {
        let io = EventStoreError(code: .storage, message: "input/output error on \(Self.path); nothing was written")
        #expect(EventStoreError.sqlite(DatabaseError(resultCode: .SQLITE_IOERR), path: Self.path,
                                       freeBytes: { _ in EventStoreError.nearlyFull }) == io)
        #expect(EventStoreError.sqlite(DatabaseError(resultCode: .SQLITE_IOERR), path: Self.path, freeBytes: { _ in nil }) == io)
    }

    /// The real answer: the free bytes of the file system holding a file, or its folder when the
    /// file does not exist yet.
    @Test func freeBytesAreReadFromTheFileSystem() throws {
        let folder = FileManager.default.temporaryDirectory.path
        let free = try #require(EventStoreError.freeBytes(near: folder + "/no-such-file-\(UUID()).sqlite"))
        #expect(free > 0)
        #expect(EventStoreError.freeBytes(near: "/no-such-folder-\(UUID())/x.sqlite") == nil)
    }
}
