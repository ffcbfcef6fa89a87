public import Foundation
public import SotongCore

/// A projection's state saved at a position, so that the next view reads only the new events.
/// The head hash at that position is kept too: if the log no longer has that hash there (it was
/// replaced or rewritten), the checkpoint is discarded and the projection rebuilt.
///
/// ```swift
/// let saved = ProjectionRunner.load(RosterState.self, from: url)
/// let checkpoint = try await runner.catchUp(RosterProjection(), from: saved)
/// try ProjectionRunner.save(checkpoint, to: url)
/// ```
public struct ProjectionCheckpoint<State: Codable & Sendable>: Codable, Sendable {
    /// The projection's name.
    public var projection: String
    /// The last position folded into ``state``.
    public var position: Int64
    /// The hash of the event at `position` (genesis for 0).
    public var hash: ChainHash
    /// The folded state.
    public var state: State

    /// A checkpoint.
    public init(projection: String, position: Int64, hash: ChainHash, state: State) {
        self.projection = projection
        self.position = position
        self.hash = hash
        self.state = state
    }
}

extension ProjectionRunner {
    /// Brings a checkpoint up to the head: reads only the events after it (or rebuilds when the
    /// checkpoint does not belong to this log), and returns the new checkpoint.
    ///
    /// ```swift
    /// var checkpoint = try await runner.catchUp(RosterProjection(), from: saved)
    /// ```
    public func catchUp<P: Projection>(
        _ projection: P, from checkpoint: ProjectionCheckpoint<P.State>?
    ) async throws -> ProjectionCheckpoint<P.State> where P.State: Codable {
        var start: Folded<P.State>?
        if let checkpoint, checkpoint.projection == P.name, try await hash(at: checkpoint.position) == checkpoint.hash {
            start = Folded(state: checkpoint.state, position: checkpoint.position)
        }
        let folded = try await fold(projection, cutoff: .head, from: start)
        return ProjectionCheckpoint(projection: P.name, position: folded.position,
                                    hash: try await hash(at: folded.position) ?? .genesis, state: folded.state)
    }

    private func hash(at position: Int64) async throws -> ChainHash? {
        guard position > 0 else { return .genesis }
        return try await store.readPage(after: position - 1, limit: 1, types: nil).first { $0.position == position }?.hash
    }

    /// Saves a checkpoint as JSON (atomically: a crash leaves the old file or the new one).
    public static func save<State: Codable>(_ checkpoint: ProjectionCheckpoint<State>, to url: URL) throws {
        try CanonicalJSON.encode(checkpoint).write(to: url, options: .atomic)
    }

    /// Loads a checkpoint saved by ``save(_:to:)``; `nil` when there is none or it cannot be read.
    public static func load<State: Codable>(_ type: State.Type, from url: URL) -> ProjectionCheckpoint<State>? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? CanonicalJSON.decode(ProjectionCheckpoint<State>.self, from: data)
    }
}
