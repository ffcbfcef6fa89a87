import Foundation
import GRDB
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

/// Events are bound and read through SQLite's C API (Docs/Performance.md): every value must come
/// back exactly as appended, and a column edited into a value no append writes must be reported
/// as unreadable at its position, as before.
@Suite("Columns bound and read through SQLite's C API") struct ColumnBindingTests {
    @Test func everyValueComesBackAsAppended() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteEventStore(path: folder.path("log.sqlite"))
        let metadata = [
            EventMetadata(actor: "민원인 담당 김주무관", correlationID: UUID(), causationID: UUID(), reason: "민원 처리에 관한 법률 제27조"),
            EventMetadata(actor: "test:clerk", correlationID: nil, causationID: nil, reason: nil),
            EventMetadata(actor: "e\u{301}mile ✉︎", correlationID: UUID(), causationID: nil, reason: ""),
        ]
        var events: [EventData] = []
        for (index, meta) in metadata.enumerated() {
            let payload = Data(#"{"text":"\#(String(repeating: "가", count: index * 300))"}"#.utf8)
            events.append(EventData(type: "sample.noted", schemaVersion: index + 1, payload: payload,
                                    occurredAt: SampleEvents.baseTime.addingTimeInterval(Double(index)), metadata: meta))
        }
        events.append(EventData(id: UUID(), type: "sample.noted", payload: Data(#"{}"#.utf8),
                                occurredAt: SampleEvents.baseTime, metadata: metadata[1]))
        let appended = try await store.append(events, to: "s-1", expecting: .noStream)
        #expect(appended.events.map(\.id) == events.map(\.id))
        #expect(appended.events.map(\.metadata) == events.map(\.metadata))
        #expect(appended.events.map(\.payload) == events.map(\.payload))
        #expect(try await store.readStream("s-1", from: 1, direction: .forwards, limit: 100) == appended.events)
        #expect(try await store.readPage(after: 0, limit: 100, types: nil) == appended.events)
        #expect(try await store.readPage(after: 0, limit: 100, types: ["sample.noted"]) == appended.events)
        for event in appended.events { #expect(try await store.event(id: event.id) == event) }
        #expect(try await store.verify().isIntact)
        // A retry of the same call finds the stored events (the lookups read through the same path).
        let retried = try await store.append(events, to: "s-1", expecting: .noStream)
        #expect(retried.wasAlreadyStored && retried.events == appended.events)
    }

    @Test(arguments: [
        "UPDATE events SET stream_version = 'two' WHERE position = 3",
        "UPDATE events SET occurred_at = 1.5 WHERE position = 3",
        "UPDATE events SET hash = x'00' WHERE position = 3",
        "UPDATE events SET correlation_id = 'not-an-id' WHERE position = 3",
    ])
    func aColumnEditedIntoAnImpossibleValueIsUnreadableAtItsPosition(edit: String) async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("log.sqlite")
        let store = try SQLiteEventStore(path: path)
        try await store.append(SampleEvents.batch(5), to: "a", expecting: .any)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER events_append_only_update")
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: edit)
        }
        let report = try await store.verify(pageSize: 2)
        #expect(report.failure == .init(position: 3, reason: .unreadable), "\(edit)")
        #expect(report.eventsChecked == 2)
        await #expect(throws: EventStoreError.self) { try await store.readPage(after: 0, limit: 10, types: nil) }
    }
}
