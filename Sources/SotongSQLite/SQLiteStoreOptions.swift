/// How a SQLite store is opened.
///
/// ```swift
/// let store = try SQLiteEventStore(path: "sotong.sqlite", options: .init(readOnly: true))
/// ```
public struct SQLiteStoreOptions: Sendable {
    /// How hard SQLite works to make a commit durable.
    public enum Synchronous: String, Sendable {
        /// `synchronous=FULL` (the default): a committed event survives a crash and a power loss.
        case full = "FULL"
        /// `synchronous=NORMAL`: survives a crash of the process; the last commits may be lost
        /// on a power loss. Faster appends.
        case normal = "NORMAL"
    }

    /// Open for queries and audits only: every append fails with `read-only`.
    public var readOnly: Bool
    /// Create the file when it does not exist (never in read-only mode).
    public var createIfMissing: Bool
    /// How hard SQLite syncs to disk at commit (`FULL` by default).
    public var synchronous: Synchronous
    /// How long to wait for another process's write lock before failing with `locked`.
    public var busyTimeout: Duration

    /// Options; the defaults create a missing file and sync fully.
    public init(
        readOnly: Bool = false, createIfMissing: Bool = true, synchronous: Synchronous = .full,
        busyTimeout: Duration = .seconds(10)
    ) {
        self.readOnly = readOnly
        self.createIfMissing = createIfMissing
        self.synchronous = synchronous
        self.busyTimeout = busyTimeout
    }
}
