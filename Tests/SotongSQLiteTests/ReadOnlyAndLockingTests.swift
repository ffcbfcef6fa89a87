import Foundation
import GRDB
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

@Suite("Read-only mode, locks and the append-only schema") struct ReadOnlyAndLockingTests {
    @Test func aReadOnlyStoreReadsAndVerifiesButNeverWrites() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let writer = try SQLiteEventStore(path: path)
        try await writer.append(SampleEvents.batch(4), to: "a", expecting: .any)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try SQLiteEventStore(path: path, options: .init(readOnly: true))
        #expect(try await reader.readAll().collect().count == 4)
        #expect(try await reader.verify().isIntact)
        do {
            try await reader.append(SampleEvents.noted(5), to: "a", expecting: .any)
            Issue.record("a read-only store appended")
        } catch let error as EventStoreError {
            #expect(error.code == .readOnly)
        }
        #expect(try await writer.head().position == 4)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aLockHeldByAnotherConnectionGivesLockedAfterTheTimeout() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let store = try SQLiteEventStore(path: path, options: .init(busyTimeout: .milliseconds(200)))
        try await store.append(SampleEvents.noted(1), to: "a", expecting: .any)
        let other = try DatabaseQueue(path: path)
        try await other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            // Appending from the store now must wait, then fail cleanly.
            let semaphore = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var outcome: EventStoreError.Code?
            Task {
                do { try await store.append(SampleEvents.noted(2), to: "a", expecting: .any) } catch let error as EventStoreError {
                    outcome = error.code
                }
                semaphore.signal()
            }
            semaphore.wait()
            #expect(outcome == .locked)
        }
        #expect(try await store.head().position == 1)
        try await store.append(SampleEvents.noted(3), to: "a", expecting: .any)
        #expect(try await store.head().position == 2)
    }

    @Test func triggersRefuseUpdatesAndDeletes() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let store = try SQLiteEventStore(path: path)
        try await store.append(SampleEvents.batch(2), to: "a", expecting: .any)
        let queue = try DatabaseQueue(path: path)
        for sql in ["UPDATE events SET actor = 'x' WHERE position = 1", "DELETE FROM events WHERE position = 2"] {
            do {
                try await queue.write { try $0.execute(sql: sql) }
                Issue.record("the schema allowed: \(sql)")
            } catch let error as DatabaseError {
                #expect(error.message?.contains("append-only") == true)
            }
        }
        #expect(try await store.verify().isIntact)
    }

    @Test func anUnreadableRowIsReportedAtItsPosition() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let store = try SQLiteEventStore(path: path)
        try await store.append(SampleEvents.batch(6), to: "a", expecting: .any)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER events_append_only_update")
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            // Same UUID, other spelling: a re-serialising verifier would miss this edit.
            try db.execute(sql: "UPDATE events SET event_id = upper(event_id) WHERE position = 4")
        }
        let report = try await store.verify(pageSize: 100)
        #expect(report.failure == .init(position: 4, reason: .unreadable))
        #expect(report.eventsChecked == 3)
    }
}
