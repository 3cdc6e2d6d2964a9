import Testing

@Suite struct ShelfAndLedgerTests {
    @Test func theShelfShowsBalancesWithTheirCurrentPrice() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "40", token: world.shopkeeper)
        try app.move(world.outletID, "receipt", "12.5", commodity: "beras-medium", token: world.shopkeeper)
        try app.sql("""
            INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status)
            VALUES (?, 'lpg-3kg', '63.71.01.1001', 'prc_test', 21000, ?, 'above_band')
            """, world.outletID, Int64(1_761_200_000_000))
        let shelf = try app.request("GET", "/v1/outlets/\(world.outletID)/stock")
        #expect(shelf.status == 200)
        #expect(shelf.string("outletId") == world.outletID)
        #expect(shelf.count("items") == 2)
        #expect(shelf.string("items.0.commodity") == "beras-medium")
        #expect(shelf.number("items.0.quantity") == "12.5")
        #expect(shelf.string("items.0.unit") == "kg")
        #expect(shelf.value("items.0.lowThreshold") == .null)
        #expect(shelf.value("items.0.price") == .null)
        #expect(shelf.value("items.0.priceObservedAt") == .null)
        #expect(shelf.value("items.0.priceStatus") == .null)
        #expect(shelf.string("items.0.updatedAt") == "2025-10-23T08:00:00Z")
        #expect(shelf.string("items.1.commodity") == "lpg-3kg")
        #expect(shelf.number("items.1.quantity") == "40")
        #expect(shelf.number("items.1.price") == "21000")
        #expect(shelf.string("items.1.priceObservedAt") == "2025-10-23T06:13:20Z")
        #expect(shelf.string("items.1.priceStatus") == "above_band")
    }

    @Test func theShelfOfAnOutletWithNothingIsEmptyAndUnknownOutletsAreNotFound() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let empty = try app.request("GET", "/v1/outlets/\(world.outletID)/stock")
        #expect(empty.status == 200)
        #expect(empty.count("items") == 0)
        #expect(try app.request("GET", "/v1/outlets/out_nothing/stock").status == 404)
        #expect(try app.request("GET", "/v1/outlets/out_nothing/movements").status == 404)
    }

    @Test func theLedgerIsNewestFirstAndPagesWithoutGapsOrRepeats() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        var ids: [String] = []
        for quantity in 1...5 {
            ids.append(try #require(try app.move(world.outletID, "receipt", "\(quantity)", token: world.shopkeeper).string("id")))
            try app.move(world.outletID, "receipt", "1", commodity: "gula-pasir", token: world.shopkeeper)
        }
        var seen: [String] = []
        var target = "/v1/outlets/\(world.outletID)/movements?commodity=lpg-3kg&limit=2"
        for _ in 0..<5 {
            let page = try app.request("GET", target)
            #expect(page.status == 200)
            seen += (0..<page.count("items")).compactMap { page.string("items.\($0).id") }
            guard let cursor = page.string("nextCursor") else { break }
            target = "/v1/outlets/\(world.outletID)/movements?commodity=lpg-3kg&limit=2&cursor=\(cursor)"
        }
        #expect(seen == ids.reversed())
        let all = try app.request("GET", "/v1/outlets/\(world.outletID)/movements")
        #expect(all.count("items") == 10)
        #expect(all.value("nextCursor") == .null)
        #expect(all.string("items.0.commodity") == "gula-pasir")
        #expect(all.number("items.1.balanceAfter") == "15")
    }

    @Test(arguments: ["cursor=abc", "cursor=-4", "commodity=LPG", "limit=0"])
    func malformedLedgerQueriesAreRefused(query: String) throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.request("GET", "/v1/outlets/\(world.outletID)/movements?\(query)")
        #expect(response.status == 400)
        #expect(response.string("code") == "malformed")
        #expect(response.string("errors.0.field") == String(query.split(separator: "=")[0]))
    }
}

/// A commodity known only by its price is on the shelf, with its band status kept current.
@Suite struct PricedOnlyShelfTests {
    @Test func aPriceWithoutStockIsOnTheShelfAndFollowsNewBands() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        #expect(try app.reportPrice(world.outletID, 21_000, token: world.shopkeeper).status == 201)
        var shelf = try app.request("GET", "/v1/outlets/\(world.outletID)/stock")
        #expect(shelf.count("items") == 1)
        #expect(shelf.string("items.0.commodity") == "lpg-3kg")
        #expect(shelf.number("items.0.quantity") == "0")
        #expect(shelf.value("items.0.updatedAt") == .null)
        #expect(shelf.number("items.0.price") == "21000")
        #expect(shelf.string("items.0.priceStatus") == "above_band")
        #expect(try app.postBand("lpg-3kg", region: "63.71", min: 18_000, max: 22_000, token: world.admin).status == 201)
        shelf = try app.request("GET", "/v1/outlets/\(world.outletID)/stock")
        #expect(shelf.string("items.0.priceStatus") == "in_band")
        #expect(try app.postBand("lpg-3kg", region: "63.71.01", min: 18_500, max: 19_000, token: world.admin).status == 201)
        shelf = try app.request("GET", "/v1/outlets/\(world.outletID)/stock")
        #expect(shelf.string("items.0.priceStatus") == "above_band")
        #expect(shelf.value("items.0.updatedAt") == .null)
    }

    @Test func theFirstMovementJoinsThePricedItemIntoOneRow() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.reportPrice(world.outletID, 19_000, token: world.shopkeeper)
        try app.reportPrice(world.outletID, 15_000, commodity: "beras-medium", token: world.shopkeeper)
        try app.move(world.outletID, "receipt", "40", token: world.shopkeeper)
        let shelf = try app.request("GET", "/v1/outlets/\(world.outletID)/stock")
        #expect(shelf.count("items") == 2)
        #expect(shelf.string("items.0.commodity") == "beras-medium")
        #expect(shelf.value("items.0.updatedAt") == .null)
        #expect(shelf.string("items.1.commodity") == "lpg-3kg")
        #expect(shelf.number("items.1.quantity") == "40")
        #expect(shelf.number("items.1.price") == "19000")
        #expect(shelf.string("items.1.updatedAt") == "2025-10-23T08:00:00Z")
    }

    @Test func theOutletPageShowsAPricedItemWithoutStock() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.reportPrice(world.outletID, 21_000, token: world.shopkeeper)
        let page = try app.page("/gerai/\(world.outletID)", cookie: try app.signIn(world.shopkeeper))
        #expect(page.status == 200)
        #expect(page.text.contains("Rp21.000"))
        #expect(page.text.contains("Stok belum dicatat"))
    }
}
