/// How a PostgreSQL store is opened. The URL says where; these say how.
///
/// ```swift
/// let auditor = try PostgresEventStore(url: "postgres://auditor@replica.local/sotong",
///                                      options: PostgresStoreOptions(readOnly: true))
/// ```
public struct PostgresStoreOptions: Sendable {
    /// Open for queries and audits only: every append fails with `read-only`, the sessions are
    /// opened with `default_transaction_read_only = on`, and nothing is ever created. Use it on a
    /// streaming replica, and for the auditor role.
    public var readOnly: Bool
    /// Create the schema and its tables when they do not exist yet (never in read-only mode).
    public var createIfMissing: Bool
    /// The schema holding the log, overriding the URL's `?schema=` (default `public`).
    /// Lowercase letters, digits and `_`, starting with a letter or `_`.
    public var schema: String?
    /// How long an append waits for another writer's lock on the head before failing with `locked`
    /// (the server's `lock_timeout`).
    public var lockTimeout: Duration
    /// How long opening waits for the server before failing with `storage`.
    public var connectTimeout: Duration
    /// How many times an operation is tried when the server reports a transient failure
    /// (serialization failure, deadlock, dropped connection, a standby's recovery conflict).
    public var maximumAttempts: Int
    /// The first pause between tries; it doubles with each try, up to ``maximumBackoff``.
    public var initialBackoff: Duration
    /// The longest pause between two retries.
    public var maximumBackoff: Duration
    /// The most connections this store opens at once.
    public var maximumConnections: Int
    /// Shown in the server's `pg_stat_activity`, so an administrator can tell Sotong's sessions apart.
    public var applicationName: String
    /// Whether the store starts its connection pool itself on first use (the default). With `false`
    /// only the caller's ``PostgresEventStore/run()`` runs it, and operations wait until it does.
    public var runsItsPool: Bool

    /// Options with the defaults documented on each property.
    public init(
        readOnly: Bool = false, createIfMissing: Bool = true, schema: String? = nil,
        lockTimeout: Duration = .seconds(10), connectTimeout: Duration = .seconds(15), maximumAttempts: Int = 8,
        initialBackoff: Duration = .milliseconds(20), maximumBackoff: Duration = .seconds(1),
        maximumConnections: Int = 8, applicationName: String = "sotong", runsItsPool: Bool = true
    ) {
        self.readOnly = readOnly
        self.createIfMissing = createIfMissing
        self.schema = schema
        self.lockTimeout = lockTimeout
        self.connectTimeout = connectTimeout
        self.maximumAttempts = maximumAttempts
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.maximumConnections = maximumConnections
        self.applicationName = applicationName
        self.runsItsPool = runsItsPool
    }
}

extension Duration {
    /// Whole milliseconds, at least 1 (for the server's time settings).
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return max(1, seconds * 1_000 + attoseconds / 1_000_000_000_000_000)
    }
}
