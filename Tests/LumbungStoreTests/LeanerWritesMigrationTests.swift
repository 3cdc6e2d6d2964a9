import Testing
@testable import LumbungStore

/// Migration 17 spares the writes temporary tables and sorts while keeping every rule they enforce.
@Suite struct LeanerWritesMigrationTests {
    /// An outlet `out_1` selling LPG, on a database with every migration up to `last` (all by default).
    static func seeded(_ db: Database, through last: Int = .max) throws {
        try db.migrate(Schema.migrations.filter { $0.id <= last })
        try db.write { c throws in
            try c.execute("""
                INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                """)
        }
    }

    /// A movement of `out_1` recorded at `recordedAt`, of `kind`.
    static let movement = """
        INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at)
        VALUES (?, 'out_1', 'lpg-3kg', ?, 1000, 1000, 1000, ?, ?)
        """

    /// How many temporary tables the program of `sql` opens.
    static func temporaryTables(_ sql: String, on connection: Connection) throws -> Int {
        try connection.query("EXPLAIN " + sql) { $0.string(1) }.filter { $0 == "OpenEphemeral" }.count
    }

    @Test func listsOfThreeOrMoreConstantsBecomeEqualityChains() {
        #expect(ConstantListChecks.equalities(in: "kind TEXT CHECK (kind IN ('a', 'b',\n 'c'))")
                == "kind TEXT CHECK ((kind = 'a' OR kind = 'b' OR kind = 'c'))")
        #expect(ConstantListChecks.equalities(in: "CHECK (status IN ('open', 'resolved'))") == "CHECK (status IN ('open', 'resolved'))")
        #expect(ConstantListChecks.equalities(in: "CHECK (note IN ('it''s', 'x', 'y'))")
                == "CHECK ((note = 'it''s' OR note = 'x' OR note = 'y'))")
    }

    @Test func writesOpenNoTemporaryTableOnTheMigratingConnectionOrAnyOther() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try Self.seeded(db)
            let lists = try db.read { c throws in
                try c.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL") { $0.string(0) }
                    .filter { name in try c.queryOne("SELECT sql FROM sqlite_schema WHERE name = ?", [name]) {
                        ConstantListChecks.equalities(in: $0.string(0)) != $0.string(0)
                    } ?? false }
            }
            #expect(lists.isEmpty, "tables still checking a list of constants: \(lists)")
            let upsert = """
                INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status)
                VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 'prc_1', 19000, 1, 'in_band')
                ON CONFLICT (outlet_id, commodity) DO UPDATE SET status = excluded.status, price = excluded.price
                """
            try db.write { c throws in  // the writer that ran the migration reads the new schema too
                #expect(try Self.temporaryTables(Self.movement, on: c) == 0)
                #expect(try Self.temporaryTables(upsert, on: c) == 0)
            }
            try db.read { c throws in #expect(try Self.temporaryTables(Self.movement, on: c) == 0) }
        }
    }

    @Test func theRewrittenChecksStillRefuseWhatTheyRefused() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try Self.seeded(db)
            #expect(throws: SQLiteError.self) { try db.write { try $0.run(Self.movement, ["mov_1", "gift", 1, 1]) } }
            #expect(throws: SQLiteError.self) {
                try db.write { c throws in
                    try c.run("""
                        INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status)
                        VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 'prc_1', 19000, 1, 'cheap')
                        """)
                }
            }
            try db.write { try $0.run(Self.movement, ["mov_2", "receipt", 1, 1]) }
            #expect(try db.read { try $0.queryOne("SELECT count(*) FROM stock_movements") { $0.int(0) } } == 1)
        }
    }

    @Test func aMovementMovesItsOutletsActivityForwardOnly() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try Self.seeded(db, through: 23)  // migration 24 hands the activity to the ledger
            let activity = { try db.read { c throws in
                try c.query("SELECT region, last_report_at FROM outlet_activity WHERE outlet_id = 'out_1'") {
                    "\($0.string(0)) \($0.int64(1))"
                }
            } }
            #expect(try activity() == [])
            try db.write { try $0.run(Self.movement, ["mov_1", "receipt", 100, 100]) }
            #expect(try activity() == ["63.71.01.1001 100"], "the first movement adds the outlet's row")
            try db.write { try $0.run(Self.movement, ["mov_2", "receipt", 300, 300]) }
            #expect(try activity() == ["63.71.01.1001 300"], "a later one moves it forward")
            try db.write { try $0.run(Self.movement, ["mov_3", "receipt", 200, 200]) }
            #expect(try activity() == ["63.71.01.1001 300"], "an earlier one leaves it")
        }
    }
}
