import Testing
@testable import LumbungStore

/// Migration 19: a balance that only moves fires one province-totals trigger instead of two, and the totals still
/// equal the balances added up after moves, changes of province and changes of commodity.
struct MovementTriggersMigrationTests {
    /// The trigger programs (`Program` opcodes) SQLite compiles into `sql`. An `EXPLAIN` statement never checks the
    /// schema again once prepared, so each look (`moment`) prepares its own text, on the migrating writer.
    static func triggerPrograms(_ sql: String, _ moment: String, on connection: Connection) throws -> Int {
        try connection.query("EXPLAIN \(sql) -- \(moment)") { $0.string(1) }.filter { $0 == "Program" }.count
    }

    @Test func aMovementsBalanceUpdateRunsOneTriggerProgram() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 19 })
            let before = try db.write { try Self.triggerPrograms(StockQueries.moveBalance, "before", on: $0) }
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 19 }) == 1)
            let after = try db.write { try Self.triggerPrograms(StockQueries.moveBalance, "after", on: $0) }
            #expect(before == 2)
            #expect(after == 1, "only stock_province_totals_after_balance_change")
            let moving = try db.write {
                try Self.triggerPrograms("UPDATE stock_balances SET quantity = 1, region = '15.71' WHERE outlet_id = 'x'", "after", on: $0)
            }
            #expect(moving == 3, "setting the region still runs the move trigger (and the region check and the change trigger)")
        }
    }

    @Test func totalsStayEqualToTheBalancesThroughMovesAndRegionChanges() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id <= 24 })  // 25 hands a balance's moves to the ledger
            try db.write { c throws in
                try c.execute(StockCheckUpkeepMigrationTests.twoCommoditiesAndACooperative + """
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_2', 'coop_1', 'Gerai Dua', '63.10.01.2001', 0);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 5000, 1);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_2', 'lpg-3kg', '63.10.01.2001', 2000, 1);
                    UPDATE stock_balances SET quantity = 8000, updated_at = 2 WHERE outlet_id = 'out_1';
                    UPDATE stock_balances SET quantity = 0, updated_at = 2 WHERE outlet_id = 'out_2';
                    UPDATE stock_balances SET quantity = 9000, region = '15.71.01.1001' WHERE outlet_id = 'out_1';
                    UPDATE stock_balances SET quantity = 4000, region = '63.71.01.1001' WHERE outlet_id = 'out_2';
                    UPDATE stock_balances SET commodity = 'beras', quantity = 1000 WHERE outlet_id = 'out_2';
                    """)
            }
            let totals = try db.read(StockCheckUpkeepMigrationTests.totals)
            #expect(totals.kept == ["beras 63 1 0 1000", "lpg-3kg 15 1 0 9000"], "moves, a change of province, of commodity")
            #expect(totals.kept == totals.summed)
        }
    }
}
