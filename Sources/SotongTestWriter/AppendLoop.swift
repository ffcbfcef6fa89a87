import Foundation
import SotongCore
import SotongSQLite
import SotongTesting

/// One appending task: batches of `sample.noted` events whose payloads name the writer, task, batch,
/// index and batch size, so a reader can tell whether a batch is whole.
struct AppendLoop: Sendable {
    let store: any EventStore
    let options: Options
    let output: Output

    /// Runs task `task` and returns how many concurrency conflicts it met (each one retried).
    func run(task: Int) async throws -> Int {
        let plan = options.plans[task]
        var random = SeededRandom(state: options.seed &* 1_000_003 &+ UInt64(task))
        var written = 0
        var batchNumber = 0
        var conflicts = 0
        let padding = String(repeating: "x", count: options.payloadBytes)
        while options.count == 0 || written < options.count {
            var size = Int.random(in: options.batchSizes, using: &random)
            if options.count > 0 { size = min(size, options.count - written) }
            let stream = StreamID(streamName(plan, task: task, random: &random))
            batchNumber += 1
            let events = (0..<size).map { index in
                event(task: task, batch: batchNumber, index: index, size: size, padding: padding,
                      number: written + index + 1)
            }
            while true {
                var expected = ExpectedVersion.any
                if options.retry {
                    let version = try await store.streamVersion(stream)
                    expected = version == 0 ? .noStream : .exact(version)
                }
                do {
                    let result = try await store.append(events, to: stream, expecting: expected)
                    let ids = result.events.map { $0.id.uuidString.lowercased() }.joined(separator: ",")
                    output.line("ack \(result.firstPosition) \(result.lastPosition) \(stream) \(result.streamVersion) "
                                + "\(task) \(batchNumber) \(ids)")
                    break
                } catch let conflict as ConcurrencyError where options.retry {
                    conflicts += 1
                    output.line("conflict \(stream) \(expected) \(conflict.actual) \(task)")
                }
            }
            written += size
        }
        return conflicts
    }

    /// Runs every task at once; returns the conflicts they met.
    func runAll() async throws -> Int {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for task in options.plans.indices { group.addTask { try await run(task: task) } }
            return try await group.reduce(0, +)
        }
    }

    private func streamName(_ plan: Options.Plan, task: Int, random: inout SeededRandom) -> String {
        switch plan {
        case .stream(let name): name
        case .shared(let count): "shared-\(Int.random(in: 0..<count, using: &random))"
        case .own: "own-\(options.writer)-\(task)"
        }
    }

    private func event(task: Int, batch: Int, index: Int, size: Int, padding: String, number: Int) -> EventData {
        let payload = #"{"batch":\#(batch),"index":\#(index),"pad":"\#(padding)","size":\#(size),"task":\#(task),"#
            + #""writer":"\#(options.writer)"}"#
        return EventData(type: "sample.noted", payload: Data(payload.utf8),
                         occurredAt: SampleEvents.baseTime.addingTimeInterval(Double(number)),
                         metadata: EventMetadata(actor: "writer:\(options.writer)"))
    }
}
