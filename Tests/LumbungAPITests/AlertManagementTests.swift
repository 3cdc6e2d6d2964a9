import Testing

@Suite struct AlertManagementTests {
    /// A world with one open `price_above_band` alert; returns the world and the alert id.
    private func worldWithAlert(_ app: TestApp) throws -> (World, String) {
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        let id = try #require(try app.alerts(token: world.admin).string("items.0.id"))
        return (world, id)
    }

    @Test func officersInTheRegionAcknowledgeAndResolveShopkeepersOnlyRead() throws {
        let app = try TestApp()
        let (world, id) = try worldWithAlert(app)
        let acknowledge = "/v1/alerts/\(id)/acknowledge"
        let resolve = "/v1/alerts/\(id)/resolve"
        let note = #"{"note":"Sudah ditegur, harga diturunkan besok."}"#
        #expect(try app.request("POST", acknowledge, token: world.shopkeeper, json: note).status == 403)
        #expect(try app.request("POST", acknowledge, token: world.otherOfficer, json: note).status == 403)
        #expect(try app.request("POST", acknowledge, json: note).status == 401)
        #expect(try app.request("POST", "/v1/alerts/alr_nothing/acknowledge", token: world.officer, json: note).status == 404)
        let acknowledged = try app.request("POST", acknowledge, token: world.officer, json: note)
        #expect(acknowledged.status == 200)
        #expect(acknowledged.string("acknowledgement.by") == "officer test")
        #expect(acknowledged.string("acknowledgement.at") == "2025-10-23T08:00:00Z")
        #expect(acknowledged.string("acknowledgement.note") == "Sudah ditegur, harga diturunkan besok.")
        #expect(acknowledged.string("status") == "open")

        #expect(try app.request("GET", "/v1/alerts/\(id)", token: world.shopkeeper).status == 200)
        #expect(try app.request("GET", "/v1/alerts/\(id)", token: world.otherShopkeeper).status == 403)
        #expect(try app.request("GET", "/v1/alerts/\(id)", token: world.otherOfficer).status == 403)
        #expect(try app.request("GET", "/v1/alerts/\(id)").status == 401)

        #expect(try app.request("POST", resolve, token: world.shopkeeper, json: note).status == 403)
        #expect(try app.request("POST", resolve, token: world.otherOfficer, json: note).status == 403)
        let resolved = try app.request("POST", resolve, token: world.admin, json: #"{"note":"Selesai."}"#)
        #expect(resolved.status == 200)
        #expect(resolved.string("status") == "resolved")
        #expect(resolved.string("resolvedAt") == "2025-10-23T08:00:00Z")
        let twice = try app.request("POST", resolve, token: world.officer, json: "{}")
        #expect(twice.status == 409)
        #expect(twice.string("code") == "conflict")
        #expect(try app.request("POST", acknowledge, token: world.officer).status == 200)
    }

    @Test func everyChangeLeavesAnEventInOrder() throws {
        let app = try TestApp()
        let (world, id) = try worldWithAlert(app)
        app.advance(hours: 1)
        try app.reportPrice(world.outletID, 36000, token: world.officer)
        try app.request("POST", "/v1/alerts/\(id)/acknowledge", token: world.officer, json: #"{"note":"Dicek."}"#)
        app.advance(hours: 1)
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        let detail = try app.request("GET", "/v1/alerts/\(id)", token: world.officer)
        #expect(detail.status == 200)
        #expect(detail.count("events") == 4)
        let trail = (0..<4).map { detail.string("events.\($0).type") ?? "" }
        #expect(trail == ["opened", "updated", "acknowledged", "resolved"])
        guard case .object(let members)? = detail.value("events.0") else { Issue.record("not an object: \(detail.text)"); return }
        #expect(members.map(\.key) == ["at", "type", "value", "actor", "note"])
        #expect(detail.number("events.0.value") == "35000")
        #expect(detail.string("events.0.actor") == "shopkeeper test")
        #expect(detail.string("events.1.at") == "2025-10-23T09:00:00Z")
        #expect(detail.number("events.1.value") == "36000")
        #expect(detail.string("events.1.actor") == "officer test")
        #expect(detail.string("events.2.note") == "Dicek.")
        #expect(detail.number("events.3.value") == "19000")
        #expect(detail.string("events.3.at") == "2025-10-23T10:00:00Z")
        #expect(detail.value("events.3.note")?.isNull == true)
        #expect(detail.string("status") == "resolved")
        #expect(detail.string("acknowledgement.note") == "Dicek.")
    }

    @Test func listsAreScopedToTheCallerAndFiltered() throws {
        let app = try TestApp()
        let (world, _) = try worldWithAlert(app)
        let elsewhere = try app.makeOutlet(cooperativeID: try app.makeCooperative(village: "63.72.01.1001"),
                                           village: "63.72.01.1001", name: "Gerai Lain")
        try app.reportPrice(elsewhere, 15000, token: world.admin)
        try app.reportPrice(world.outletID, 15000, commodity: "beras-medium", token: world.shopkeeper)
        #expect(try app.alerts(token: world.admin).count("items") == 3)
        #expect(try app.alerts(token: world.officer).count("items") == 2)
        #expect(try app.alerts("region=63", token: world.officer).count("items") == 2)
        #expect(try app.alerts("region=63.71.01", token: world.officer).count("items") == 2)
        #expect(try app.alerts("region=63.72", token: world.officer).status == 403)
        #expect(try app.alerts(token: world.otherOfficer).count("items") == 0)
        #expect(try app.alerts(token: world.shopkeeper).count("items") == 2)
        #expect(try app.alerts(token: world.otherShopkeeper).count("items") == 0)
        #expect(try app.alerts().status == 401)
        #expect(try app.alerts("region=63.72", token: world.admin).string("items.0.outletName") == "Gerai Lain")
        #expect(try app.alerts("kind=price_below_band", token: world.admin).count("items") == 1)
        #expect(try app.alerts("kind=price_above_band&commodity=beras-medium", token: world.admin).count("items") == 1)
        #expect(try app.alerts("outletId=\(elsewhere)", token: world.admin).count("items") == 1)
        #expect(try app.alerts("acknowledged=true", token: world.admin).count("items") == 0)
        #expect(try app.alerts("acknowledged=false", token: world.admin).count("items") == 3)
        for bad in ["status=closed", "kind=fire", "acknowledged=ya", "region=63.7", "cursor=x", "commodity=LPG"] {
            #expect(try app.alerts(bad, token: world.admin).status == 400, "\(bad)")
        }
    }

    @Test func listsPageNewestFirst() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        var outlets: [String] = []
        for index in 1...3 {
            let outlet = try app.makeOutlet(cooperativeID: world.cooperativeID, name: "Gerai \(index)")
            try app.reportPrice(outlet, 35000, token: world.shopkeeper)
            outlets.append(outlet)
        }
        let first = try app.alerts("limit=2", token: world.officer)
        #expect(first.count("items") == 2)
        #expect(first.string("items.0.outletId") == outlets[2])
        #expect(first.string("items.1.outletId") == outlets[1])
        let cursor = try #require(first.string("nextCursor"))
        let second = try app.alerts("limit=2&cursor=\(cursor)", token: world.officer)
        #expect(second.count("items") == 1)
        #expect(second.string("items.0.outletId") == outlets[0])
        #expect(second.value("nextCursor")?.isNull == true)
    }
}
