import Foundation
import GRDB
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

@Suite("Opening a SQLite store") struct OpeningTests {
    func code(_ body: () throws -> Void) -> EventStoreError.Code? {
        do { try body(); return nil } catch let error as EventStoreError { return error.code } catch { return nil }
    }

    @Test func eventsSurviveReopening() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let first = try SQLiteEventStore(path: path)
        let stored = try await first.append(SampleEvents.batch(3), to: "a", expecting: .noStream)
        let id = try await first.storeID()
        let reopened = try SQLiteEventStore(path: path)
        #expect(try await reopened.readAll().collect() == stored.events)
        #expect(try await reopened.head().hash == stored.events[2].hash)
        #expect(try await reopened.storeID() == id)
        #expect(id.count == 32)
    }

    @Test func usesWALAndFullSynchronousByDefault() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let store = try SQLiteEventStore(path: path)
        try await store.append(SampleEvents.noted(1), to: "a", expecting: .any)
        let queue = try DatabaseQueue(path: path)
        #expect(try await queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try await queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0x534F_5447)
        // synchronous is per connection: read it through the store's own configuration.
        #expect(store.options.synchronous == .full)
        let normal = try SQLiteEventStore(path: path, options: .init(synchronous: .normal))
        #expect(normal.options.synchronous == .normal)
        #expect(try await store.integrityCheck() == ["ok"])
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("notes.txt")
        try Data("these are not the events you are looking for, not at all\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(code { _ = try SQLiteEventStore(path: path) } == .notAStore)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 57)
    }

    @Test func refusesAnotherSQLiteDatabase() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        #expect(code { _ = try SQLiteEventStore(path: path) } == .notAStore)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") } == 1)
    }

    @Test func refusesAStoreWrittenByANewerSchema() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("newer.sqlite")
        _ = try SQLiteEventStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        #expect(code { _ = try SQLiteEventStore(path: path) } == .newerSchema)
        #expect(code { _ = try SQLiteEventStore(path: path, options: .init(readOnly: true)) } == .newerSchema)
    }

    @Test func missingFilesAreCreatedOnlyWhenAllowed() throws {
        let folder = try TemporaryDirectory()
        #expect(code { _ = try SQLiteEventStore(path: folder.path("a.sqlite"), options: .init(readOnly: true)) } == .missing)
        #expect(code { _ = try SQLiteEventStore(path: folder.path("b.sqlite"), options: .init(createIfMissing: false)) } == .missing)
        #expect(!FileManager.default.fileExists(atPath: folder.path("a.sqlite")))
        #expect(code { _ = try SQLiteEventStore(path: folder.path("no/such/folder/c.sqlite")) } == .storage)
    }

    @Test func aDamagedFileGivesAClearError() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("damaged.sqlite")
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data(repeating: 0xAB, count: 8192))
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = code { _ = try SQLiteEventStore(path: path) }
        #expect(error == .notAStore || error == .corrupt)
    }
}
