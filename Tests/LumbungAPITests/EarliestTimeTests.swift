import Testing

/// Times before 2000-01-01 are refused rather than stored and returned as something that is not RFC 3339.
@Suite struct EarliestTimeTests {
    @Test func aPriceObservedBefore2000IsRefused() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let ancient = try app.reportPrice(world.outletID, 19000, observedAt: "0000-01-01T00:00:00+01:00", token: world.shopkeeper)
        #expect(ancient.status == 422)
        #expect(ancient.string("errors.0.field") == "observedAt")
        let justBefore = try app.reportPrice(world.outletID, 19000, observedAt: "1999-12-31T23:59:59Z", token: world.shopkeeper)
        #expect(justBefore.status == 422)
        #expect(try app.count("SELECT count(*) FROM price_reports") == 0)
        let fine = try app.reportPrice(world.outletID, 19000, observedAt: "2000-01-01T00:00:00Z", token: world.shopkeeper)
        #expect(fine.status == 201)
        #expect(fine.string("observedAt") == "2000-01-01T00:00:00Z")
    }

    @Test func movementsBandsAndQueriesRefuseTimesBefore2000() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let movement = try app.move(world.outletID, "receipt", "1", token: world.shopkeeper,
                                    extra: #","occurredAt":"1970-01-01T00:00:00Z""#)
        #expect(movement.status == 422)
        let band = try app.postBand("lpg-3kg", region: "63", min: 1, max: 2, effectiveFrom: "1900-01-01T00:00:00Z",
                                    token: world.admin)
        #expect(band.status == 422)
        let query = try app.effectiveBand("lpg-3kg", region: "63.71.01.1001", at: "0001-01-01T00:00:00Z")
        #expect(query.status == 400)
        #expect(try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&date=1999-12-31").status == 400)
    }

    @Test func aLimitBeyondInt64IsClampedLikeAnyLargeLimit() throws {
        let app = try TestApp()
        let response = try app.request("GET", "/v1/regions?limit=99999999999999999999999")
        #expect(response.status == 200)
    }
}
