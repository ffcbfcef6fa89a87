import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

@Suite("The subjects' key file") struct KeyFileTests {
    /// Every byte of the file and its WAL.
    static func bytes(_ path: String) -> Data {
        ["", "-wal", "-shm"].reduce(into: Data()) { all, suffix in
            all.append(FileManager.default.contents(atPath: path + suffix) ?? Data())
        }
    }

    @Test func keysAreMadeOnFirstUseKeptAndPrivate() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite.keys")
        #expect(throws: EventStoreError.self) { try SQLiteKeyFile(path: path, createIfMissing: false) }
        let keys = try SQLiteKeyFile(path: path)
        #expect(try keys.key(for: "subject-1", creating: false) == nil)
        let key = try #require(try keys.key(for: "subject-1", creating: true))
        #expect(key.count == 32)
        #expect(try keys.key(for: "subject-1", creating: true) == key)
        #expect(try SQLiteKeyFile(path: path).key(for: "subject-1", creating: false) == key)
        #expect(try keys.key(for: "subject-2", creating: true) != key)
        #expect(try keys.subjects() == ["subject-1", "subject-2"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let notes = folder.path("notes.txt")
        try Data("not a database, only notes written by hand, long enough".utf8).write(to: URL(fileURLWithPath: notes))
        #expect(throws: EventStoreError.self) { try SQLiteKeyFile(path: notes) }
    }

    @Test func destroyingAKeyLeavesNoCopyInTheFileOrItsWAL() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite.keys")
        let keys = try SQLiteKeyFile(path: path)
        let erased = try #require(try keys.key(for: "subject-erased", creating: true))
        let kept = try #require(try keys.key(for: "subject-kept", creating: true))
        #expect(Self.bytes(path).range(of: erased) != nil, "the search must be able to find a key")
        try keys.destroyKey(of: "subject-erased")
        #expect(try keys.key(for: "subject-erased", creating: false) == nil)
        #expect(Self.bytes(path).range(of: erased) == nil, "the destroyed key is still in the file or its WAL")
        #expect(Self.bytes(path).range(of: Data("subject-erased".utf8)) == nil)
        #expect(try keys.key(for: "subject-kept", creating: false) == kept)
    }
}
