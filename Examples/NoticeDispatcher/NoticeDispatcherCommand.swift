import ArgumentParser
import Foundation
import Sotong

/// `notice-dispatcher`: a city tool that embeds Sotong to send the notices the office owes its
/// petitioners (receipt, extension, 30-day progress, result) and record each as sent.
@main
struct NoticeDispatcherCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice-dispatcher",
        abstract: "Send the notices owed to petitioners and record each as sent.",
        discussion: """
            Subscribes to the petition events after its checkpoint, sends every notice owed (as the \
            office's NoticesOwed rule decides) and records petition.notice-sent with an id derived \
            from the petition, the kind of notice and the event that made it owed. Killed and \
            restarted, it resumes from its checkpoint: a notice may be sent twice, never recorded twice.

            By default the message goes to a placeholder recipient and no personal data is read; with \
            --read-phone it reads each petitioner's phone number through PersonalDataReader, which \
            records the access with its purpose first (needs the key file).

            Examples:
              notice-dispatcher --db office.sqlite --checkpoint notices.checkpoint --once
              notice-dispatcher --db office.sqlite --checkpoint notices.checkpoint --sender file:notices.txt
            """)

    @Option(name: .long, help: ArgumentHelp("The store: a SQLite file path.", valueName: "path"))
    var db = "sotong.sqlite"

    @Option(name: .long, help: ArgumentHelp("The data subjects' key file. Default: <db>.keys.", valueName: "path"))
    var keys: String?

    @Option(name: .long, help: ArgumentHelp("Where the last handled position is kept.", valueName: "file"))
    var checkpoint = "notice-dispatcher.checkpoint"

    @Option(name: .long, help: ArgumentHelp("console, or file:PATH (one line per notice).", valueName: "sender"))
    var sender = "console"

    @Flag(name: .customLong("read-phone"), help: "Read each petitioner's phone number (the read is recorded).")
    var readPhone = false

    @Flag(name: .long, help: "Run until caught up, then exit (else keep watching the log).")
    var once = false

    @Option(name: .long, help: ArgumentHelp("Who records the notices.", valueName: "actor"))
    var actor = "tool:notice-dispatcher"

    @Option(name: .long, help: ArgumentHelp(
        "The time to decide what is owed at (RFC 3339), instead of the clock: for replays and tests.",
        valueName: "time"))
    var now: String?

    @Option(name: .customLong("pace-ms"), help: ArgumentHelp("Pause after each notice (a slow gateway).",
                                                             valueName: "ms"))
    var paceMilliseconds = 0

    func run() async throws {
        let clock: @Sendable () -> Date
        if let now {
            guard let fixed = RFC3339.date(from: now) else { throw ValidationError("--now is not RFC 3339: \(now)") }
            clock = { fixed }
        } else {
            clock = { Date() }
        }
        let store = try await SotongStore.open(.sqlite(path: db), keys: keys.map { .file(path: $0) } ?? .besideStore)
        let dispatcher = Dispatcher(
            store: store, sender: try makeSender(), checkpointURL: URL(fileURLWithPath: checkpoint), actor: actor,
            now: clock, pace: paceMilliseconds > 0 ? .milliseconds(paceMilliseconds) : nil)
        let summary = try await dispatcher.run(once: once)
        FileHandle.standardError.write(Data(
            "caught up at position \(summary.position): sent \(summary.sent), already recorded \(summary.alreadyRecorded)\n"
                .utf8))
    }

    func makeSender() throws -> any NoticeSender {
        if sender == "console" { return ConsoleSender(needsPhoneNumber: readPhone) }
        if sender.hasPrefix("file:"), sender.count > 5 {
            return FileSender(needsPhoneNumber: readPhone, path: String(sender.dropFirst(5)))
        }
        throw ValidationError("--sender is console or file:PATH, not '\(sender)'")
    }
}
