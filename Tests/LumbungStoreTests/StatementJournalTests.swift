import Testing
@testable import LumbungStore

/// A statement inside a transaction journals the pages it changes, in memory until the journal outgrows
/// `Connection.statementJournalBytes`, then in a temporary file.
struct StatementJournalTests {
    /// Rows wide enough that updating them all changes a few hundred pages, and a trigger, which makes SQLite keep
    /// a statement journal for the update.
    static let schema = [Migration(id: 1, name: "shelves", sql: """
        CREATE TABLE shelves (id INTEGER PRIMARY KEY, quantity INTEGER NOT NULL CHECK (quantity >= 0), label TEXT NOT NULL);
        CREATE TABLE totals (id INTEGER PRIMARY KEY, quantity INTEGER NOT NULL);
        INSERT INTO totals VALUES (1, 0);
        CREATE TRIGGER shelves_total AFTER UPDATE OF quantity ON shelves
        BEGIN UPDATE totals SET quantity = quantity + NEW.quantity - OLD.quantity WHERE id = 1; END;
        """)]

    @Test func anUpdateWhoseJournalMovesToAFileInsideASavepointCommits() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.migrate(Self.schema)
            let rows = 5000
            try db.write { c in
                try c.run("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                    INSERT INTO shelves SELECT i, 5, printf('%0200d', i) FROM n
                    """, [rows])
                try c.run("UPDATE totals SET quantity = ? WHERE id = 1", [rows * 5])
            }
            try db.write { _ in
                try db.write { c in  // a savepoint, as each request of a group commit runs in
                    try c.run("UPDATE totals SET quantity = quantity WHERE id = 1")
                    try c.run("UPDATE shelves SET quantity = 0")
                }
            }
            #expect(try db.read { try $0.queryOne("SELECT quantity FROM totals") { $0.int64(0) } } == 0)
            #expect(try db.read { try $0.queryOne("SELECT count(*) FROM shelves WHERE quantity = 0") { $0.int64(0) } } == Int64(rows))
        }
    }
}
