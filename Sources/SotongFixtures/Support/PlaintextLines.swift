import Foundation
import SotongCore
import SotongDomain

/// Writes the fixture's interchange lines from the generator's own typed events, with the
/// petitioners' invented personal data in plaintext (the files are input, like a form).
///
/// The store holds those fields sealed; each line takes the store's id, stream, versions, times and
/// metadata, the typed event's plaintext payload, and under `recorded.hash` the link of the chain
/// those plaintext events form (the chain of the store before personal data was sealed). An import
/// seals the fields again, so its chain differs from the first petition on; `recorded` is ignored
/// by import. Nothing is decrypted here.
///
/// ```swift
/// let lines = try await PlaintextLines.write(store: store, events: timeline.ordered().map(\.event))
/// ```
enum PlaintextLines {
    /// One line (newline included) per stored event, in position order; `events` are the typed
    /// events in the order they were recorded.
    static func write(store: any EventStore, events: [any OfficeEvent]) async throws -> [Data] {
        let stored = try await store.readAll().collect()
        guard stored.count == events.count else {
            throw PayloadError(field: "(log)", reason: "holds \(stored.count) events, but \(events.count) were recorded")
        }
        var previous = ChainHash.genesis
        var lines: [Data] = []
        lines.reserveCapacity(stored.count)
        for (recorded, event) in zip(stored, events) {
            var plain = recorded
            plain.payload = try CanonicalJSON.encode(event)
            plain.previousHash = previous
            plain.hash = ChainHasher.hash(of: plain, previous: previous)
            previous = plain.hash
            var line = try InterchangeLine(plain).encoded()
            line.append(UInt8(ascii: "\n"))
            lines.append(line)
        }
        return lines
    }
}
