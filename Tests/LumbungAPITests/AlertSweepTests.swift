import Testing

@Suite struct AlertSweepTests {
    @Test func aFutureBandTakesEffectWhenTheSweepPassesItsDate() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 19500, token: world.shopkeeper)
        try app.postBand("lpg-3kg", region: "63.71", min: 18000, max: 19000, effectiveFrom: "2025-10-23T10:00:00Z",
                         token: world.officer)
        try app.application.sweeper.runOnce()
        #expect(try app.alerts(token: world.officer).count("items") == 0)
        app.advance(hours: 3)
        let outcome = try app.application.sweeper.runOnce()
        #expect(outcome.bandsApplied == 1)
        let open = try app.alerts(token: world.officer)
        #expect(open.count("items") == 1)
        #expect(open.number("items.0.band.max") == "19000")
        #expect(try app.currentStatus(world.outletID) == "above_band")
        #expect(try app.application.sweeper.runOnce().bandsApplied == 0)
    }

    @Test func stockWithoutARecentPriceGetsAStalePriceAlertFromTheSweep() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.move(world.outletID, "receipt", "40", token: world.shopkeeper)
        try app.move(world.outletID, "receipt", "10", commodity: "beras-medium", token: world.shopkeeper)
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        app.advance(hours: 47)
        #expect(try app.application.sweeper.runOnce().staleOpened == 0)
        app.advance(hours: 2)
        #expect(try app.application.sweeper.runOnce().staleOpened == 2)
        let stale = try app.alerts("kind=stale_price", token: world.officer)
        #expect(stale.count("items") == 2)
        let lpg = try app.alerts("kind=stale_price&commodity=lpg-3kg", token: world.officer)
        #expect(lpg.number("items.0.value") == "19000")
        #expect(lpg.string("items.0.message") == "Harga LPG 3 kg di Gerai Kelayan Timur belum dilaporkan lebih dari 48 jam.")
        #expect(try app.alerts("kind=stale_price&commodity=beras-medium", token: world.officer).value("items.0.value")?.isNull
            == true)
        #expect(try app.application.sweeper.runOnce().staleOpened == 0)

        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        try app.move(world.outletID, "sale", "10", commodity: "beras-medium", token: world.shopkeeper)
        #expect(try app.alerts("kind=stale_price&commodity=lpg-3kg", token: world.officer).count("items") == 0)
        #expect(try app.alerts("kind=stale_price&commodity=beras-medium", token: world.officer).count("items") == 0)
        try app.application.sweeper.runOnce()
        #expect(try app.alerts("kind=stale_price", token: world.officer).count("items") == 0)
        #expect(try app.alerts("kind=stale_price&status=resolved", token: world.officer).count("items") == 2)
    }

    @Test func theSweepWorksThroughMoreStaleShelvesThanOneChunk() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let shelves = 1234
        let now = app.clock.now().millisecondsSinceEpoch
        let bulk = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)"
        try app.makeBulkOutlets(shelves, cooperativeID: world.cooperativeID)
        try app.sql("""
            \(bulk) INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at)
            SELECT 'mov_bulk' || i, 'out_bulk' || i, 'lpg-3kg', 'receipt', 5000, 5000, 5000, ?, ? FROM n
            """, shelves, now, now)
        try app.sql("""
            \(bulk) INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at)
            SELECT 'out_bulk' || i, 'lpg-3kg', '63.71.01.1001', 5000, ? FROM n
            """, shelves, now)
        app.advance(hours: 49)
        #expect(try app.application.sweeper.runOnce().staleOpened == shelves)
        #expect(try app.application.sweeper.runOnce().staleOpened == 0)
        try app.sql("UPDATE stock_balances SET quantity = 0")
        #expect(try app.application.sweeper.runOnce().staleResolved == shelves)
        #expect(try app.alerts("kind=stale_price", token: world.admin).count("items") == 0)
    }
}
