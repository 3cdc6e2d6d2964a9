import Testing
@testable import LumbungStore

/// Write transactions: all or nothing, constraint errors, savepoint nesting.
struct TransactionTests {
    /// A table with a CHECK and a UNIQUE constraint.
    static let schema = [Migration(id: 1, name: "stock", sql: """
        CREATE TABLE stock (sku TEXT NOT NULL UNIQUE, quantity INTEGER NOT NULL CHECK (quantity >= 0))
        """)]

    @Test func thrownErrorRollsBackTheWholeWrite() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.migrate(Self.schema)
            #expect(throws: PlannedSQLiteTestFailure()) {
                try db.write { c in
                    try c.run("INSERT INTO stock VALUES (?, ?)", ["beras", 10])
                    #expect(try rowCount("stock", c) == 1)
                    throw PlannedSQLiteTestFailure()
                }
            }
            #expect(try db.read { try rowCount("stock", $0) } == 0)
            #expect(try db.write { $0.isAutocommit } == false)
        }
    }

    @Test func checkViolationIsAConstraintErrorAndLeavesNothing() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.migrate(Self.schema)
            let error = #expect(throws: SQLiteError.self) {
                try db.write { c in
                    try c.run("INSERT INTO stock VALUES (?, ?)", ["beras", 10])
                    try c.run("INSERT INTO stock VALUES (?, ?)", ["gula", -1])
                }
            }
            #expect(error?.isConstraintViolation == true)
            #expect(error?.isBusy == false)
            #expect(error?.extendedCode == 275)  // SQLITE_CONSTRAINT_CHECK
            #expect(error?.sql == "INSERT INTO stock VALUES (?, ?)")
            #expect(error?.description.contains("CHECK constraint failed") == true)
            #expect(try db.read { try rowCount("stock", $0) } == 0)
        }
    }

    @Test func uniqueViolationIsAConstraintError() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.migrate(Self.schema)
            try db.write { try $0.run("INSERT INTO stock VALUES ('beras', 1)") }
            let error = #expect(throws: SQLiteError.self) {
                try db.write { try $0.run("INSERT INTO stock VALUES ('beras', 2)") }
            }
            #expect(error?.isConstraintViolation == true)
            #expect(error?.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
            #expect(try db.read { c in try c.query("SELECT quantity FROM stock") { $0.int(0) } } == [1])
        }
    }

    @Test func innerFailureRollsBackOnlyTheSavepoint() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.migrate(Self.schema)
            try db.write { c in
                try c.run("INSERT INTO stock VALUES ('outer-before', 1)")
                #expect(throws: PlannedSQLiteTestFailure()) {
                    try c.write { inner in
                        try inner.run("INSERT INTO stock VALUES ('inner', 1)")
                        throw PlannedSQLiteTestFailure()
                    }
                }
                try c.write { try $0.run("INSERT INTO stock VALUES ('inner-ok', 1)") }
                try c.run("INSERT INTO stock VALUES ('outer-after', 1)")
            }
            let skus = try db.read { c in try c.query("SELECT sku FROM stock ORDER BY rowid") { $0.string(0) } }
            #expect(skus == ["outer-before", "inner-ok", "outer-after"])
        }
    }

    @Test func outerFailureUndoesCommittedSavepoints() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.migrate(Self.schema)
            #expect(throws: PlannedSQLiteTestFailure()) {
                try db.write { c in
                    try c.write { try $0.run("INSERT INTO stock VALUES ('inner', 1)") }
                    try db.write { try $0.run("INSERT INTO stock VALUES ('nested-db-write', 1)") }
                    throw PlannedSQLiteTestFailure()
                }
            }
            #expect(try db.read { try rowCount("stock", $0) } == 0)
        }
    }

    @Test func closedDatabaseThrows() throws {
        try withTemporarySQLiteDatabase { db, _ in
            db.close()
            db.close()
            #expect(throws: SQLiteError.self) { try db.write { _ in 1 } }
            #expect(throws: SQLiteError.self) { try db.read { _ in 1 } }
        }
    }
}
