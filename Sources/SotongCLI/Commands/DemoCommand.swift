import ArgumentParser
import Foundation
import SotongCore
import SotongSQLite

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a fresh store, append sample events, read them back and verify the chain.",
        discussion: """
            Writes to a new file (--db, default ./sotong-demo.sqlite, replaced if it exists).

            Example:
              swift run sotong demo
            """)

    @Option(help: "Where to create the demo store.") var db: String = "sotong-demo.sqlite"

    func run() async throws {
        try await Failure.guarding {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            let store = try SQLiteEventStore(path: db)
            let actor = EventMetadata(actor: "demo")
            let start = Date(timeIntervalSince1970: 1_483_405_920)
            func event(_ type: String, _ json: String, minutes: Double) -> EventData {
                EventData(type: type, payload: Data(json.utf8), occurredAt: start.addingTimeInterval(minutes * 60),
                          metadata: actor)
            }
            try await store.append([
                event("petition.received", #"{"channel":"visit","subject":"버스 노선 조정"}"#, minutes: 0),
                event("petition.outcome-recorded", #"{"outcome":"completed"}"#, minutes: 60 * 24 * 5),
            ], to: "petition-demo-0001", expecting: .noStream)
            try await store.append(event("network.meeting-held", #"{"attendees":18}"#, minutes: 90), to: "network",
                                   expecting: .any)
            print("store: \(db)")
            for try await recorded in store.readAll() { print(EventLine.format(recorded)) }
            let report = try await store.verify()
            print(report.isIntact ? "verify: OK \(report.head.position) \(report.head.hash.hex)" : "verify: BROKEN")
        }
    }
}
