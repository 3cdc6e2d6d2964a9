import Testing
@testable import LumbungStore

/// Migration 9 rebuilds alerts, their trail and tokens: what was stored before survives with its ids.
struct RegionalAlertMigrationTests {
    @Test func alertsEventsTokensAndActivitySurviveTheRebuild() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 9 })
            try db.write { c throws in
                try c.execute("""
                    INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                    INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai', '63.71.01.1001', 0);
                    INSERT INTO tokens (id, name, role, cooperative_id, secret_hash, created_at) VALUES ('tok_1', 'Pengurus', 'shopkeeper', 'coop_1', 'h', 0);
                    INSERT INTO price_reports (id, outlet_id, commodity, region, price, observed_at, recorded_at)
                        VALUES ('prc_1', 'out_1', 'lpg-3kg', '63.71.01.1001', 35000, 100, 200);
                    INSERT INTO alerts (seq, id, kind, status, outlet_id, cooperative_id, region, commodity, value, opened_at, updated_at, message)
                        VALUES (7, 'alr_1', 'price_above_band', 'open', 'out_1', 'coop_1', '63.71.01.1001', 'lpg-3kg', 35000, 200, 200, 'Harga');
                    INSERT INTO alert_events (seq, alert_id, type, at, value) VALUES (41, 'alr_1', 'opened', 200, 35000);
                    """)
            }
            #expect(try db.migrate(Schema.migrations) == Schema.migrations.filter { $0.id >= 9 }.count)  // 12 on the rebuilt tables
            try db.read { c throws in
                #expect(try c.queryOne("SELECT seq, kind, outlet_id, level FROM alerts WHERE id = 'alr_1'") {
                    "\($0.int(0)) \($0.string(1)) \($0.string(2)) \($0.optionalString(3) ?? "null")"
                } == "7 price_above_band out_1 null")
                #expect(try c.queryOne("SELECT seq FROM alert_events WHERE alert_id = 'alr_1'") { $0.int(0) } == 41)
                #expect(try c.queryOne("SELECT role FROM tokens WHERE id = 'tok_1'") { $0.string(0) } == "shopkeeper")
                #expect(try c.queryOne("SELECT last_report_at FROM outlet_activity WHERE outlet_id = 'out_1'") { $0.int(0) } == 200)
                #expect(try c.query("PRAGMA foreign_key_check") { $0.string(0) }.isEmpty)
            }
            try db.write { c throws in
                try c.run("""
                    INSERT INTO alerts (id, kind, status, region, commodity, value, opened_at, updated_at, message, level)
                    VALUES ('alr_2', 'regional_price_rise', 'open', '63.71', 'lpg-3kg', 110, 300, 300, 'Waspada', 'waspada')
                    """)
                #expect(throws: (any Error).self) {
                    try c.run("""
                        INSERT INTO alerts (id, kind, status, region, commodity, value, opened_at, updated_at, message, level)
                        VALUES ('alr_3', 'regional_price_rise', 'open', '63.71', 'lpg-3kg', 130, 300, 300, 'Siaga', 'siaga')
                        """)
                }
                #expect(throws: (any Error).self) {
                    try c.run("""
                        INSERT INTO alerts (id, kind, status, region, commodity, opened_at, updated_at, message)
                        VALUES ('alr_4', 'price_above_band', 'open', '63.71', 'lpg-3kg', 300, 300, 'no outlet')
                        """)
                }
                #expect(throws: (any Error).self) {
                    try c.run("""
                        INSERT INTO alerts (id, kind, status, region, commodity, value, opened_at, updated_at, message, level)
                        VALUES ('alr_5', 'regional_price_rise', 'open', '63.7', 'lpg-3kg', 110, 300, 300, 'Waspada', 'waspada')
                        """)
                }
                #expect(throws: (any Error).self) {
                    try c.run("UPDATE tokens SET region = '6371' WHERE id = 'tok_1'")
                }
            }
        }
    }
}
