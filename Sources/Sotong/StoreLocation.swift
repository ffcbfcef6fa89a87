/// Where a store's event log lives: a SQLite file, or memory.
///
/// A struct with factory functions rather than a public enum, so that a new kind of store is an
/// addition, not a breaking change: the PostgreSQL store will add `StoreLocation.postgres(url:)`
/// here (a new ``Kind`` case and a branch in ``SotongStore/open(_:keys:clock:)``) without
/// changing any caller.
///
/// ```swift
/// let file = StoreLocation.sqlite(path: "office.sqlite")
/// let audit = StoreLocation.sqlite(path: "office.sqlite", readOnly: true)
/// let scratch = StoreLocation.inMemory
/// ```
public struct StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of store (internal: callers use the factory functions).
    enum Kind: Sendable, Hashable {
        case sqlite(path: String, readOnly: Bool)
        case inMemory
    }

    let kind: Kind

    /// A SQLite file, created when missing unless `readOnly`. A read-only store never writes
    /// (audits open it so); it must exist.
    ///
    /// ```swift
    /// let store = try await SotongStore.open(.sqlite(path: "office.sqlite"))
    /// ```
    public static func sqlite(path: String, readOnly: Bool = false) -> StoreLocation {
        StoreLocation(kind: .sqlite(path: path, readOnly: readOnly))
    }

    /// A new, empty log in memory, gone when the store is: for tests, previews and scratch work.
    ///
    /// ```swift
    /// let store = try await SotongStore.open(.inMemory)
    /// ```
    public static var inMemory: StoreLocation { StoreLocation(kind: .inMemory) }

    /// `sqlite:PATH` (with ` (read-only)`), or `memory`.
    public var description: String {
        switch kind {
        case .sqlite(let path, let readOnly): "sqlite:\(path)\(readOnly ? " (read-only)" : "")"
        case .inMemory: "memory"
        }
    }
}
