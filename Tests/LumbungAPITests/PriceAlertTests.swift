import Testing

@Suite struct PriceAlertTests {
    @Test func anLPGPriceAboveTheBandOpensAnAlertInTheSameRequestAndResolvesWhenItComesBack() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try app.reportPrice(world.outletID, 35000, token: world.shopkeeper).status == 201)
        let open = try app.alerts(token: world.officer)
        #expect(open.status == 200)
        #expect(open.count("items") == 1)
        guard case .object(let members)? = open.value("items.0") else { Issue.record("not an object: \(open.text)"); return }
        #expect(members.map(\.key) == ["id", "kind", "status", "outletId", "outletName", "cooperativeId", "region", "commodity",
                                       "value", "band", "openedAt", "updatedAt", "resolvedAt", "acknowledgement", "message", "level"])
        #expect(open.value("items.0.level") == .null)
        #expect(open.string("items.0.kind") == "price_above_band")
        #expect(open.string("items.0.status") == "open")
        #expect(open.string("items.0.outletId") == world.outletID)
        #expect(open.string("items.0.outletName") == "Gerai Kelayan Timur")
        #expect(open.string("items.0.cooperativeId") == world.cooperativeID)
        #expect(open.string("items.0.region") == "63.71.01.1001")
        #expect(open.string("items.0.commodity") == "lpg-3kg")
        #expect(open.number("items.0.value") == "35000")
        #expect(open.number("items.0.band.max") == "20000")
        #expect(open.string("items.0.openedAt") == "2025-10-23T08:00:00Z")
        #expect(open.value("items.0.resolvedAt")?.isNull == true)
        #expect(open.value("items.0.acknowledgement")?.isNull == true)
        #expect(open.string("items.0.message") == "Harga LPG 3 kg di Gerai Kelayan Timur Rp35.000, di atas batas Rp20.000.")

        app.advance(hours: 1)
        #expect(try app.reportPrice(world.outletID, 19000, token: world.shopkeeper).string("status") == "in_band")
        #expect(try app.alerts(token: world.officer).count("items") == 0)
        let resolved = try app.alerts("status=resolved", token: world.officer)
        #expect(resolved.count("items") == 1)
        #expect(resolved.string("items.0.status") == "resolved")
        #expect(resolved.number("items.0.value") == "19000")
        #expect(resolved.string("items.0.resolvedAt") == "2025-10-23T09:00:00Z")
    }

    @Test func metricsCountOpenAlertsByKind() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        let metrics = try app.request("GET", "/metrics").text
        #expect(metrics.contains(#"lumbung_alerts_open{kind="price_above_band"} 1"#))
        #expect(metrics.contains(#"lumbung_alerts_open{kind="price_below_band"} 0"#))
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        #expect(try app.request("GET", "/metrics").text.contains(#"lumbung_alerts_open{kind="price_above_band"} 0"#))
    }

    @Test func aboveToBelowResolvesOneAndOpensTheOther() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        try app.reportPrice(world.outletID, 15000, token: world.shopkeeper)
        let open = try app.alerts(token: world.officer)
        #expect(open.count("items") == 1)
        #expect(open.string("items.0.kind") == "price_below_band")
        #expect(open.string("items.0.message") == "Harga LPG 3 kg di Gerai Kelayan Timur Rp15.000, di bawah batas Rp18.500.")
        let all = try app.alerts("status=all", token: world.officer)
        #expect(all.count("items") == 2)
        #expect(all.string("items.1.kind") == "price_above_band")
        #expect(all.string("items.1.status") == "resolved")
    }

    @Test func aStillTooHighPriceUpdatesTheOneOpenAlert() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        try app.reportPrice(world.outletID, 36000, token: world.shopkeeper)
        try app.reportPrice(world.outletID, 36000, token: world.shopkeeper)
        let all = try app.alerts("status=all", token: world.officer)
        #expect(all.count("items") == 1)
        #expect(all.number("items.0.value") == "36000")
        let detail = try app.request("GET", "/v1/alerts/\(all.string("items.0.id") ?? "")", token: world.officer)
        #expect(detail.count("events") == 2)
        #expect(detail.string("events.1.type") == "updated")
        #expect(detail.number("events.1.value") == "36000")
    }

    @Test func oneReportFollowsEveryOpenPriceAlertOfItsCommodityAndNoOther() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.move(world.outletID, "receipt", "40", token: world.shopkeeper)
        try app.move(world.outletID, "receipt", "10", commodity: "beras-medium", token: world.shopkeeper)
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        app.advance(hours: 49)
        #expect(try app.application.sweeper.runOnce().staleOpened == 2)
        #expect(try app.alerts(token: world.officer).count("items") == 3)

        try app.reportPrice(world.outletID, 36000, token: world.shopkeeper)
        let open = try app.alerts(token: world.officer)
        #expect(open.count("items") == 2)
        let above = try app.alerts("kind=price_above_band", token: world.officer)
        #expect(above.number("items.0.value") == "36000")
        #expect(try app.alerts("kind=stale_price&commodity=lpg-3kg", token: world.officer).count("items") == 0)
        #expect(try app.alerts("kind=stale_price&commodity=beras-medium", token: world.officer).count("items") == 1)

        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        let left = try app.alerts(token: world.officer)
        #expect(left.count("items") == 1)
        #expect(left.string("items.0.kind") == "stale_price")
        #expect(left.string("items.0.commodity") == "beras-medium")
        let resolved = try app.alerts("status=resolved&commodity=lpg-3kg", token: world.officer)
        #expect(resolved.count("items") == 2)
    }

    @Test func aNewBandReEvaluatesOpenAlertsAndCurrentStatuses() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        let wider = try app.postBand("lpg-3kg", region: "63.71", min: 18500, max: 40000, token: world.officer)
        #expect(wider.status == 201)
        #expect(try app.alerts(token: world.officer).count("items") == 0)
        let resolved = try app.alerts("status=resolved", token: world.officer)
        #expect(resolved.count("items") == 1)
        #expect(try app.currentStatus(world.outletID) == "in_band")

        try app.postBand("lpg-3kg", region: "63.71.01", max: 30000, token: world.officer)
        let reopened = try app.alerts(token: world.officer)
        #expect(reopened.count("items") == 1)
        #expect(reopened.number("items.0.band.max") == "30000")
        #expect(reopened.string("items.0.message")?.hasSuffix("di atas batas Rp30.000.") == true)
        #expect(try app.currentStatus(world.outletID) == "above_band")

        try app.postBand("lpg-3kg", region: "15", max: 10000, token: world.admin)
        #expect(try app.alerts("status=all", token: world.officer).count("items") == 2)
    }
}
