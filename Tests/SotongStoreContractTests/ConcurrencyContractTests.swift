import Foundation
import SotongCore
import SotongTesting
import Testing

@Suite("Optimistic concurrency contract") struct ConcurrencyContractTests {
    @Test(arguments: StoreKind.allCases)
    func wrongExpectedVersionNamesStreamAndVersionsAndStoresNothing(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        try await store.append(SampleEvents.batch(2), to: "p", expecting: .noStream)

        await #expect(throws: ConcurrencyError(stream: "p", expected: .noStream, actual: 2)) {
            try await store.append(SampleEvents.batch(1, from: 3), to: "p", expecting: .noStream)
        }
        await #expect(throws: ConcurrencyError(stream: "p", expected: .exact(1), actual: 2)) {
            try await store.append(SampleEvents.batch(3, from: 3), to: "p", expecting: .exact(1))
        }
        await #expect(throws: ConcurrencyError(stream: "q", expected: .exact(1), actual: 0)) {
            try await store.append(SampleEvents.batch(1, from: 3), to: "q", expecting: .exact(1))
        }
        #expect(try await store.head().position == 2)
        #expect(try await store.streamVersion("p") == 2)
        #expect(try await store.append(SampleEvents.batch(1, from: 9), to: "p", expecting: .any).streamVersion == 3)
        #expect(try await store.append(SampleEvents.batch(1, from: 10), to: "p", expecting: .exact(3)).streamVersion == 4)
    }

    @Test(arguments: StoreKind.allCases)
    func theErrorMessageIsReadable(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        try await store.append(SampleEvents.batch(1), to: "petition-1", expecting: .any)
        do {
            try await store.append(SampleEvents.batch(1, from: 2), to: "petition-1", expecting: .noStream)
            Issue.record("expected a conflict")
        } catch let error as ConcurrencyError {
            #expect(error.description == "concurrency conflict on stream 'petition-1': expected version no stream, actual 1")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentTasksNeverDuplicateAVersion(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        // 8 tasks × 25 appends: half contend on one stream with exact versions (and retry), half
        // write their own stream.
        let conflicts = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var conflicts = 0
                    let stream = StreamID(task.isMultiple(of: 2) ? "shared" : "own-\(task)")
                    var written = 0
                    while written < 25 {
                        let version = try await store.streamVersion(stream)
                        do {
                            try await store.append(SampleEvents.noted(task * 100 + written), to: stream,
                                                   expecting: version == 0 ? .noStream : .exact(version))
                            written += 1
                        } catch is ConcurrencyError {
                            conflicts += 1
                        }
                    }
                    return conflicts
                }
            }
            return try await group.reduce(0, +)
        }
        let all = try await store.readAll().collect()
        #expect(all.count == 200)
        #expect(all.map(\.position) == Array(1...200))
        let shared = try await store.readStream("shared")
        #expect(shared.map(\.streamVersion) == Array(1...100))
        #expect(conflicts >= 0)
        #expect(try await store.verify().isIntact)
    }

    @Test(arguments: StoreKind.allCases.filter(\.isShared))
    func concurrentProcessesAppendSafely(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let writer = try #require(TestProducts.executable("SotongTestWriter"), "SotongTestWriter was not built")
        let path = try #require(harness.path)
        // Three processes at once: two contend on one stream with exact versions, one writes its own.
        let jobs = [["shared", "--retry"], ["shared", "--retry"], ["own", ""]]
        let outputs = try await withThrowingTaskGroup(of: ProcessOutput.self) { group in
            for job in jobs {
                group.addTask {
                    try ProcessRunner.run(writer, ["--db", path, "--stream", job[0], "--count", "60", "--batch", "3"]
                                          + (job[1].isEmpty ? [] : [job[1]]))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for output in outputs { #expect(output.status == 0, "\(output.stderr)") }
        // Every acknowledged batch is stored where the writer was told it was.
        let all = try await harness.store.readAll().collect()
        #expect(all.map(\.position) == Array(1...180))
        let acknowledged = outputs.flatMap { $0.stdout.split(separator: "\n") }.filter { $0.hasPrefix("ack ") }
        #expect(acknowledged.count == 60)
        #expect(try await harness.store.readStream("shared").map(\.streamVersion) == Array(1...120))
        #expect(try await harness.store.verify().isIntact)
    }
}
