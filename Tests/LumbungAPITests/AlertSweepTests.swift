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
        try app.application.store.database.write { connection in
            for index in 0..<shelves {
                let outlet = "out_bulk\(index)"
                try connection.run("INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES (?, ?, ?, ?, 0)",
                                   [outlet, world.cooperativeID, "Gerai \(index)", "63.71.01.1001"])
                try connection.run("""
                    INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at,
                                                 recorded_at) VALUES (?, ?, 'lpg-3kg', 'receipt', 5000, 5000, 5000, ?, ?)
                    """, ["mov_bulk\(index)", outlet, now, now])
                try connection.run("""
                    INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at)
                    VALUES (?, 'lpg-3kg', '63.71.01.1001', 5000, ?)
                    """, [outlet, now])
            }
        }
        app.advance(hours: 49)
        #expect(try app.application.sweeper.runOnce().staleOpened == shelves)
        #expect(try app.application.sweeper.runOnce().staleOpened == 0)
        try app.application.store.database.write { try $0.run("UPDATE stock_balances SET quantity = 0") }
        #expect(try app.application.sweeper.runOnce().staleResolved == shelves)
        #expect(try app.alerts("kind=stale_price", token: world.admin).count("items") == 0)
    }
}
