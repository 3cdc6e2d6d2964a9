import Testing
@testable import LumbungStore

/// Migration 16 builds the province totals of an existing database from its balances, and its triggers keep
/// them equal to the balances afterwards.
struct StockCheckUpkeepMigrationTests {
    /// LPG 3 kg and rice in the catalogue and one cooperative, for the outlets and balances of the stock check's
    /// migration tests.
    static let twoCommoditiesAndACooperative = """
        INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
        INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('beras', 'Beras', 'kg', 'beras', 0, 0);
        INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);

        """

    /// The kept province totals and the ones added up from the balances, as comparable lines.
    static func totals(_ connection: Connection) throws -> (kept: [String], summed: [String]) {
        try totals(in: "stock_province_totals", by: "province", codeLength: 2, on: connection)
    }

    /// The kept kabupaten/kota totals (migration 26) and the ones added up from the balances, as comparable lines.
    static func kabupatenTotals(_ connection: Connection) throws -> (kept: [String], summed: [String]) {
        try totals(in: "stock_kabupaten_totals", by: "kabupaten", codeLength: 5, on: connection)
    }

    /// The totals kept in `table` by its `key` column and the ones added up from the balances by their region's first
    /// `codeLength` characters, as comparable lines.
    private static func totals(in table: String, by key: String, codeLength: Int,
                               on connection: Connection) throws -> (kept: [String], summed: [String]) {
        let kept = try connection.query("""
            SELECT commodity, \(key), outlets, total_high, total_low FROM \(table)
            WHERE outlets > 0 OR total_high <> 0 OR total_low <> 0 ORDER BY 1, 2
            """) { "\($0.string(0)) \($0.string(1)) \($0.int64(2)) \($0.int64(3)) \($0.int64(4))" }
        let summed = try connection.query("""
            SELECT commodity, substr(region, 1, \(codeLength)), sum(quantity > 0),
                sum(quantity / \(AvailabilityQueries.totalSplit)), sum(quantity % \(AvailabilityQueries.totalSplit))
            FROM stock_balances GROUP BY 1, 2 HAVING sum(quantity) > 0 ORDER BY 1, 2
            """) { "\($0.string(0)) \($0.string(1)) \($0.int64(2)) \($0.int64(3)) \($0.int64(4))" }
        return (kept, summed)
    }

    @Test func existingBalancesAreAddedUpAndKeptAddedUp() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 16 })
            try db.write { c throws in
                try c.execute("""
                    INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                    INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_2', 'coop_1', 'Gerai Dua', '15.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_3', 'coop_1', 'Gerai Tiga', '63.10.01.2001', 0);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 5000, 1);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_2', 'lpg-3kg', '15.71.01.1001', 7000, 1);
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ('out_3', 'lpg-3kg', '63.10.01.2001', 0, 1);
                    """)
            }
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 16 }) == 1)
            let built = try db.read(Self.totals)
            #expect(built.kept == ["lpg-3kg 15 1 0 7000", "lpg-3kg 63 1 0 5000"])
            #expect(built.kept == built.summed)
            try db.write { c throws in
                try c.execute("""
                    UPDATE stock_balances SET quantity = 3000000000002 WHERE outlet_id = 'out_3';
                    UPDATE stock_balances SET quantity = 0 WHERE outlet_id = 'out_1';
                    UPDATE stock_balances SET region = '63.71.01.1001' WHERE outlet_id = 'out_2';
                    DELETE FROM stock_balances WHERE outlet_id = 'out_1';
                    """)
            }
            let kept = try db.read(Self.totals)
            #expect(kept.kept == ["lpg-3kg 63 2 3000 7002"], "a sale to zero, a large receipt, a move between provinces, a deletion")
            #expect(kept.kept == kept.summed)
        }
    }
}
