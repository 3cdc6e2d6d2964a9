import Testing
@testable import LumbungStore

/// Migrations: applied once, in order, recorded, and refused against a newer schema.
struct MigratorTests {
    /// A two-step schema used by these tests.
    static let migrations = [
        Migration(id: 1, name: "create outlet", sql: "CREATE TABLE outlet (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        Migration(id: 2, name: "create stock", sql: """
            CREATE TABLE stock (
                outlet_id INTEGER NOT NULL REFERENCES outlet(id),
                quantity INTEGER NOT NULL CHECK (quantity >= 0)
            );
            CREATE INDEX stock_outlet ON stock (outlet_id);
            """),
    ]

    @Test func migrationsRunOnceAndAreRecorded() throws {
        try withTemporarySQLiteDatabase { db, _ in
            #expect(try db.migrate(Self.migrations) == 2)
            #expect(try db.migrate(Self.migrations) == 0)
            let tables = try db.read { c in
                try c.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") { $0.string(0) }
            }
            #expect(tables == ["outlet", "schema_migrations", "stock"])
            let recorded = try db.read { c in
                try c.query("SELECT id, name, applied_at FROM schema_migrations ORDER BY id") { row in
                    "\(row.int(0)) \(row.string(1)) \(row.string(2).hasSuffix("Z"))"
                }
            }
            #expect(recorded == ["1 create outlet true", "2 create stock true"])
        }
    }

    @Test func laterMigrationsAreAppliedIncrementally() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            #expect(try db.migrate(Array(Self.migrations.prefix(1))) == 1)
            #expect(try db.migrate(Self.migrations) == 1)
            #expect(try db.read { try rowCount("stock", $0) } == 0)
        }
    }

    @Test func newerDatabaseIsRefused() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            let newer = Self.migrations + [Migration(id: 3, name: "future", sql: "CREATE TABLE future (x)")]
            #expect(try db.migrate(newer) == 3)
            #expect(throws: MigrationError.databaseIsNewer(unknownIDs: [3])) {
                try db.migrate(Self.migrations)
            }
        }
    }

    @Test func failedMigrationLeavesNoTrace() throws {
        try withTemporarySQLiteDatabase { db, _ in
            let broken = Self.migrations + [
                Migration(id: 3, name: "half broken", sql: "CREATE TABLE half (x); INSERT INTO nowhere VALUES (1)"),
            ]
            #expect(throws: SQLiteError.self) { try db.migrate(broken) }
            let state = try db.read { c in
                (try Migrator.appliedIDs(c), try c.query("SELECT name FROM sqlite_master WHERE name = 'half'") { $0.string(0) })
            }
            #expect(state.0 == [1, 2])
            #expect(state.1.isEmpty)
        }
    }

    @Test func malformedListIsRejected() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            let outOfOrder = [Self.migrations[1], Self.migrations[0]]
            #expect(throws: MigrationError.self) { try db.migrate(outOfOrder) }
            #expect(try db.read { c in try c.queryOne("SELECT count(*) FROM sqlite_master WHERE name = 'outlet'") { $0.int(0) } } == 0)
        }
    }
}
