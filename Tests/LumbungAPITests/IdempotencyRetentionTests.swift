import Testing

/// Kept answers are replayed for at least a day and forgotten by the sweep after two.
@Suite struct IdempotencyRetentionTests {
    @Test func aKeyIsReplayedForADayAndForgottenAfterTwo() throws {
        let app = try TestApp()
        try app.ensureStockCommodities()
        let world = try app.makeWorld()
        #expect(try app.move(world.outletID, "receipt", "5", token: world.shopkeeper, key: "k-1").status == 201)
        app.clock.advance(by: 25 * 3_600_000)
        try app.application.sweeper.runOnce()
        let replay = try app.move(world.outletID, "receipt", "5", token: world.shopkeeper, key: "k-1")
        #expect(replay.header("Idempotent-Replayed") == "true")
        #expect(replay.number("balanceAfter") == "5")
        app.clock.advance(by: 24 * 3_600_000)
        try app.application.sweeper.runOnce()
        let again = try app.move(world.outletID, "receipt", "5", token: world.shopkeeper, key: "k-1")
        #expect(again.header("Idempotent-Replayed") == nil)
        #expect(again.number("balanceAfter") == "10")
    }

    @Test(.sqliteOnly("the failure is made with a SQLite trigger"))
    func aSweepWhoseAlertsFailStillForgetsOldKeys() throws {
        let app = try TestApp()
        try app.ensureStockCommodities()
        let world = try app.makeWorld()
        #expect(try app.move(world.outletID, "receipt", "5", token: world.shopkeeper, key: "k-1").status == 201)
        // The stock is held without a price, so after 48 hours the sweep opens a stale-price alert: make that fail.
        try app.sql("CREATE TRIGGER alerts_refused BEFORE INSERT ON alerts BEGIN SELECT RAISE(ABORT, 'refused'); END")
        app.advance(hours: 49)
        #expect(throws: (any Error).self) { try app.application.sweeper.runOnce() }
        let again = try app.move(world.outletID, "receipt", "5", token: world.shopkeeper, key: "k-1")
        #expect(again.header("Idempotent-Replayed") == nil)
        #expect(again.number("balanceAfter") == "10")
        #expect(try app.alerts("kind=stale_price", token: world.officer).count("items") == 0)

        try app.sql("DROP TRIGGER alerts_refused")
        #expect(try app.application.sweeper.runOnce().staleOpened == 1)
        #expect(try app.alerts("kind=stale_price", token: world.officer).count("items") == 1)
    }
}
