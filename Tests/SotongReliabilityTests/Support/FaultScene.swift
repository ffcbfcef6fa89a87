import Foundation
import SotongCore
import SotongSQLite
import SotongTesting

/// What an environment-fault test works with: the built programs, a copy of the seeded office
/// (28 events, closed), and a valid import file too big for a small disk.
struct FaultScene {
    let folder: TemporaryDirectory
    let sotong: URL
    let writer: URL
    /// The seeded store, closed, its WAL folded in: one file.
    let seed: String
    /// 1,000 valid `academy.session-held` lines, about 600 kB.
    let big: String
    /// The seeded events' ids, in order.
    let seededIDs: [UUID]

    init() async throws {
        folder = try TemporaryDirectory(prefix: "sotong-fault")
        guard let sotong = TestProducts.executable("sotong"), let writer = TestProducts.executable("SotongTestWriter") else {
            throw TamperingError("sotong and SotongTestWriter must be built")
        }
        self.sotong = sotong
        self.writer = writer
        let store = try await Corpus.seededStore(in: folder, name: "seed.sqlite")
        seed = store.path
        seededIDs = try await store.readAll().collect().map(\.id)
        big = folder.path("big.jsonl")
        var lines = ""
        for number in 1...1_000 {
            lines += #"{"id":"50000000-0000-4000-8000-\#(String(format: "%012d", number))","type":"academy.session-held","#
                + #""schemaVersion":1,"occurredAt":"2018-07-02T01:00:00.000Z","metadata":{"actor":"clerk:bulk","reason":""#
                + String(repeating: "r", count: 300) + #""},"payload":{"title":"소통아카데미 \#(number)","participants":10,"#
                + #""departmentsAttending":[]}}"# + "\n"
        }
        try Data(lines.utf8).write(to: URL(fileURLWithPath: big))
    }

    /// A fresh copy of the seeded store.
    func copy(_ name: String) throws -> String {
        let path = folder.path(name)
        try FileManager.default.copyItem(atPath: seed, toPath: path)
        return path
    }

    /// The store at `path` holds exactly the seeded office, and is sound.
    func holdsTheSeededOfficeOnly(_ path: String) async throws -> [String] {
        let audit = try await LogAudit.open(path)
        var problems = audit.chainProblems
        if audit.events.map(\.id) != seededIDs { problems.append("\(audit.events.count) events instead of the 28 seeded") }
        return problems
    }

    func read(_ name: String) -> String {
        (try? String(contentsOfFile: folder.path(name), encoding: .utf8)) ?? "(missing)"
    }
}
