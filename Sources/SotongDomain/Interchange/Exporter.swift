public import Foundation
public import SotongCore

/// Writes the log as interchange JSON Lines: one canonical JSON object per event, in position
/// order, with what the store assigned under `recorded`. Importing the output into an empty
/// store gives the same events in the same order.
///
/// ```swift
/// try await Exporter(store: store).write { line in handle.write(line) }
/// ```
public struct Exporter: Sendable {
    /// The store it reads.
    public let store: any EventStore

    /// An exporter of a store's whole log.
    public init(store: any EventStore) {
        self.store = store
    }

    /// Calls `write` with each line (newline included), reading the log page by page.
    public func write(
        after position: Int64 = 0, through: Int64? = nil, _ write: (Data) throws -> Void
    ) async throws {
        for try await event in store.readAll(after: position, through: through) {
            var line = try InterchangeLine(event).encoded()
            line.append(UInt8(ascii: "\n"))
            try write(line)
        }
    }

    /// The whole export in memory (for small logs and tests).
    public func data() async throws -> Data {
        var data = Data()
        try await write { data.append($0) }
        return data
    }
}
