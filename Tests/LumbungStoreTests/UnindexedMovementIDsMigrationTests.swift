import Testing
@testable import LumbungStore

/// Migration 23: the ledger keeps every movement as it was, loses only the index of its ids, and still notes its
/// outlets' activity.
struct UnindexedMovementIDsMigrationTests {
    /// Every stored movement, in `seq` order, as one line of its columns.
    static func ledger(_ connection: Connection) throws -> [String] {
        try connection.query("""
            SELECT seq, id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at,
                   coalesce(note, '-') FROM stock_movements ORDER BY seq
            """) { row in (0..<11).map { row.string($0) }.joined(separator: " ") }
    }

    /// The names of the indexes SQLite keeps on `stock_movements`, sorted.
    static func indexes(_ connection: Connection) throws -> [String] {
        try connection.query("PRAGMA index_list(stock_movements)") { $0.string(1) }.sorted()
    }

    @Test func theLedgerKeepsItsRowsAndLosesOnlyTheIdIndex() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 23 })
            try db.write { c throws in
                try c.execute("""
                    INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                    INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                    INSERT INTO stock_movements (seq, id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at, note)
                    VALUES (7, 'mov_a', 'out_1', 'lpg-3kg', 'receipt', 5000, 5000, 5000, 10, 11, 'first'),
                           (9, 'mov_b', 'out_1', 'lpg-3kg', 'sale', 2000, -2000, 3000, 20, 21, NULL);
                    """)
            }
            let before = try db.read(Self.ledger)
            #expect(try db.read(Self.indexes).contains("sqlite_autoindex_stock_movements_1"))
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 23 }) == 1)  // 24 hands the activity to the ledger
            #expect(try db.read(Self.ledger) == before)
            #expect(try db.read(Self.indexes) == ["stock_movements_by_outlet", "stock_movements_by_outlet_commodity"])
            try db.write { c throws in
                try c.run("""
                    INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at)
                    VALUES ('mov_c', 'out_1', 'lpg-3kg', 'receipt', 1000, 1000, 4000, 30, 31)
                    """)
                #expect(c.lastInsertRowID == 10, "seq goes on after the last one")
                #expect(throws: SQLiteError.self, "the kind is still checked") {
                    try c.run("""
                        INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at)
                        VALUES ('mov_d', 'out_1', 'lpg-3kg', 'gift', 1000, 1000, 5000, 40, 41)
                        """)
                }
            }
            let activity = try db.read { try $0.queryOne("SELECT last_report_at FROM outlet_activity WHERE outlet_id = 'out_1'") { $0.int64(0) } }
            #expect(activity == 31, "a movement still notes its outlet's activity")
        }
    }
}
