import Testing

@Suite struct BandTests {
    @Test func aNewDatabaseHoldsTheDefaultBandsWithTheirSources() throws {
        let app = try TestApp()
        let lpg = try app.effectiveBand("lpg-3kg", region: "63.71.01.1001")
        #expect(lpg.status == 200)
        #expect(lpg.number("min") == "18500")
        #expect(lpg.number("max") == "20000")
        #expect(lpg.string("region") == "63")
        #expect(lpg.string("source")?.contains("Kalsel") == true)
        #expect(try app.effectiveBand("lpg-3kg", region: "15.01.01.2001").status == 404)
        for (province, medium, premium) in [("31", "13500", "14900"), ("63", "14000", "15400"), ("91", "15500", "15800")] {
            let village = "\(province).01.01.2001"
            #expect(try app.effectiveBand("beras-medium", region: village).number("max") == medium)
            #expect(try app.effectiveBand("beras-premium", region: village).number("max") == premium)
            #expect(try app.effectiveBand("beras-medium", region: village).string("source")?.contains("299/2025") == true)
        }
        #expect(try app.effectiveBand("beras-medium", region: "63.71.01.1001", at: "2025-08-21T00:00:00Z").status == 404)
        #expect(try app.effectiveBand("minyakita", region: "94.01.01.2001").number("max") == "15700")
        #expect(try app.effectiveBand("minyakita").string("region") == "")
        #expect(try app.effectiveBand("gula-pasir").number("max") == "17500")
        #expect(try app.effectiveBand("gula-pasir", region: "94.01.01.2001").number("max") == "18500")
        let all = try app.request("GET", "/v1/bands?limit=500")
        #expect(all.count("items") == 87)
    }

