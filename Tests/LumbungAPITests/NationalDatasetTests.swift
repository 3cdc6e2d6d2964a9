import Foundation
import LumbungApp
import Testing

/// The national demo's synthetic past on a small region list: consistent with the ledgers, the
/// current prices and the alerts, and the same on every build.
@Suite(.sqliteOnly("the national demo is written into SQLite (on PostgreSQL it is copied over, tested by DatabaseCopyTests)"))
struct NationalDatasetTests {
    /// Builds the national demo from `TestApp.sampleRegions` into a new test app.
    static func build() throws -> TestApp {
        let app = try TestApp()
        let file = app.folder + "/wilayah.csv"
        try TestApp.sampleRegions.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try Demo(store: try app.sqliteStore, clock: app.clock).national(file: file)
        return app
    }

    let app: TestApp

    init() throws {
        app = try Self.build()
    }

    @Test func everyOutletIsPlacedAndStocked() throws {
        let outlets = try app.count("SELECT count(*) FROM outlets")
        let commodities = try app.count("SELECT count(*) FROM commodities")
        #expect(outlets == 5 && commodities >= 12)
        #expect(try app.count("SELECT count(*) FROM outlets WHERE latitude IS NULL") == 0)
        #expect(try app.count("SELECT count(*) FROM outlet_locations") == outlets)
        #expect(try app.count("SELECT count(*) FROM stock_balances WHERE quantity > 0") == outlets * commodities)
        #expect(try app.count("SELECT count(*) FROM price_reports") == outlets * commodities * NationalDataset.days)
    }

    @Test func balancesEqualTheirLedgers() throws {
        #expect(try app.count("""
            SELECT count(*) FROM stock_balances b
            WHERE b.quantity <> (SELECT sum(m.delta) FROM stock_movements m WHERE m.outlet_id = b.outlet_id AND m.commodity = b.commodity)
            """) == 0)
    }

    @Test func currentPricesAreTheLatestReportsAndOutOfBandOnesHaveAlerts() throws {
        #expect(try app.count("""
            SELECT count(*) FROM current_prices c JOIN price_reports p ON p.id = c.report_id
            WHERE p.price <> c.price OR p.observed_at <> (SELECT max(observed_at) FROM price_reports q
                                                         WHERE q.outlet_id = c.outlet_id AND q.commodity = c.commodity)
            """) == 0)
        let outOfBand = try app.count("SELECT count(*) FROM current_prices WHERE status IN ('above_band', 'below_band')")
        #expect(outOfBand == (try app.count("SELECT count(*) FROM alerts WHERE status = 'open'")))
        #expect(try app.count("""
            SELECT count(*) FROM current_prices c LEFT JOIN alerts a ON a.outlet_id = c.outlet_id AND a.commodity = c.commodity
                AND a.kind = 'price_' || c.status AND a.status = 'open'
            WHERE c.status IN ('above_band', 'below_band') AND a.id IS NULL
            """) == 0)
        // The stock check lists each balance's price, status and time from the balance itself.
        #expect(try app.count("""
            SELECT count(*) FROM stock_balances b LEFT JOIN current_prices c ON c.outlet_id = b.outlet_id AND c.commodity = b.commodity
            WHERE b.price IS NOT c.price OR b.price_status IS NOT c.status OR b.price_observed_at IS NOT c.observed_at
            """) == 0)
        #expect(try app.count("SELECT count(*) FROM stock_balances WHERE price IS NULL") == 0)
        #expect(try app.count("SELECT count(*) FROM current_prices WHERE observed_at >= 1761152400000") == 0,
                "the last reports are from yesterday (WIB)")
    }

    /// The load writes without checking each reference, so nothing may be left dangling, and the writer is back to its
    /// own settings for the writes that follow: references checked, temporary data where SQLite puts it by default.
    @Test func everyReferenceFindsItsRowAndTheChecksAreOnAgain() throws {
        #expect(try app.count("SELECT count(*) FROM pragma_foreign_key_check") == 0)
        let store = try app.sqliteStore
        #expect(try store.database.write { try $0.queryOne("PRAGMA temp_store") { $0.int(0) } } == 0)
        #expect(throws: (any Error).self) {
            try store.database.write { try $0.execute("UPDATE stock_balances SET commodity = 'no-such-commodity'") }
        }
        #expect(try app.count("SELECT count(*) FROM stock_balances WHERE commodity = 'no-such-commodity'") == 0)
    }

    /// The load ends with a checkpoint: a process that opens the new file finds every page in the file itself, with
    /// no WAL to rebuild an index of and look each read up in first.
    @Test func theFileIsWholeAndItsWALEmpty() throws {
        let wal = try app.sqliteStore.database.path + "-wal"
        let attributes = try? FileManager.default.attributesOfItem(atPath: wal)
        #expect((attributes?[.size] as? Int ?? 0) == 0)
    }

    @Test func everyOutletsActivityIsItsLatestReportOrReceipt() throws {
        #expect(try app.count("SELECT count(*) FROM outlet_activity") == (try app.count("SELECT count(*) FROM outlets")))
        #expect(try app.count("""
            SELECT count(*) FROM outlets o LEFT JOIN outlet_activity a ON a.outlet_id = o.id
            WHERE a.last_report_at IS NOT (SELECT max(t) FROM (
                SELECT max(recorded_at) AS t FROM price_reports p WHERE p.outlet_id = o.id
                UNION ALL SELECT max(recorded_at) FROM stock_movements m WHERE m.outlet_id = o.id))
            """) == 0)
    }

    @Test func theStockCheckAndTheReportsWorkOnIt() throws {
        let near = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71")
        #expect(near.status == 200 && near.number("outletsWithStock") == "4")
        // The province check walks the price order the bulk load dropped and rebuilt, and reads the kept totals.
        let province = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63&limit=2",
                                        headers: [("Cache-Control", "no-cache")])
        #expect(province.status == 200 && province.number("outletsWithStock") == "4" && province.count("items") == 2)
        let prices = [province.number("items.0.price"), province.number("items.1.price")].compactMap { $0.flatMap { Int($0) } }
        #expect(prices.count == 2 && prices[0] <= prices[1], "\(prices)")
        let report = try app.request("GET", "/v1/reports/prices?commodity=beras-medium&region=63&date=2025-10-22")
        #expect(report.status == 200 && report.number("overall.outletsReporting") == "4")
        let series = try app.request("GET", "/v1/reports/prices/series?commodity=beras-medium&from=2025-10-08&to=2025-10-22")
        #expect((0..<15).map { series.number("items.\($0).outletsReporting") } == ["0"] + Array(repeating: "5", count: 14))
    }

    @Test func everyBuildIsTheSame() throws {
        let again = try Self.build()
        #expect(try Self.fingerprint(app) == Self.fingerprint(again) && Self.fingerprint(app).count == 5)
    }

    /// Each village's outlet coordinates, price total and report times.
    static func fingerprint(_ app: TestApp) throws -> [String] {
        try app.sqliteStore.database.read { connection in
            try connection.query("""
                SELECT o.region, o.latitude, o.longitude, sum(p.price), group_concat(p.observed_at)
                FROM outlets o JOIN price_reports p ON p.outlet_id = o.id GROUP BY o.region ORDER BY o.region
                """) { row in (0..<5).map { "\(row.value($0))" }.joined(separator: " ") }
        }
    }
}
