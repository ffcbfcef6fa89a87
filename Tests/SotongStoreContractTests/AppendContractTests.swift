import Foundation
import SotongCore
import SotongTesting
import Testing

@Suite("Append contract") struct AppendContractTests {
    @Test(arguments: StoreKind.allCases)
    func assignsGapFreePositionsAndStreamVersions(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        let first = try await store.append(SampleEvents.batch(3), to: "a", expecting: .noStream)
        let second = try await store.append(SampleEvents.batch(2, from: 4), to: "b", expecting: .noStream)
        let third = try await store.append(SampleEvents.batch(1, from: 6), to: "a", expecting: .exact(3))
        #expect(first.events.map(\.position) == [1, 2, 3])
        #expect(first.events.map(\.streamVersion) == [1, 2, 3])
        #expect(second.events.map(\.position) == [4, 5])
        #expect(second.events.map(\.streamVersion) == [1, 2])
        #expect(third.events.map(\.position) == [6])
        #expect(third.streamVersion == 4)
        #expect(try await store.head().position == 6)
        #expect(try await store.head().hash == third.events[0].hash)
        let all = try await store.readAll().collect()
        #expect(all.map(\.position) == Array(1...6))
        #expect(all.map(\.stream.rawValue) == ["a", "a", "a", "b", "b", "a"])
    }

    @Test(arguments: StoreKind.allCases)
    func storesEveryFieldExactly(kind: StoreKind) async throws {
        let harness = try kind.make(clock: .fixed(Date(timeIntervalSince1970: 1_600_000_000.123)))
        defer { withExtendedLifetime(harness) {} }
        let correlation = UUID()
        let cause = UUID()
        let data = EventData(
            type: "sample.noted", schemaVersion: 3, payload: Data(#"{"number":1,"text":"소통"}"#.utf8),
            occurredAt: Date(timeIntervalSince1970: 1_500_000_000.4567),
            metadata: EventMetadata(actor: "clerk:김", correlationID: correlation, causationID: cause, reason: "법 제9조"))
        try await harness.store.append(data, to: "fields", expecting: .any)
        let stored = try #require(try await harness.store.event(id: data.id))
        #expect(stored.id == data.id)
        #expect(stored.stream == "fields")
        #expect(stored.type == "sample.noted")
        #expect(stored.schemaVersion == 3)
        #expect(Timestamp.milliseconds(stored.occurredAt) == 1_500_000_000_457)
        #expect(Timestamp.milliseconds(stored.recordedAt) == 1_600_000_000_123)
        #expect(stored.metadata == data.metadata)
        #expect(stored.payload == data.payload)
        #expect(stored.previousHash == .genesis)
        #expect(stored.hash == stored.computedHash())
        #expect(try await harness.store.event(id: UUID()) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func recordedAtNeverDecreasesEvenWhenTheClockGoesBack(kind: StoreKind) async throws {
        let clock = SteppingClock()
        let harness = try kind.make(clock: clock.storeClock)
        defer { withExtendedLifetime(harness) {} }
        try await harness.store.append(SampleEvents.batch(2), to: "a", expecting: .any)
        clock.move(by: -3600)
        let later = try await harness.store.append(SampleEvents.batch(1, from: 3), to: "a", expecting: .any)
        let all = try await harness.store.readAll().collect()
        #expect(later.events[0].recordedAt == all[1].recordedAt)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.recordedAt <= $1.recordedAt })
        #expect(try await harness.store.verify().isIntact)
    }

    @Test(arguments: StoreKind.allCases)
    func appendsSeveralStreamsInOneTransaction(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let results = try await harness.store.append([
            StreamBatch(stream: "a", events: SampleEvents.batch(2), expected: .noStream),
            StreamBatch(stream: "b", events: SampleEvents.batch(1, from: 3), expected: .noStream),
            StreamBatch(stream: "a", events: SampleEvents.batch(1, from: 4), expected: .exact(2)),
        ])
        #expect(results.map(\.lastPosition) == [2, 3, 4])
        #expect(results[2].streamVersion == 3)

        // One failing batch undoes the whole call.
        await #expect(throws: ConcurrencyError.self) {
            try await harness.store.append([
                StreamBatch(stream: "c", events: SampleEvents.batch(2, from: 5), expected: .noStream),
                StreamBatch(stream: "a", events: SampleEvents.batch(1, from: 7), expected: .exact(1)),
            ])
        }
        #expect(try await harness.store.head().position == 4)
        #expect(try await harness.store.readStream("c").isEmpty)
        // Positions stay gap-free after the rollback.
        let next = try await harness.store.append(SampleEvents.batch(1, from: 8), to: "c", expecting: .noStream)
        #expect(next.firstPosition == 5)
        #expect(try await harness.store.verify().isIntact)
    }

    @Test(arguments: StoreKind.allCases)
    func refusesInvalidEventsAndBatches(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        func code(_ body: () async throws -> Void) async -> EventStoreError? {
            do { try await body(); return nil } catch let error as EventStoreError { return error } catch { return nil }
        }
        #expect(await code { try await store.append([], to: "a", expecting: .any) }?.code == .invalidBatch)
        #expect(await code { try await store.append(SampleEvents.noted(1, actor: " "), to: "a", expecting: .any) }?
            .field == "metadata.actor")
        #expect(await code { try await store.append(SampleEvents.noted(1, type: ""), to: "a", expecting: .any) }?
            .field == "type")
        #expect(await code { try await store.append(SampleEvents.noted(1, type: "has space"), to: "a", expecting: .any) }?
            .field == "type")
        #expect(await code { try await store.append(SampleEvents.noted(1), to: "", expecting: .any) }?.field == "stream")
        #expect(await code { try await store.append(SampleEvents.noted(1), to: StreamID(String(repeating: "x", count: 201)), expecting: .any) }?.field == "stream")
        let twice = SampleEvents.noted(1)
        #expect(await code { try await store.append([twice, twice], to: "a", expecting: .any) }?.code == .invalidBatch)
        var empty = SampleEvents.noted(2)
        empty.payload = Data()
        let error = await code { try await store.append([SampleEvents.noted(1), empty], to: "a", expecting: .any) }
        #expect(error?.field == "payload")
        #expect(error?.index == 1)
        #expect(try await store.head() == .empty)
    }
}
