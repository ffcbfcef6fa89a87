import Foundation
import SotongCore
import SotongTesting
import Testing

@Suite("Idempotency contract") struct IdempotencyContractTests {
    @Test(arguments: StoreKind.allCases)
    func reappendingTheSameEventsReturnsTheOriginals(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        let batch = SampleEvents.batch(3)
        let first = try await store.append(batch, to: "p", expecting: .noStream)
        try await store.append(SampleEvents.batch(1, from: 4), to: "other", expecting: .any)
        // A retry after a lost acknowledgement: the stream moved on, yet the retry succeeds.
        let again = try await store.append(batch, to: "p", expecting: .noStream)
        #expect(again.wasAlreadyStored)
        #expect(!first.wasAlreadyStored)
        #expect(again.events == first.events)
        #expect(try await store.head().position == 4)
    }

    @Test(arguments: StoreKind.allCases)
    func reusingAnIdForOtherContentIsAnError(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        let original = SampleEvents.noted(1)
        try await store.append(original, to: "p", expecting: .any)
        var changed = original
        changed.payload = Data(#"{"number":2,"text":""}"#.utf8)
        var otherStream = original
        otherStream.metadata.actor = "someone-else"
        for variant in [changed, otherStream] {
            do {
                try await store.append(variant, to: "p", expecting: .any)
                Issue.record("expected duplicate-event-id")
            } catch let error as EventStoreError {
                #expect(error.code == .duplicateEventID)
                #expect(error.message.contains("position 1"))
            }
        }
        await #expect(throws: EventStoreError.self) { try await store.append(original, to: "q", expecting: .any) }
        #expect(try await store.head().position == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aBatchMixingStoredAndNewEventsIsRefused(kind: StoreKind) async throws {
        let harness = try kind.make()
        defer { withExtendedLifetime(harness) {} }
        let store = harness.store
        let stored = SampleEvents.noted(1)
        try await store.append(stored, to: "p", expecting: .any)
        await #expect(throws: EventStoreError.self) {
            try await store.append([stored, SampleEvents.noted(2)], to: "p", expecting: .any)
        }
        #expect(try await store.head().position == 1)
    }
}
