import Testing
@testable import LumbungStore

/// Migrations 15 and 18 fill each existing balance's ranking key, and its price's status and time, from its outlet's
/// current price.
struct StockRankingMigrationTests {
    @Test func existingBalancesTakeTheirCurrentPriceOrNone() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 15 })
            try insertTwoBalancesOnePriced(db, status: "no_band")
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 15 }) == 1)
            let keys = try db.read { c throws in
                try c.query("SELECT outlet_id, price FROM stock_balances ORDER BY outlet_id") {
                    "\($0.string(0)) \($0.optionalInt64(1).map(String.init) ?? "none")"
                }
            }
            #expect(keys == ["out_1 19500", "out_2 none"])
        }
    }

    @Test func existingBalancesTakeTheirCurrentPriceStatusAndTimeOrNone() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 18 })
            try insertTwoBalancesOnePriced(db, status: "above_band")
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 18 }) == 1)
            let listed = try db.read { c throws in
                try c.query("SELECT outlet_id, price, price_status, price_observed_at FROM stock_balances ORDER BY outlet_id") {
                    "\($0.string(0)) \($0.optionalInt64(1).map(String.init) ?? "none") \($0.optionalString(2) ?? "none") "
                        + ($0.optionalInt64(3).map(String.init) ?? "none")
                }
            }
            #expect(listed == ["out_1 19500 above_band 100", "out_2 none none none"])
        }
    }

    /// Two LPG balances in one village, of which only `out_1` has a current price (19,500, observed at 100, `status`).
    private func insertTwoBalancesOnePriced(_ db: Database, status: String) throws {
        try db.write { c throws in
            try c.execute("""
                INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_2', 'coop_1', 'Gerai Dua', '63.71.01.1001', 0);
                INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 5000, 1);
                INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_2', 'lpg-3kg', '63.71.01.1001', 7000, 1);
                INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status)
                    VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 'prc_1', 19500, 100, '\(status)');
                """)
        }
    }
}
