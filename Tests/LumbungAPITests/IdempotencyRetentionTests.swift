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
}
