/// Applies an ordered, append-only list of migrations, recording each in `schema_migrations`.
public enum Migrator {
    /// The table that records applied migrations (and so documents the schema's history).
    static let createTableSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        )
        """

    /// Applies every migration not yet recorded, in list order, each in its own
    /// `BEGIN IMMEDIATE` transaction; returns how many were applied (0 when up to date).
    ///
    /// Throws `MigrationError.databaseIsNewer` before applying anything when the database
    /// records an id the list does not contain. Safe against a concurrent migrator: each
    /// migration is re-checked under the write lock before it runs.
    @discardableResult
    public static func migrate(_ connection: Connection, _ migrations: [Migration]) throws -> Int {
        try validate(migrations)
        try connection.write { try $0.execute(createTableSQL) }
        let applied = try appliedIDs(connection)
        let known = Set(migrations.map(\.id))
        let unknown = applied.filter { !known.contains($0) }.sorted()
        guard unknown.isEmpty else { throw MigrationError.databaseIsNewer(unknownIDs: unknown) }

        var count = 0
        for migration in migrations where !applied.contains(migration.id) {
            let didApply = try connection.write { db in
                guard try !isApplied(migration.id, db) else { return false }
                try db.execute(migration.sql)
                try migration.derive?(db)
                try db.run("INSERT INTO schema_migrations (id, name) VALUES (?, ?)", [migration.id, migration.name])
                return true
            }
            if didApply { count += 1 }
        }
        return count
    }

    /// The ids recorded in `schema_migrations`.
    static func appliedIDs(_ connection: Connection) throws -> Set<Int> {
        Set(try connection.query("SELECT id FROM schema_migrations") { $0.int(0) })
    }

    /// True when migration `id` is recorded.
    private static func isApplied(_ id: Int, _ connection: Connection) throws -> Bool {
        try connection.queryOne("SELECT 1 FROM schema_migrations WHERE id = ?", [id]) { _ in true } ?? false
    }

    /// Checks that ids are positive and strictly increasing, so the list's order is the apply order.
    private static func validate(_ migrations: [Migration]) throws {
        var previous = 0
        for migration in migrations {
            guard migration.id > previous else {
                throw MigrationError.invalidList("id \(migration.id) (\(migration.name)) must be > \(previous)")
            }
            previous = migration.id
        }
    }
}
