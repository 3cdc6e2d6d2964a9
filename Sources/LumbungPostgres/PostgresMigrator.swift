import LumbungStore

/// Applies PostgreSQL's ordered, append-only migrations, recording each in `schema_migrations`;
/// several processes starting at once apply each migration exactly once (an advisory lock).
enum PostgresMigrator {
    /// The advisory lock key migrations take, so one process migrates at a time.
    static let lockKey: Int64 = 0x4C_554D_4255_4E47  // "LUMBUNG"

    /// Applies every migration not yet recorded, in order, all in one transaction under the lock
    /// (so a failure leaves the schema as it was); returns how many were applied. Throws `MigrationError.databaseIsNewer` when the database records an
    /// id the list does not know.
    static func migrate(_ connection: PostgresConnection, _ migrations: [Migration]) throws -> Int {
        try connection.transaction { connection in
            try connection.run("SELECT pg_advisory_xact_lock($1)", [lockKey])
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    id BIGINT PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """)
            let applied = Set(try connection.query("SELECT id FROM schema_migrations") { $0.int(0) })
            let unknown = applied.subtracting(migrations.map(\.id)).sorted()
            guard unknown.isEmpty else { throw MigrationError.databaseIsNewer(unknownIDs: unknown) }
            var count = 0
            for migration in migrations where !applied.contains(migration.id) {
                try connection.transaction { connection in
                    try connection.execute(migration.sql)
                    try connection.run("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [migration.id, migration.name])
                }
                count += 1
            }
            return count
        }
    }
}
