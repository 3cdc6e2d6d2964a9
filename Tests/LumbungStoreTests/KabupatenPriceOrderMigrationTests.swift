import Testing
@testable import LumbungStore

/// Migration 26 keeps the stock check's totals and price order per kabupaten/kota instead of per province: it adds
/// up an existing database's balances per kabupaten/kota, its triggers keep them equal to the balances, and the
/// province's table and index are gone.
struct KabupatenPriceOrderMigrationTests {
    @Test func existingBalancesAreAddedUpPerKabupatenAndKeptAddedUp() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 26 })
            try db.write { c throws in
                try c.execute(StockCheckUpkeepMigrationTests.twoCommoditiesAndACooperative + """
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_2', 'coop_1', 'Gerai Dua', '63.71.03.1005', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_3', 'coop_1', 'Gerai Tiga', '63.10.01.2001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_4', 'coop_1', 'Gerai Empat', '63', 0);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 5000, 1);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_2', 'lpg-3kg', '63.71.03.1005', 2000, 1);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_3', 'lpg-3kg', '63.10.01.2001', 0, 1);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_4', 'lpg-3kg', '63', 1000, 1);
                    """)
            }
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 26 }) == 1)
            let built = try db.read(StockCheckUpkeepMigrationTests.kabupatenTotals)
            #expect(built.kept == ["lpg-3kg 63 1 0 1000", "lpg-3kg 63.71 2 0 7000"], "a balance placed in a province counts as its own")
            #expect(built.kept == built.summed)
            try db.write { c throws in
                try c.execute("""
                    UPDATE stock_balances SET region = '63.10.01.2001' WHERE outlet_id = 'out_2';
                    UPDATE stock_balances SET region = '15.71.01.1001' WHERE outlet_id = 'out_4';
                    UPDATE stock_balances SET commodity = 'beras' WHERE outlet_id = 'out_1';
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 4000, 2);
                    DELETE FROM stock_balances WHERE outlet_id = 'out_1' AND commodity = 'beras';
                    """)
            }
            let kept = try db.read(StockCheckUpkeepMigrationTests.kabupatenTotals)
            #expect(kept.kept == ["lpg-3kg 15.71 1 0 1000", "lpg-3kg 63.10 1 0 2000", "lpg-3kg 63.71 1 0 4000"],
                    "moves between kabupaten/kota and provinces, a change of commodity, an insert, a deletion")
            #expect(kept.kept == kept.summed)
            let objects = try db.read { c in
                try c.query("""
                    SELECT name FROM sqlite_schema WHERE name IN ('stock_province_totals', 'stock_balances_by_province_price',
                        'stock_kabupaten_totals', 'stock_balances_by_kabupaten_price') OR name LIKE 'stock_province_totals_%'
                    ORDER BY name
                    """) { $0.string(0) }
            }
            #expect(objects == ["stock_balances_by_kabupaten_price", "stock_kabupaten_totals"], "\(objects)")
        }
    }
}
