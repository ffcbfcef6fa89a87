import Foundation
import Sotong

/// The last log position the dispatcher has fully handled, with that event's hash: a checkpoint
/// from another log (or a rewritten one) is noticed and the dispatcher starts over, which is safe
/// because every record it makes is idempotent.
struct DispatchCheckpoint: Codable, Equatable {
    var position: Int64
    var hash: String

    static let start = DispatchCheckpoint(position: 0, hash: ChainHash.genesis.hex)

    /// The saved checkpoint, if it still belongs to this log; else the start.
    static func load(from url: URL, store: SotongStore) async throws -> DispatchCheckpoint {
        guard let data = try? Data(contentsOf: url),
              let saved = try? JSONDecoder().decode(DispatchCheckpoint.self, from: data) else { return .start }
        guard saved.position > 0 else { return .start }
        let event = try await store.events.readPage(after: saved.position - 1, limit: 1, types: nil).first
        guard let event, event.position == saved.position, event.hash.hex == saved.hash else {
            FileHandle.standardError.write(Data("checkpoint \(saved.position) is not in this log: starting over\n".utf8))
            return .start
        }
        return saved
    }

    /// Saves atomically: a kill leaves the old file or the new one.
    func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }
}
