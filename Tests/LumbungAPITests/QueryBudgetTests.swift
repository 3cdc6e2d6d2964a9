import Testing

/// Reads are cut off at the query-time budget and answered 503 with Retry-After.
@Suite struct QueryBudgetTests {
    /// An app whose outlet has a long price history in the last days (the clock stands at 2025-10-23). The
    /// reports below ask for the outlet's village, whose series replays every report (regions from the
    /// kecamatan up read stored distributions and stay cheap).
    private func appWithHistory(budget: Duration?) throws -> TestApp {
        let app = try TestApp { settings in
            if let budget { settings.queryBudget = budget }
        }
        let world = try app.makeStockWorld()
        #expect(try app.reportPrice(world.outletID, 19000, token: world.shopkeeper).status == 201)
        try app.sql("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
            INSERT INTO price_reports (id, outlet_id, commodity, region, price, observed_at, recorded_at)
            SELECT 'prc_bulk_' || i, ?, 'lpg-3kg', '63.71.01.1001', 18000 + i % 900,
                   1761206400000 - i * 30000, 1761206400000 FROM n
            """, world.outletID)
        return app
    }

    @Test(.sqliteOnly("""
        PostgreSQL's statement_timeout counts whole milliseconds of wall time, so a budget of 1 ns cuts off the set-up's \
        small reads too; PostgresReadBudgetTests checks the budget and its over_budget answer there
        """))
    func aReportPastTheBudgetAnswers503WithRetryAfter() throws {
        let app = try appWithHistory(budget: .nanoseconds(1))
        let report = try app.request("GET", "/v1/reports/prices/series?commodity=lpg-3kg&region=63.71.01.1001")
        #expect(report.status == 503)
        #expect(report.header("Content-Type") == "application/problem+json")
        #expect(report.string("code") == "storage_unavailable")
        #expect(report.string("reason") == "over_budget")
        #expect(report.header("Retry-After") == "5")
        #expect(try app.request("GET", "/healthz").status == 200)
    }

    @Test func theSameReportWithinTheDefaultBudgetAnswers() throws {
        let app = try appWithHistory(budget: nil)
        let report = try app.request("GET", "/v1/reports/prices/series?commodity=lpg-3kg&region=63.71.01.1001")
        #expect(report.status == 200)
    }
}
