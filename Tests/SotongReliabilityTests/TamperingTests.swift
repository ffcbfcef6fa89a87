import Foundation
import SotongCore
import SotongSQLite
import Testing

extension Reliability {
    /// Mutations of a 100,000-event log: each one is detected, with the first bad position and the
    /// reason, although SQLite's own integrity check finds nothing wrong; a clean copy raises no alarm.
    @Suite("Tampering") struct TamperingTests {
        static let fixed: [Tampering] = [
            .payloadBit(73_129, bit: 10),
            .actorBit(41_337, bit: 40),  // '3' becomes '2' in clerk-041337
            .hashBit(88_001, bit: 77),
            .deleteRow(1),
            .deleteRow(50_000),
            .deleteRow(100_000),
            .swapRows(61_000, 61_500),
            .truncateTail(2_500),
        ]

        @Test func everyMutationOfAHundredThousandEventLogIsCaughtAtItsFirstBadPosition() async throws {
            let log = try await BigLog.build()
            #expect(log.head.position == BigLog.count)

            // No false alarm: the clean log verifies, up to the head an auditor recorded.
            let clean = try SQLiteEventStore(path: log.copy("clean.sqlite"))
            let report = try await clean.verify(expectedHead: log.head)
            #expect(report == ChainVerification(head: log.head, eventsChecked: BigLog.count, failure: nil))

            var random = SeededRandom(seed: Settings.seed)
            let mutations = Self.fixed + (0..<Settings.randomMutations).map { _ in Self.randomMutation(&random) }
            var caught = 0
            for (index, mutation) in mutations.enumerated() {
                let path = try log.copy("mutation-\(index).sqlite")
                try mutation.apply(to: path, log: log)
                let store = try SQLiteEventStore(path: path)
                // The file is still a sound SQLite database: only the chain tells.
                #expect(try await store.integrityCheck() == ["ok"], "\(mutation)")
                let failure = try await store.verify().failure
                #expect(failure == mutation.expectedFailure(count: BigLog.count), "\(mutation) (seed \(Settings.seed))")
                if failure == mutation.expectedFailure(count: BigLog.count) { caught += 1 }
                try FileManager.default.removeItem(atPath: path)
            }

            // An older copy of the file is a consistent log by itself (all 90,000 events check out);
            // only the head an auditor recorded earlier exposes it.
            let older = try SQLiteEventStore(path: log.olderPath)
            let against = try await older.verify(expectedHead: log.head)
            #expect(against.failure == .init(position: BigLog.count, reason: .truncated))
            #expect(against.eventsChecked == BigLog.olderCount)
            if against.failure != nil { caught += 1 }
            Settings.report("tampering: \(caught) of \(mutations.count + 1) mutations of a \(BigLog.count)-event log caught "
                + "at the right position and reason (\(Self.fixed.count + 1) fixed, \(Settings.randomMutations) random); "
                + "clean log: no alarm")
        }

        /// One mutation of a random kind at a random place.
        static func randomMutation(_ random: inout SeededRandom) -> Tampering {
            let position = Int64.random(in: 1...BigLog.count, using: &random)
            let bit = Int.random(in: 0..<256, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return .payloadBit(position, bit: bit)
            case 1: return .actorBit(position, bit: bit % 96)
            case 2: return .hashBit(position, bit: bit)
            case 3: return .deleteRow(position)
            case 4:
                var other = Int64.random(in: 1...BigLog.count, using: &random)
                if other == position { other = position == 1 ? 2 : position - 1 }
                return .swapRows(min(position, other), max(position, other))
            default: return .truncateTail(Int64.random(in: 1..<BigLog.count, using: &random))
            }
        }
    }
}
