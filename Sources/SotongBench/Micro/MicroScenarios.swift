import Foundation
import GRDBSQLite
import SotongCore
import SotongDomain
import SotongSQLite

/// `micro`: each code-level optimisation of Docs/Performance.md measured before and after in one
/// run, on the events of the national log: the replaced code (``ReplacedCode``) against the current
/// code, over the same inputs. Lines `micro-<name>-before` and `micro-<name>-after`.
struct MicroScenarios {
    let workspace: BenchWorkspace

    func run(_ events: Int) async throws {
        let store = try await workspace.nationalLog(events: events, extra: workspace.command.newEvents)
        let sample = try await store.readAll(through: Int64(min(events, 200_000))).collect()
        let ids = sample.flatMap { [$0.id, $0.metadata.correlationID, $0.metadata.causationID].compactMap { $0 } }
        try await compare("uuid-text", ids.count, before: { ids.forEach { _ = ReplacedCode.uuidText($0) } },
                          after: { ids.forEach { _ = UUIDText.string($0) } })
        let texts = ids.map(UUIDText.string)
        try await compare("uuid-parse", texts.count, before: { texts.forEach { _ = ReplacedCode.parseUUID($0) } },
                          after: { texts.forEach { _ = UUIDText.parse($0) } })
        guard sample.allSatisfy({ ReplacedCode.hash($0) == $0.hash && ChainHasher.hash(of: $0, previous: $0.previousHash) == $0.hash })
        else { throw BenchError("a hash differs between the old and the new preimage") }
        try await compare("chain-hash", sample.count, before: { sample.forEach { _ = ReplacedCode.hash($0) } },
                          after: { sample.forEach { _ = ChainHasher.hash(of: $0, previous: $0.previousHash) } })
        let appended = sample.map { event in
            (EventData(id: event.id, type: event.type, schemaVersion: event.schemaVersion, payload: event.payload,
                       occurredAt: event.occurredAt, metadata: event.metadata), event.stream)
        }
        try await compare("validate", appended.count,
                          before: { appended.forEach { _ = ReplacedCode.validate($0.0, stream: $0.1) } },
                          after: { appended.forEach { _ = (try? $0.0.validate(index: 0)) != nil && $0.1.problem == nil } })
        let receipts = sample.filter { $0.type == PetitionReceived.eventType }.map(\.payload)
        try await compare("json-decoder", receipts.count,
                          before: { for payload in receipts { _ = try ReplacedCode.decode(PetitionReceived.self, from: payload) } },
                          after: { for payload in receipts { _ = try CanonicalJSON.decode(PetitionReceived.self, from: payload) } })
        let instants = sample.map(\.occurredAt)
        try await compare("local-date", instants.count,
                          before: { instants.forEach { _ = ReplacedCode.localDateStep($0) } },
                          after: { instants.forEach { instant in
                              let date = LocalDate(instant)
                              _ = (date.weekday, date.adding(days: 1).at(hour: 12))
                          } })
        try typedPages(store)
    }

    /// The petitions projection's page query over the whole log, the former SQL against the current.
    private func typedPages(_ store: SQLiteEventStore) throws {
        let sqlite = try RawSQLite(path: store.path, synchronous: workspace.command.durability.synchronous.rawValue)
        let types = ([PetitionReceived.self, PetitionAssigned.self, PetitionTransferred.self, PetitionOutcomeRecorded.self,
                      PetitionReopened.self, PetitionClosedAsRepeat.self, PetitionMayorMeetingHeld.self,
                      PetitionOutreachMeetingHeld.self] as [any OfficeEvent.Type]).map { $0.eventType }.sorted()
        let limit: Int32 = 1_000
        var before = Stopwatch(), after = Stopwatch()
        let rowsBefore = try before.measureSync {
            try sqlite.pages(ReplacedCode.typedPageSQL(types: types.count), limit: limit) { statement, position in
                sqlite3_bind_int64(statement, 1, position)
                for (index, type) in types.enumerated() { RawSQLite.bind(statement, Int32(index + 2), type) }
                sqlite3_bind_int64(statement, Int32(types.count + 2), Int64(limit))
            }
        }
        let rowsAfter = try after.measureSync {
            try sqlite.pages(ReplacedCode.currentTypedPageSQL(types: types.count), limit: limit) { statement, position in
                for (index, type) in types.enumerated() {
                    RawSQLite.bind(statement, Int32(3 * index + 1), type)
                    sqlite3_bind_int64(statement, Int32(3 * index + 2), position)
                    sqlite3_bind_int64(statement, Int32(3 * index + 3), Int64(limit))
                }
                sqlite3_bind_int64(statement, Int32(3 * types.count + 1), Int64(limit))
            }
        }
        guard rowsBefore == rowsAfter else { throw BenchError("the page queries read \(rowsBefore) and \(rowsAfter) rows") }
        BenchResult(mode: "micro-typed-pages-before", events: rowsBefore, seconds: before.seconds).print()
        BenchResult(mode: "micro-typed-pages-after", events: rowsAfter, seconds: after.seconds).print()
    }

    /// Times `before` and `after` alternately, three rounds each, and prints the totals.
    private func compare(_ name: String, _ count: Int, before: () throws -> Void, after: () throws -> Void) async throws {
        var old = Stopwatch(), new = Stopwatch()
        for _ in 0..<3 {
            try old.measureSync(before)
            try new.measureSync(after)
        }
        BenchResult(mode: "micro-\(name)-before", events: 3 * count, seconds: old.seconds).print()
        BenchResult(mode: "micro-\(name)-after", events: 3 * count, seconds: new.seconds).print()
    }
}

extension Stopwatch {
    /// Times synchronous work.
    mutating func measureSync<T>(_ body: () throws -> T) rethrows -> T {
        start()
        defer { stop() }
        return try body()
    }
}
