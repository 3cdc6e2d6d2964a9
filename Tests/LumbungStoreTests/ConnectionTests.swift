import CSQLite
import Testing
@testable import LumbungStore

/// Per-connection settings: WAL, synchronous, foreign keys, read-only readers.
struct ConnectionTests {
    @Test func writerUsesWALForeignKeysAndFullSync() throws {
        try withTemporarySQLiteDatabase(durability: .full) { db, _ in
            let settings = try db.write { c in
                (try c.queryOne("PRAGMA journal_mode") { $0.string(0) },
                 try c.queryOne("PRAGMA foreign_keys") { $0.int(0) },
                 try c.queryOne("PRAGMA synchronous") { $0.int(0) },
                 try c.queryOne("PRAGMA busy_timeout") { $0.int(0) })
            }
            #expect(settings.0 == "wal")
            #expect(settings.1 == 1)
            #expect(settings.2 == 2)  // FULL
            #expect(settings.3 == 5000)
            #expect(try db.read { c in try c.queryOne("PRAGMA journal_mode") { $0.string(0) } } == "wal")
        }
    }

    @Test func sqliteKeepsNoMemoryStatistics() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            #expect(try db.write { c in try c.queryOne("SELECT count(*) FROM sqlite_master") { $0.int(0) } } == 0)
        }
        #expect(sqlite3_memory_highwater(0) == 0)  // counted only while statistics are on
    }

    @Test func normalDurabilitySetsSynchronousNormal() throws {
        try withTemporarySQLiteDatabase(durability: .normal) { db, _ throws in
            #expect(try db.write { c in try c.queryOne("PRAGMA synchronous") { $0.int(0) } } == 1)
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.write { c in
                try c.execute("""
                    CREATE TABLE outlet (id INTEGER PRIMARY KEY);
                    CREATE TABLE stock (outlet_id INTEGER NOT NULL REFERENCES outlet(id));
                    """)
            }
            let error = #expect(throws: SQLiteError.self) {
                try db.write { try $0.run("INSERT INTO stock VALUES (?)", [99]) }
            }
            #expect(error?.isConstraintViolation == true)
            #expect(error?.extendedCode == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
        }
    }

    @Test func readersAreReadOnly() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.write { try $0.execute("CREATE TABLE t (x)") }
            let error = #expect(throws: SQLiteError.self) {
                try db.read { try $0.run("INSERT INTO t VALUES (1)") }
            }
            #expect(error?.code == 8)  // SQLITE_READONLY
        }
    }

    @Test func closedConnectionThrowsMisuse() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/closed.sqlite")
            c.close()
            c.close()
            let error = #expect(throws: SQLiteError.self) { try c.execute("SELECT 1") }
            #expect(error?.code == 21)  // SQLITE_MISUSE
        }
    }

    @Test func openingAMissingFileReadOnlyFails() throws {
        try withTemporarySQLiteDirectory { dir in
            let error = #expect(throws: SQLiteError.self) { try Connection(path: dir + "/missing.sqlite", readOnly: true) }
            #expect(error?.code == 14)  // SQLITE_CANTOPEN
        }
    }
}
