import GRDB

/// The stored format: tables, indexes, triggers and their versioned migrations.
/// Docs/StoredFormat.md describes every column for auditors.
enum SQLiteSchema {
    /// `PRAGMA application_id` of a Sotong store: "SOTG" in ASCII.
    static let applicationID: Int32 = 0x534F_5447

    /// The migrations, in order: an identifier and the schema change.
    static let migrations: [(identifier: String, apply: @Sendable (Database) throws -> Void)] = [
        ("v1-event-log", { db in
            try db.execute(sql: """
                CREATE TABLE events (
                    position INTEGER PRIMARY KEY,
                    event_id TEXT NOT NULL CHECK (length(event_id) = 36 AND event_id = lower(event_id)),
                    stream_id TEXT NOT NULL CHECK (length(stream_id) > 0),
                    stream_version INTEGER NOT NULL CHECK (stream_version >= 1),
                    event_type TEXT NOT NULL,
                    schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
                    occurred_at INTEGER NOT NULL,
                    recorded_at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    correlation_id TEXT,
                    causation_id TEXT,
                    reason TEXT,
                    payload BLOB NOT NULL,
                    previous_hash BLOB NOT NULL CHECK (length(previous_hash) = 32),
                    hash BLOB NOT NULL CHECK (length(hash) = 32)
                );
                CREATE UNIQUE INDEX events_event_id ON events(event_id);
                CREATE UNIQUE INDEX events_stream ON events(stream_id, stream_version);
                CREATE INDEX events_type ON events(event_type, position);

                CREATE TABLE chain_head (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    position INTEGER NOT NULL,
                    hash BLOB NOT NULL CHECK (length(hash) = 32)
                );
                INSERT INTO chain_head (id, position, hash) VALUES (1, 0, zeroblob(32));

                CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO store_info (key, value) VALUES ('format', 'sotong-event-log');
                INSERT INTO store_info (key, value) VALUES ('store_id', lower(hex(randomblob(16))));

                CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
                BEGIN SELECT RAISE(ABORT, 'sotong: events are append-only'); END;
                CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
                BEGIN SELECT RAISE(ABORT, 'sotong: events are append-only'); END;
                """)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }),
    ]

    /// GRDB's view of the migrations (to read which ones a file records).
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for migration in migrations { migrator.registerMigration(migration.identifier, migrate: migration.apply) }
        return migrator
    }()

    /// Applies the migrations the file lacks inside the caller's transaction, recording each in
    /// `grdb_migrations` as GRDB does. The caller holds `BEGIN IMMEDIATE`, so processes opening a
    /// new file at the same moment cannot both create the schema, nor see it half made (GRDB's own
    /// migrator decides what to apply outside its transaction, which let them).
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = try migrator.appliedIdentifiers(db)
        for migration in migrations where !applied.contains(migration.identifier) {
            try migration.apply(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
        }
    }

    /// The names of the migrations this build knows.
    static var knownMigrations: Set<String> { Set(migrator.migrations) }

    /// Whether the file is a Sotong store, an empty database, or something else.
    enum Identity {
        case empty
        case sotong
        case foreign
    }

    static func identify(_ db: Database) throws -> Identity {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Self.applicationID { return .sotong }
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        return applicationID == 0 && tables == 0 ? .empty : .foreign
    }
}
