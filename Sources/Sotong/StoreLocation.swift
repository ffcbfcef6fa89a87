/// Where a store's event log lives: a SQLite file, a PostgreSQL database, or memory.
///
/// A struct with factory functions rather than a public enum, so that a new kind of store is an
/// addition, not a breaking change.
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
        case postgres(url: String, readOnly: Bool)
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

    /// A PostgreSQL database (`postgres://USER@HOST:PORT/DATABASE[?schema=NAME]`), for one log that
    /// many tools on many machines write (Docs/Deployment.md). Read-only opens audit sessions.
    ///
    /// ```swift
    /// let store = try await SotongStore.open(.postgres(url: "postgres://sotong@db.city:5432/office"),
    ///                                        keys: .file(path: "office.keys"))
    /// ```
    public static func postgres(url: String, readOnly: Bool = false) -> StoreLocation {
        StoreLocation(kind: .postgres(url: url, readOnly: readOnly))
    }

    /// A new, empty log in memory, gone when the store is: for tests, previews and scratch work.
    ///
    /// ```swift
    /// let store = try await SotongStore.open(.inMemory)
    /// ```
    public static var inMemory: StoreLocation { StoreLocation(kind: .inMemory) }

    /// `sqlite:PATH` or the PostgreSQL URL (with ` (read-only)`), or `memory`.
    public var description: String {
        switch kind {
        case .sqlite(let path, let readOnly): "sqlite:\(path)\(readOnly ? " (read-only)" : "")"
        case .postgres(let url, let readOnly): "\(url)\(readOnly ? " (read-only)" : "")"
        case .inMemory: "memory"
        }
    }
}
