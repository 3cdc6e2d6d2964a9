import Testing

/// The stock check is answered from a cache between writes; every write must show at once.
@Suite struct AvailabilityFreshnessTests {
    @Test func aSaleShowsInTheNextStockCheck() throws {
        let app = try TestApp()
        try app.ensureStockCommodities()
        let world = try app.makeWorld()
        #expect(try app.move(world.outletID, "receipt", "10", token: world.shopkeeper).status == 201)
        let path = "/v1/availability?commodity=lpg-3kg&region=63.71"
        #expect(try app.request("GET", path).number("totalQuantity") == "10")
        #expect(try app.request("GET", path).number("totalQuantity") == "10")
        #expect(try app.move(world.outletID, "sale", "4", token: world.shopkeeper).status == 201)
        #expect(try app.request("GET", path).number("totalQuantity") == "6")
        #expect(try app.move(world.outletID, "sale", "6", token: world.shopkeeper).status == 201)
        let soldOut = try app.request("GET", path)
        #expect(soldOut.number("totalQuantity") == "0")
        #expect(soldOut.count("items") == 0)
    }

    @Test func cachedChecksOverASocketAnswerEachQueryWhateverItsSpelling() throws {
        let app = try TestApp(overSocket: true)  // the server keys its cache by the raw query string here
        try app.ensureStockCommodities()
        let world = try app.makeWorld()
        #expect(try app.move(world.outletID, "receipt", "10", token: world.shopkeeper).status == 201)
        let plain = "/v1/availability?commodity=lpg-3kg&region=63.71"
        let escaped = "/v1/availability?region=63%2E71&commodity=lpg%2D3kg"
        for path in [plain, escaped, plain, escaped] {
            #expect(try app.request("GET", path).number("totalQuantity") == "10")
        }
        #expect(try app.request("GET", plain + "&limit=0").status == 400)  // a different question, not a kept answer
        #expect(try app.move(world.outletID, "sale", "4", token: world.shopkeeper).status == 201)
        #expect(try app.request("GET", escaped).number("totalQuantity") == "6")
        #expect(try app.request("GET", plain).number("totalQuantity") == "6")
    }
}
