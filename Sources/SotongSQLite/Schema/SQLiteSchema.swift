import GRDB

/// The stored format: tables, indexes, triggers and their versioned migrations.
/// Docs/StoredFormat.md describes every column for auditors.
enum SQLiteSchema {
    /// `PRAGMA application_id` of a Sotong store: "SOTG" in ASCII.
    static let applicationID: Int32 = 0x534F_5447

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-event-log") { db in
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
        }
        return migrator
    }()

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