    @Test func theMostSpecificRegionWins() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        for (region, max) in [("", 30000), ("63", 29000), ("63.71", 28000), ("63.71.01.1001", 27000)] {
            #expect(try app.postBand("telur-ayam-ras", region: region, max: max, token: world.admin).status == 201)
        }
        let cases = [("63.71.01.1001", "27000"), ("63.71.01.1002", "28000"), ("63.72.01.1001", "29000"),
                     ("15.01.01.2001", "30000")]
        for (village, max) in cases {
            #expect(try app.effectiveBand("telur-ayam-ras", region: village).number("max") == max, "\(village)")
        }
        #expect(try app.effectiveBand("telur-ayam-ras").number("max") == "30000")
    }

    @Test func aFutureBandAppliesFromItsEffectiveDate() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        try app.postBand("telur-ayam-ras", region: "63", max: 30000, effectiveFrom: "2025-10-01T00:00:00Z", token: admin)
        try app.postBand("telur-ayam-ras", region: "63", max: 32000, effectiveFrom: "2025-11-01T00:00:00+08:00", token: admin)
        #expect(try app.effectiveBand("telur-ayam-ras", region: "63.71.01.1001").number("max") == "30000")
        let later = try app.effectiveBand("telur-ayam-ras", region: "63.71.01.1001", at: "2025-10-31T16:00:00Z")
        #expect(later.number("max") == "32000")
        #expect(later.string("effectiveFrom") == "2025-10-31T16:00:00Z")
        #expect(try app.effectiveBand("telur-ayam-ras", region: "63.71.01.1001", at: "2025-10-31T15:59:59Z")
            .number("max") == "30000")
    }

    @Test func withEqualEffectiveDatesTheLatestRecordedWins() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        for max in [30000, 31000, 29500] {
            try app.postBand("telur-ayam-ras", region: "63.71", max: max, effectiveFrom: "2025-10-01T00:00:00Z", token: admin)
        }
        #expect(try app.effectiveBand("telur-ayam-ras", region: "63.71.01.1001").number("max") == "29500")
        let newerDate = try app.postBand("telur-ayam-ras", region: "63.71", max: 35000,
                                         effectiveFrom: "2025-10-02T00:00:00Z", token: admin)
        #expect(newerDate.status == 201)
        try app.postBand("telur-ayam-ras", region: "63.71", max: 36000, effectiveFrom: "2025-09-01T00:00:00Z", token: admin)
        #expect(try app.effectiveBand("telur-ayam-ras", region: "63.71.01.1001").number("max") == "35000")
    }

    @Test func officersWriteBandsOnlyWithinTheirRegion() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let inside = try app.postBand("telur-ayam-ras", region: "63.71.01", min: 25000, max: 30000, token: world.officer)
        #expect(inside.status == 201)
        #expect(inside.string("id")?.hasPrefix("bnd_") == true)
        #expect(inside.string("createdAt") == "2025-10-23T08:00:00Z")
        #expect(inside.string("source") == "test")
        #expect(try app.postBand("telur-ayam-ras", region: "63.71", max: 30000, token: world.officer).status == 201)
        #expect(try app.postBand("telur-ayam-ras", region: "63", max: 30000, token: world.officer).status == 403)
        #expect(try app.postBand("telur-ayam-ras", region: "", max: 30000, token: world.officer).status == 403)
        #expect(try app.postBand("telur-ayam-ras", region: "63.71", max: 30000, token: world.otherOfficer).status == 403)
        #expect(try app.postBand("telur-ayam-ras", region: "63.71", max: 30000, token: world.shopkeeper).status == 403)
        #expect(try app.request("POST", "/v1/bands", json: "{}").status == 401)
        #expect(try app.postBand("telur-ayam-ras", region: "", max: 30000, token: world.admin).status == 201)
    }

    @Test func invalidBandsAreRefusedNamingTheField() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let cases: [(String, String)] = [
            (#"{"commodity":"telur-ayam-ras","region":"63","min":31000,"max":30000,"effectiveFrom":"2025-10-01T00:00:00Z"}"#, "min"),
            (#"{"commodity":"telur-ayam-ras","region":"63","effectiveFrom":"2025-10-01T00:00:00Z"}"#, "max"),
            (#"{"commodity":"telur-ayam-ras","region":"63","max":0,"effectiveFrom":"2025-10-01T00:00:00Z"}"#, "max"),
            (#"{"commodity":"kopi","region":"63","max":30000,"effectiveFrom":"2025-10-01T00:00:00Z"}"#, "commodity"),
            (#"{"commodity":"telur-ayam-ras","region":"63.7","max":30000,"effectiveFrom":"2025-10-01T00:00:00Z"}"#, "region"),
            (#"{"commodity":"telur-ayam-ras","max":30000,"effectiveFrom":"2025-10-01T00:00:00Z"}"#, "region"),
            (#"{"commodity":"telur-ayam-ras","region":"63","max":30000,"effectiveFrom":"yesterday"}"#, "effectiveFrom"),
        ]
        for (body, field) in cases {
            let response = try app.request("POST", "/v1/bands", token: admin, json: body)
            #expect(response.status == 422, "\(body)")
            #expect(response.string("code") == "invalid")
            #expect(response.string("errors.0.field") == field, "\(body): \(response.text)")
        }
    }

    @Test func bandsListByCommodityAndRegionPrefixNewestFirst() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        for region in ["63", "63.71", "63.71.01", "15"] {
            try app.postBand("telur-ayam-ras", region: region, max: 30000, token: admin)
        }
        let first = try app.request("GET", "/v1/bands?commodity=telur-ayam-ras&region=63&limit=2")
        #expect(first.status == 200)
        #expect(first.count("items") == 2)
        #expect(first.string("items.0.region") == "63.71.01")
        #expect(first.string("items.1.region") == "63.71")
        let cursor = try #require(first.string("nextCursor"))
        let second = try app.request("GET", "/v1/bands?commodity=telur-ayam-ras&region=63&limit=2&cursor=\(cursor)")
        #expect(second.count("items") == 1)
        #expect(second.string("items.0.region") == "63")
        #expect(second.value("nextCursor")?.isNull == true)
        #expect(try app.request("GET", "/v1/bands?region=63.7").status == 400)
        #expect(try app.request("GET", "/v1/bands?cursor=nonsense").status == 400)
    }

    @Test func effectiveBandNeedsACommodityAndAnswers404WithoutABand() throws {
        let app = try TestApp()
        #expect(try app.request("GET", "/v1/bands/effective").status == 400)
        #expect(try app.request("GET", "/v1/bands/effective?commodity=lpg-3kg&at=tomorrow").status == 400)
        let none = try app.effectiveBand("telur-ayam-ras", region: "63.71.01.1001")
        #expect(none.status == 404)
        #expect(none.string("code") == "not_found")
    }

    @Test func aBandPostedTakesEffectAtTheVeryNextPriceReport() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let before = try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        #expect(before.status == 201 && before.string("status") == "in_band" && before.string("band.region") == "63")
        #expect(try app.postBand("lpg-3kg", region: "63.71", max: 18000, token: world.officer).status == 201)
        let after = try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        #expect(after.string("status") == "above_band" && after.string("band.region") == "63.71" && after.number("band.max") == "18000")
        #expect(try app.currentStatus(world.outletID) == "above_band")
        let alerts = try app.alerts(token: world.admin)
        #expect(alerts.count("items") == 1 && alerts.string("items.0.kind") == "price_above_band")
        app.advance(hours: 1)
        #expect(try app.postBand("lpg-3kg", region: "63.71.01.1001", max: 19500, token: world.officer).status == 201)
        let village = try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        #expect(village.string("status") == "in_band" && village.string("band.region") == "63.71.01.1001")
        #expect(try app.currentStatus(world.outletID) == "in_band")
    }
}
