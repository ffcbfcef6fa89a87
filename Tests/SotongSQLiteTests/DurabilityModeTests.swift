import Foundation
import GRDB
import SotongCore
@testable import SotongSQLite
import SotongTesting
import Testing

/// The synchronous mode the options promise is the one the writer connection really uses. GRDB sets
/// `synchronous=NORMAL` while it puts a pool in WAL mode, after `prepareDatabase` has run: the
/// store used to report FULL and commit with NORMAL (found by sotong-bench's append-single, whose
/// commits were faster than a bare fsync allows; Docs/Performance.md).
@Suite("The durability mode") struct DurabilityModeTests {
    func writerMode(_ store: SQLiteEventStore) async throws -> Int? {
        try await store.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
    }

    @Test func theWriterCommitsWithTheChosenMode() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let store = try SQLiteEventStore(path: path)
        try await store.append(SampleEvents.noted(1), to: "a", expecting: .any)
        #expect(try await writerMode(store) == 2)   // FULL
        let normal = try SQLiteEventStore(path: path, options: .init(synchronous: .normal))
        #expect(try await writerMode(normal) == 1)   // NORMAL
        #expect(try await writerMode(store) == 2)
    }
}
