import Foundation
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongTesting
import Testing

/// Collects what a subscriber receives, from its own task.
final class Received: @unchecked Sendable {
    // @unchecked: guarded by `lock`.
    private let lock = NSLock()
    private var events: [RecordedEvent] = []
    func add(_ event: RecordedEvent) { lock.withLock { events.append(event) } }
    var all: [RecordedEvent] { lock.withLock { events } }
}

@Suite("PostgreSQL store: many writer processes, one log", .needsPostgres)
struct ConcurrentWritersTests {
    @Test func eightWriterProcessesKeepPositionsGapFreeAndInCommitOrder() async throws {
        let writer = try #require(TestProducts.executable("SotongTestWriter"), "SotongTestWriter was not built")
        let scratch = try PostgresScratch(serverURL: try serverURL())
        try await scratch.store.open()
        // 8 processes at once: four contend on one stream with exact versions (and retry on
        // conflicts), four write a stream each; 20 batches of 3 events each.
        let jobs: [(stream: String, retry: Bool)] = (0..<8).map { $0 < 4 ? ("shared", true) : ("own-\($0)", false) }
        let total = 8 * 60
        // A subscriber in another session follows the log live while they write.
        let follower = try PostgresEventStore(url: scratch.url, options: PostgresStoreOptions(readOnly: true))
        let received = Received()
        let following = Task {
            for try await message in follower.subscribe(after: 0, pageSize: 7, pollInterval: .milliseconds(5)) {
                if case .event(let event) = message { received.add(event) }
                if received.all.count >= total { break }
            }
        }
        let outputs = try await ChildProcesses.runAll(writer, jobs.map { job in
            ["--db", scratch.url, "--stream", job.stream, "--count", "60", "--batch", "3"] + (job.retry ? ["--retry"] : [])
        })
        for output in outputs { #expect(output.status == 0, "\(output.stderr)") }

        let deadline = ContinuousClock.now + .seconds(60)
        while received.all.count < total, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        following.cancel()
        if case .failure(let error) = await following.result { Issue.record(error, "the subscriber failed") }
        await follower.close()

        let all = try await scratch.store.readAll().collect()
        #expect(all.map(\.position) == Array(1...Int64(total)))
        #expect(Set(all.map(\.id)).count == total)
        // The subscriber saw every event once, in order: no event that committed late was skipped.
        #expect(received.all.map(\.position) == Array(1...Int64(total)))
        #expect(received.all.map(\.id) == all.map(\.id))
        // Each acknowledged batch is stored where its writer was told, in the writer's stream.
        var acknowledged: [Int64] = []
        var spans: [ClosedRange<Int64>] = []
        for (job, output) in zip(jobs, outputs) {
            var mine: [Int64] = []
            for line in output.stdout.split(separator: "\n") where line.hasPrefix("ack ") {
                // `ack FIRST LAST STREAM VERSION TASK BATCH IDS`
                let fields = line.split(separator: " ")
                guard fields.count >= 3, let first = Int64(fields[1]), let last = Int64(fields[2]) else { continue }
                let range = first...last
                mine += Array(range)
                #expect(range.allSatisfy { all[Int($0) - 1].stream.rawValue == job.stream })
            }
            acknowledged += mine
            if let first = mine.min(), let last = mine.max() { spans.append(first...last) }
        }
        #expect(acknowledged.sorted() == Array(1...Int64(total)))
        // The writers really ran at the same time: their stretches of the log overlap.
        #expect(spans.indices.contains { a in spans.indices.contains { b in a != b && spans[a].overlaps(spans[b]) } })
        #expect(try await scratch.store.readStream("shared").map(\.streamVersion) == Array(1...240))
        for index in 4..<8 {
            #expect(try await scratch.store.readStream(StreamID("own-\(index)")).map(\.streamVersion) == Array(1...60))
        }
        let report = try await scratch.store.verify()
        #expect(report.isIntact)
        #expect(report.head == ChainHead(position: Int64(total), hash: all.last!.hash))
    }
}
