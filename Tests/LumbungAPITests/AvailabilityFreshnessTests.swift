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
}
