import Foundation
import Sotong
import SotongTesting
import Testing

/// The notice dispatcher, run as a process: killed mid-run and restarted, every owed notice is sent
/// at least once and recorded exactly once.
@Suite struct NoticeDispatcherTests {
    static let now = "2018-05-01T10:00:00+09:00"

    @Test func killedMidRunAndRestartedItSendsEveryNoticeAndRecordsEachOnce() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-dispatcher")
        let db = folder.path("office.sqlite")
        let store = try await BusyOffice.make(at: db, petitions: 60)
        let instant = try #require(RFC3339.date(from: Self.now))
        let owed = try await BusyOffice.owed(in: store, petitions: 60, at: instant)
        #expect(owed.count == 120)
        let sentFile = folder.path("sent.txt")
        let arguments = ["--db", db, "--checkpoint", folder.path("dispatcher.checkpoint"), "--sender", "file:" + sentFile,
                         "--now", Self.now, "--once"]
        let executable = try Examples.executable("notice-dispatcher")

        let first = try RunningProcess(executable, arguments + ["--pace-ms", "30"], outputIn: folder, name: "first")
        let deadline = ContinuousClock.now + .seconds(120)
        while Self.lines(sentFile).count < 20, first.process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        first.kill()
        #expect(first.process.terminationReason == .uncaughtSignal, "it ended before the kill: \(first.errors)")
        let recordedAtKill = try await Self.recorded(in: store)
        #expect(!recordedAtKill.isEmpty && recordedAtKill.count < owed.count,
                "the kill should land mid-run: \(recordedAtKill.count) of \(owed.count) recorded")

        let second = try RunningProcess(executable, arguments, outputIn: folder, name: "second")
        #expect(try await second.wait() == 0, "\(second.errors)")

        let recorded = try await Self.recorded(in: store)
        let recordedPairs = recorded.map { Pair(petition: $0.petitionID, kind: $0.kind) }
        #expect(Set(recordedPairs) == owed, "every owed notice is recorded")
        #expect(recordedPairs.count == owed.count, "no notice is recorded twice")
        let sent = Self.lines(sentFile).map { line in
            let fields = line.split(separator: " ")
            return Pair(petition: PetitionID(String(fields[1])), kind: NoticeKind(rawValue: String(fields[2]))!)
        }
        #expect(Set(sent) == owed, "every owed notice is sent at least once, and nothing else")
        #expect(sent.count >= owed.count)
        #expect(try await BusyOffice.owed(in: store, petitions: 60, at: instant).isEmpty, "nothing is owed any more")

        // A third run finds nothing to do: nothing sent, nothing recorded.
        let third = try ProcessRunner.run(executable, arguments)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.contains("sent 0,"), "\(third.stderr)")
        #expect(try await Self.recorded(in: store).count == owed.count)
        #expect(Self.lines(sentFile).count == sent.count)
    }

    @Test func onTheSeedFixturesItSendsWhatTheNoticesProjectionListsReadingPhonesOnlyWhenAsked() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-dispatcher-fixtures")
        let db = folder.path("fixtures.sqlite")
        let store = try await Examples.fixtureStore(at: db)
        let asOf = try LocalDate("2019-01-15")
        let projected = try await store.projection(NoticesOwedProjection(), cutoff: .date(asOf))
        let listed = try #require(projected.table("notices-owed-detail")).rows.map(\.key)
        #expect(listed.count == 5)
        let executable = try Examples.executable("notice-dispatcher")
        let arguments = ["--db", db, "--checkpoint", folder.path("checkpoint"), "--now", "2019-01-15T09:00:00+09:00",
                         "--once"]

        let output = try ProcessRunner.run(executable, arguments + ["--read-phone"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.map { "\($0.split(separator: " ")[1]).\($0.split(separator: " ")[2])" } == listed)
        #expect(lines.allSatisfy { $0.split(separator: " ")[3].hasPrefix("010-") }, "the phone numbers were read")
        let accesses = try await store.fold(AccessLogProjection())
        #expect(accesses.count == 5)
        #expect(accesses.allSatisfy { $0.access.accessedBy == "tool:notice-dispatcher"
            && $0.access.purpose.hasPrefix("민원 처리 통지 발송") })

        let after = try await store.projection(NoticesOwedProjection(), cutoff: .date(asOf))
        #expect(after.table("notices-owed")?.cell(row: "total", column: "count") == .integer(0))
        let again = try ProcessRunner.run(executable, arguments)
        #expect(again.status == 0 && again.stdout.isEmpty, "\(again.stdout)\(again.stderr)")
    }

    @Test func withoutReadPhoneItReadsNoPersonalDataAndNeedsNoKeyFile() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-dispatcher-nokeys")
        let db = folder.path("office.sqlite")
        _ = try await BusyOffice.make(at: db, petitions: 4)
        try FileManager.default.moveItem(atPath: db + ".keys", toPath: folder.path("elsewhere.keys"))
        let output = try ProcessRunner.run(
            try Examples.executable("notice-dispatcher"),
            ["--db", db, "--checkpoint", folder.path("checkpoint"), "--now", Self.now, "--once"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        // The recipient is the fourth field; the record id before it is a random UUID that may
        // itself contain "010-", so only the recipient field is checked.
        let recipients = lines.map { String($0.split(separator: " ")[3]) }
        #expect(recipients.contains("petitioner-of-2018-0001"))
        #expect(recipients.allSatisfy { $0.hasPrefix("petitioner-of-") }, "\(recipients)")
        #expect(!recipients.contains { $0.contains("010-") })
        #expect(!FileManager.default.fileExists(atPath: db + ".keys"))
    }

    /// A notice: its petition and kind.
    struct Pair: Hashable {
        let petition: PetitionID
        let kind: NoticeKind
    }

    static func lines(_ path: String) -> [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// The notices the dispatcher recorded.
    static func recorded(in store: SotongStore) async throws -> [PetitionNoticeSent] {
        try await store.events.readAll(types: [PetitionNoticeSent.eventType]).collect()
            .filter { $0.metadata.actor == "tool:notice-dispatcher" }
            .compactMap { try OfficeCatalog.decode($0).event as? PetitionNoticeSent }
    }
}
