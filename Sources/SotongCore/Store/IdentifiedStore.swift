/// A store with a stable identity, chosen when it was created: the `origin` of signed checkpoints,
/// so a checkpoint of one log cannot be presented as another's.
///
/// ```swift
/// if let store = store as? any IdentifiedStore { print(try await store.storeID()) }
/// ```
public protocol IdentifiedStore: EventStore {
    /// The store's identifier (32 lowercase hex digits for SQLite and PostgreSQL stores).
    func storeID() async throws -> String
}
