import Testing
@testable import LumbungStore

/// Binding and reading every value kind; the prepared-statement cache.
struct StatementTests {
    @Test func everyValueKindRoundTrips() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/values.sqlite")
            defer { c.close() }
            // No declared types, so SQLite keeps each value's storage class as bound.
            try c.execute("CREATE TABLE v (id INTEGER PRIMARY KEY, x)")
            let values: [SQLValue] = [
                .null, .integer(0), .integer(Int64.max), .integer(Int64.min), .real(-3.25), .real(1e300),
                .text(""), .text("Beras medium — 10 kg, Rp12.500 🌾 中文 ñ"), .text("nul\u{0}inside"),
                .blob([]), .blob([0, 1, 254, 255]),
            ]
            for value in values { try c.run("INSERT INTO v (x) VALUES (?)", [value]) }
            let read = try c.query("SELECT x FROM v ORDER BY id") { $0.value(0) }
            #expect(read == values)
            let kinds = try c.query("SELECT typeof(x) FROM v ORDER BY id") { $0.string(0) }
            #expect(kinds == ["null", "integer", "integer", "integer", "real", "real",
                              "text", "text", "text", "blob", "blob"])
        }
    }

    @Test func columnsAreFoundByNameTheFirstOfEqualNamesOnEveryRow() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/names.sqlite")
            defer { c.close() }
            let rows = try c.query("SELECT 1 AS a, 2 AS b, 3 AS a UNION ALL SELECT 4, 5, 6") { row in
                [try row.column("a"), try row.column("b"), row.int(try row.column("b"))]
            }
            #expect(rows == [[0, 1, 2], [0, 1, 5]])
            #expect(throws: MalformedRow.self) { try c.queryOne("SELECT 1 AS a") { try $0.column("c") } }
        }
    }

    @Test func bindableSwiftTypesAndTypedReads() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/typed.sqlite")
            defer { c.close() }
            try c.execute("CREATE TABLE t (i INTEGER, i64 INTEGER, d REAL, s TEXT, b INTEGER, bytes BLOB, n TEXT, o INTEGER)")
            let args: [any SQLBindable] = [42, Int64(1) << 40, 0.5, "Gula pasir ✓", true, [UInt8]([7, 8]), nil as String?, Optional(9)]
            #expect(try c.run("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)", args) == 1)
            #expect(c.lastInsertRowID == 1)
            let ok = try c.queryOne("SELECT * FROM t") { row in
                #expect(row.columnCount == 8)
                #expect(row.columnName(3) == "s")
                #expect(row.int(0) == 42)
                #expect(row.int64(1) == 1_099_511_627_776)
                #expect(row.double(2) == 0.5)
                #expect(row.string(3) == "Gula pasir ✓")
                #expect(row.bool(4))
                #expect(row.blob(5) == [7, 8])
                #expect(row.isNull(6))
                #expect(row.optionalString(6) == nil)
                #expect(row.optionalInt(6) == nil)
                #expect(row.optionalDouble(6) == nil)
                #expect(row.optionalInt(7) == 9)
                #expect(row.optionalString(3) == "Gula pasir ✓")
                return true
            }
            #expect(ok == true)
            #expect(try c.queryOne("SELECT * FROM t WHERE i = ?", [0]) { _ in true } == nil)
        }
    }

    @Test func statementCacheReusesPreparedStatements() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/cache.sqlite")
            defer { c.close() }
            try c.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')")
            let sql = "SELECT v FROM t WHERE k >= ? ORDER BY k"
            let first = try c.statement(sql)
            let cachedBefore = c.cachedStatementCount
            #expect(try c.statement(sql) === first)
            #expect(c.cachedStatementCount == cachedBefore)
            #expect(try c.query(sql, [2]) { $0.string(0) } == ["b", "c"])
            #expect(try c.query(sql, [1]) { $0.string(0) } == ["a", "b", "c"])
            #expect(try c.queryOne(sql, [3]) { $0.string(0) } == "c")
            #expect(try c.query(sql, [9]) { $0.string(0) } == [])
            #expect(try c.statement(sql) === first)
            #expect(c.cachedStatementCount == cachedBefore)
        }
    }

    @Test func textsBuiltPerCallFindTheirOwnStatementsWhereverTheirBytesLie() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/addresses.sqlite")
            defer { c.close() }
            // Texts built and freed one after another reuse each other's addresses (and pass the number of
            // addresses kept): each must still run its own statement.
            for round in 0..<3 {
                for number in 0..<700 {
                    let sql = "SELECT \(number) + \(round) AS answer, 'padding that keeps the text out of the string itself'"
                    #expect(try c.queryOne(sql) { $0.int(0) } == number + round)
                }
            }
            let constant = "SELECT 'the same constant text'"
            #expect(try c.statement(constant) === c.statement(constant))
        }
    }

    @Test func nestedQueryWithTheSameSQLDoesNotDisturbTheOuterOne() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/nested.sqlite")
            defer { c.close() }
            try c.execute("CREATE TABLE t (k INTEGER); INSERT INTO t VALUES (1), (2), (3)")
            let sql = "SELECT k FROM t WHERE k >= ? ORDER BY k"
            let pairs = try c.query(sql, [1]) { row in
                let k = row.int(0)
                return (k, try c.query(sql, [k]) { $0.int(0) }.count)
            }
            #expect(pairs.map(\.0) == [1, 2, 3])
            #expect(pairs.map(\.1) == [3, 2, 1])
        }
    }

    @Test func badSQLThrowsWithTheSQL() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/bad.sqlite")
            defer { c.close() }
            let error = #expect(throws: SQLiteError.self) { try c.run("SELEC 1") }
            #expect(error?.code == 1)  // SQLITE_ERROR
            #expect(error?.sql == "SELEC 1")
            #expect(error?.isConstraintViolation == false)
        }
    }
}
