import ArgumentParser
import Foundation
import SotongCore

struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List events of the whole log in order.",
        discussion: """
            One line per event: position, occurred-at (KST), stream@version, type, actor.

            Example:
              sotong log --from 100 --type petition.received
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Start after this position (0 = from the beginning).") var from: Int64 = 0
    @Option(help: "Only events of this type (repeatable).") var type: [String] = []
    @Option(help: "At most this many events.") var limit: Int?

    func run() async throws {
        try await Failure.guarding {
            let opened = try store.open(readOnly: true)
            var shown = 0
            for try await event in opened.readAll(after: from, types: type.isEmpty ? nil : Set(type)) {
                if let limit, shown >= limit { break }
                print(EventLine.format(event))
                shown += 1
            }
        }
    }
}

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show one stream's full history in order.",
        discussion: """
            Example:
              sotong history petition-2017-0001
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The stream id.") var stream: String

    func run() async throws {
        try await Failure.guarding {
            let events = try await store.open(readOnly: true).readStream(StreamID(stream))
            guard !events.isEmpty else {
                Terminal.error("stream '\(stream)' has no events")
                throw ExitCode(2)
            }
            for event in events { print(EventLine.format(event)) }
        }
    }
}

/// One event as a line of text.
enum EventLine {
    static let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    static func format(_ event: RecordedEvent) -> String {
        "\(event.position)\t\(formatter.string(from: event.occurredAt))\t\(event.stream)@\(event.streamVersion)\t\(event.type)\t\(event.metadata.actor)"
    }
}
