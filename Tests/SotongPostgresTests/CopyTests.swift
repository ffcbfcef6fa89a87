import Foundation
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongSQLite
import SotongTesting
import Testing

@Suite("sotong copy: a log moves between stores with every hash unchanged", .needsPostgres)
struct CopyTests {
    func sotong(_ arguments: [String]) async throws -> ChildOutput {
        let executable = try #require(TestProducts.executable("sotong"), "the sotong executable was not built")
        var environment = ProcessInfo.processInfo.environment
        environment["SOTONG_DB"] = nil
        return try await ChildProcesses.run(executable, arguments, environment: environment)
    }

    @Test func sqliteToPostgresAndBackGivesTheSameRowsAndHead() async throws {
        let folder = try TemporaryDirectory()
        let original = folder.path("original.sqlite")
        let source = try SQLiteEventStore(path: original, clock: SteppingClock(step: 0.25).storeClock)
        for round in 0..<12 {
            _ = try await source.append([
                StreamBatch(stream: StreamID("petition-\(round % 5)"), events: RichEvents.batch(3, from: round * 10), expected: .any),
                StreamBatch(stream: "office", events: RichEvents.batch(1, from: round * 10 + 5), expected: .any),
            ])
        }
        let scratch = try PostgresScratch(serverURL: try serverURL())
        let back = folder.path("back.sqlite")

        let toPostgres = try await sotong(["copy", "--from", "sqlite:\(original)", "--to", scratch.url, "--batch", "7"])
        #expect(toPostgres.status == 0, "\(toPostgres.stderr)")
        let toSQLite = try await sotong(["copy", "--from", scratch.url, "--to", back, "--batch", "500"])
        #expect(toSQLite.status == 0, "\(toSQLite.stderr)")
        let head = try await source.head()
        #expect(toPostgres.stdout == "copied 48 events; head 48 \(head.hash.hex)\n")
        #expect(toSQLite.stdout == toPostgres.stdout)

        let copy = try SQLiteEventStore(path: back, options: SQLiteStoreOptions(readOnly: true))
        let rows = try await source.readAll().collect()
        #expect(rows.count == 48)
        #expect(try await scratch.store.readAll().collect() == rows)
        #expect(try await copy.readAll().collect() == rows)
        #expect(try await scratch.store.head() == head)
        #expect(try await copy.head() == head)
        for location in ["sqlite:\(original)", scratch.url, back] {
            let verified = try await sotong(["verify", "--db", location])
            #expect(verified.status == 0, "\(verified.stderr)")
            #expect(verified.stdout == "OK 48 \(head.hash.hex)\n", "\(location)")
        }
        // SOTONG_DB takes a URL too.
        var environment = ProcessInfo.processInfo.environment
        environment["SOTONG_DB"] = scratch.url
        let log = try await ChildProcesses.run(try #require(TestProducts.executable("sotong")), ["log", "--limit", "2"],
                                               environment: environment)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.split(separator: "\n").count == 2)
        // Appending goes on from the copied head, on either store.
        let next = try await scratch.store.append(SampleEvents.batch(1, from: 900), to: "office", expecting: .any)
        #expect(next.firstPosition == 49)
        #expect(next.events[0].previousHash == head.hash)
        #expect(try await scratch.store.verify().isIntact)
    }

    @Test func copiesOnlyIntoAnEmptyStore() async throws {
        let folder = try TemporaryDirectory()
        let scratch = try PostgresScratch(serverURL: try serverURL())
        try await scratch.store.append(SampleEvents.batch(2), to: "a", expecting: .any)
        let source = try SQLiteEventStore(path: folder.path("source.sqlite"))
        try await source.append(SampleEvents.batch(2, from: 5), to: "b", expecting: .any)
        let refused = try await sotong(["copy", "--from", folder.path("source.sqlite"), "--to", scratch.url])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already holds 2 events"))
        #expect(try await scratch.store.head().position == 2)
    }

    /// A copy into PostgreSQL that stopped after some batches: `verify` says INCOMPLETE (exit 1), the
    /// same copy again resumes after the schema's last event, and then both verify alike.
    @Test func anUnfinishedCopyIntoPostgresIsReportedAndResumed() async throws {
        let folder = try TemporaryDirectory()
        let original = folder.path("original.sqlite")
        let source = try SQLiteEventStore(path: original, clock: SteppingClock(step: 0.25).storeClock)
        for round in 0..<10 {
            _ = try await source.append(RichEvents.batch(3, from: round * 10), to: StreamID("petition-\(round % 4)"), expecting: .any)
        }
        let head = try await source.head()
        let scratch = try PostgresScratch(serverURL: try serverURL())
        // As a copy killed after its second batch of seven leaves it.
        try await scratch.store.appendVerbatim(try await source.readPage(after: 0, limit: 7, types: nil), copying: head)
        try await scratch.store.appendVerbatim(try await source.readPage(after: 7, limit: 7, types: nil), copying: head)
        #expect(try await scratch.store.unfinishedCopy() == head)

        let incomplete = try await sotong(["verify", "--db", scratch.url])
        #expect(incomplete.status == 1)
        #expect(incomplete.stdout == "INCOMPLETE 14 of 30: an unfinished copy (sotong copy stopped before its last batch); "
            + "run the same sotong copy again to finish it\n")
        let resumed = try await sotong(["copy", "--from", original, "--to", scratch.url, "--batch", "7"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout == "resumed an unfinished copy after position 14\ncopied 30 events; head 30 \(head.hash.hex)\n")
        #expect(try await scratch.store.unfinishedCopy() == nil)
        #expect(try await scratch.store.readAll().collect() == source.readAll().collect())
        let verified = try await sotong(["verify", "--db", scratch.url])
        #expect(verified.status == 0)
        #expect(verified.stdout == "OK 30 \(head.hash.hex)\n")
    }

    @Test func aDamagedSourceStopsTheCopyAtTheFirstBrokenPosition() async throws {
        let scratch = try PostgresScratch(serverURL: try serverURL())
        for number in 0..<10 {
            try await scratch.store.append(SampleEvents.batch(1, from: number), to: "a", expecting: .any)
        }
        try await scratch.store.executeForTesting("DROP TRIGGER events_append_only ON {schema}.events")
        try await scratch.store.executeForTesting("UPDATE {schema}.events SET actor = 'intruder' WHERE position = 7")
        let folder = try TemporaryDirectory()
        let output = try await sotong(["copy", "--from", scratch.url, "--to", folder.path("copy.sqlite"), "--batch", "4"])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("BROKEN at position 7"))
        let copy = try SQLiteEventStore(path: folder.path("copy.sqlite"), options: SQLiteStoreOptions(readOnly: true))
        #expect(try await copy.head().position == 4)
        #expect(try await copy.verify().isIntact)
    }
}

/// The same command between two SQLite files: runs without a server.
@Suite("sotong copy between SQLite files") struct SQLiteCopyTests {
    @Test func copiesAFileIntoANewFileWithTheSameHead() async throws {
        let folder = try TemporaryDirectory()
        let source = try SQLiteEventStore(path: folder.path("a.sqlite"))
        _ = try await source.append(RichEvents.batch(9), to: "office", expecting: .noStream)
        let output = try await CopyTests().sotong(["copy", "--from", folder.path("a.sqlite"), "--to", "sqlite:\(folder.path("b.sqlite"))"])
        #expect(output.status == 0, "\(output.stderr)")
        let copy = try SQLiteEventStore(path: folder.path("b.sqlite"), options: SQLiteStoreOptions(readOnly: true))
        #expect(try await copy.readAll().collect() == source.readAll().collect())
        #expect(try await copy.head() == source.head())
        #expect(try await copy.verify().isIntact)
    }
}
