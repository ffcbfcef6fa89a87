import Foundation
import SotongCore
import SotongTesting
import Testing

@Suite("Reading contract") struct ReadingContractTests {
    @Test(arguments: StoreKind.allCases)
    func readsAStreamForwardsAndBackwardsWithLimits(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        try await harness.fill(30, streams: 3)
        let store = harness.store
        let stream = StreamID("stream-1")
        let all = try await store.readStream(stream)
        #expect(all.map(\.streamVersion) == Array(1...Int64(all.count)))
        #expect(all.count == 12)
        #expect(try await store.readStream(stream, from: 3, direction: .forwards, limit: 4).map(\.streamVersion) == [3, 4, 5, 6])
        #expect(try await store.readStream(stream, from: 5, direction: .backwards, limit: 3).map(\.streamVersion) == [5, 4, 3])
        #expect(try await store.readStream(stream, from: .max, direction: .backwards, limit: 2).map(\.streamVersion) == [12, 11])
        #expect(try await store.readStream(stream, from: 13, direction: .forwards, limit: 5).isEmpty)
        #expect(try await store.readStream(stream, from: 1, direction: .forwards, limit: 0).isEmpty)
        #expect(try await store.readStream("absent").isEmpty)
        #expect(try await store.streamVersion(stream) == 12)
        #expect(try await store.streamVersion("absent") == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func readsTheLogInPagesFromAPosition(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        try await harness.fill(25)
        let store = harness.store
        #expect(try await store.readPage(after: 0, limit: 10, types: nil).map(\.position) == Array(1...10))
        #expect(try await store.readPage(after: 20, limit: 10, types: nil).map(\.position) == Array(21...25))
        #expect(try await store.readPage(after: 25, limit: 10, types: nil).isEmpty)
        #expect(try await store.readAll(after: 7, pageSize: 3).collect().map(\.position) == Array(8...25))
        #expect(try await store.readAll(after: 0, through: 12, pageSize: 5).collect().map(\.position) == Array(1...12))
        #expect(try await store.readAll(pageSize: 1).collect().count == 25)
    }

    @Test(arguments: StoreKind.allCases)
    func filtersByEventType(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        for number in 1...12 {
            let type = number.isMultiple(of: 3) ? "sample.third" : (number.isMultiple(of: 2) ? "sample.even" : "sample.odd")
            try await store.append(SampleEvents.noted(number, type: type), to: "s", expecting: .any)
        }
        let thirds = try await store.readAll(types: ["sample.third"], pageSize: 2).collect()
        #expect(thirds.map(\.position) == [3, 6, 9, 12])
        let two = try await store.readAll(after: 3, types: ["sample.third", "sample.even"]).collect()
        #expect(two.map(\.position) == [4, 6, 8, 9, 10, 12])
        #expect(try await store.readAll(types: []).collect().isEmpty)
        #expect(try await store.readAll(types: ["sample.absent"]).collect().isEmpty)
    }
}
