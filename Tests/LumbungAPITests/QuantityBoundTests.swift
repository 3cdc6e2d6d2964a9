import Testing

/// Quantities are bounded per movement and per balance, and the stock check totals never overflow.
@Suite struct QuantityBoundTests {
    @Test func hugeReceiptsAreRefusedAndTheStockCheckStillAnswers() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let huge = try app.move(world.outletID, "receipt", "9000000000000000", token: world.shopkeeper)
        #expect(huge.status == 422)
        #expect(huge.string("errors.0.field") == "quantity")
        #expect(try app.move(world.outletID, "receipt", "1000000000", token: world.shopkeeper).status == 201)
        let over = try app.move(world.outletID, "receipt", "0.001", token: world.shopkeeper)
        #expect(over.status == 422)
        #expect(try app.storedBalance(world.outletID) == 1_000_000_000_000)
        let check = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71")
        #expect(check.status == 200)
        #expect(check.number("totalQuantity") == "1000000000")
    }

    @Test func countsAndThresholdsAreBoundedToo() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        #expect(try app.move(world.outletID, "count", "1000000000.001", token: world.shopkeeper).status == 422)
        #expect(try app.move(world.outletID, "adjustment", "-1000000001", token: world.shopkeeper).status == 422)
        let threshold = try app.request("PUT", "/v1/outlets/\(world.outletID)/stock/lpg-3kg/threshold",
                                        token: world.shopkeeper, json: #"{"lowThreshold":5000000000}"#)
        #expect(threshold.status == 422)
    }

    @Test func balancesStoredBeforeTheBoundDoNotOverflowTheTotal() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let second = try app.makeOutlet(cooperativeID: world.cooperativeID, name: "Gerai Kedua")
        try app.move(world.outletID, "receipt", "1", token: world.shopkeeper)
        try app.move(second, "receipt", "1", token: world.shopkeeper)
        try app.sql("UPDATE stock_balances SET quantity = 9000000000000000000")
        let check = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71&limit=1")
        #expect(check.status == 200)
        #expect(check.number("outletsWithStock") == "2")
        let page = try app.request("GET", "/?commodity=lpg-3kg&region=63.71")
        #expect(page.status == 200)
    }
}
