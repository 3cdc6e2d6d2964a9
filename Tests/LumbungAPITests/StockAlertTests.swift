import Testing

/// Low-stock thresholds and the stock alerts they and the movements open and resolve (checked in
/// the `alerts` and `alert_events` tables).
@Suite struct StockAlertTests {
    /// One alert row as the tests look at it.
    private struct AlertRow: Equatable {
        let kind: String
        let status: String
        let value: Int64?
    }

    @Test func settingAThresholdAnswersTheShelfItemAndCreatesTheBalance() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.request("PUT", "/v1/outlets/\(world.outletID)/stock/lpg-3kg/threshold",
                                       token: world.shopkeeper, json: #"{"lowThreshold":5}"#)
        #expect(response.status == 200)
        guard case .object(let members) = response.json else { Issue.record("not an object: \(response.text)"); return }
        #expect(members.map(\.key) == ["commodity", "quantity", "unit", "lowThreshold", "updatedAt", "price",
                                       "priceObservedAt", "priceStatus"])
        #expect(response.string("commodity") == "lpg-3kg")
        #expect(response.number("quantity") == "0")
        #expect(response.string("unit") == "tabung")
        #expect(response.number("lowThreshold") == "5")
        #expect(response.value("price") == .null)
        #expect(response.value("priceStatus") == .null)
        #expect(try app.storedBalance(world.outletID) == 0)
        #expect(try alerts(app) == [AlertRow(kind: "out_of_stock", status: "open", value: 0)])
    }

    @Test func movementsOpenUpdateAndResolveStockAlerts() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.request("PUT", "/v1/outlets/\(world.outletID)/stock/lpg-3kg/threshold", token: world.officer,
                        json: #"{"lowThreshold":5}"#)
        try app.move(world.outletID, "receipt", "3", token: world.shopkeeper)
        #expect(try alerts(app) == [AlertRow(kind: "out_of_stock", status: "resolved", value: 3_000),
                                    AlertRow(kind: "low_stock", status: "open", value: 3_000)])
        try app.move(world.outletID, "sale", "1", token: world.shopkeeper)
        #expect(try alerts(app).last == AlertRow(kind: "low_stock", status: "open", value: 2_000))
        try app.move(world.outletID, "receipt", "10", token: world.shopkeeper)
        #expect(try alerts(app).filter { $0.status == "open" }.isEmpty)
        try app.move(world.outletID, "sale", "12", token: world.shopkeeper)
        #expect(try alerts(app).last == AlertRow(kind: "out_of_stock", status: "open", value: 0))
        #expect(try events(app) == [
            "out_of_stock opened 0 officer test", "out_of_stock resolved 3000 shopkeeper test",
            "low_stock opened 3000 shopkeeper test", "low_stock updated 2000 shopkeeper test",
            "low_stock resolved 12000 shopkeeper test", "out_of_stock opened 0 shopkeeper test",
        ])
    }

    @Test func alertRowsCarryTheOutletAndAnIndonesianMessage() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.request("PUT", "/v1/outlets/\(world.outletID)/stock/lpg-3kg/threshold", token: world.shopkeeper,
                        json: #"{"lowThreshold":10}"#)
        try app.move(world.outletID, "receipt", "4", token: world.shopkeeper)
        let row = try app.sqlRows("SELECT outlet_id, cooperative_id, region, commodity, message FROM alerts WHERE kind = 'low_stock'").first
        #expect(row == [world.outletID, world.cooperativeID, "63.71.01.1001", "lpg-3kg",
                        "Stok LPG 3 kg di Gerai Kelayan Timur tinggal 4 tabung, di bawah batas 10."])
    }

    @Test func changingTheThresholdOpensAndResolvesLowStock() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let target = "/v1/outlets/\(world.outletID)/stock/beras-medium/threshold"
        try app.move(world.outletID, "receipt", "20", commodity: "beras-medium", token: world.shopkeeper)
        #expect(try alerts(app).isEmpty)
        #expect(try app.request("PUT", target, token: world.shopkeeper, json: #"{"lowThreshold":25.5}"#).status == 200)
        #expect(try alerts(app) == [AlertRow(kind: "low_stock", status: "open", value: 20_000)])
        let lowered = try app.request("PUT", target, token: world.shopkeeper, json: #"{"lowThreshold":0}"#)
        #expect(lowered.number("quantity") == "20")
        #expect(lowered.number("lowThreshold") == "0")
        #expect(try alerts(app) == [AlertRow(kind: "low_stock", status: "resolved", value: 20_000)])
        #expect(try app.ledgerCount(world.outletID) == 1)
    }

    @Test func aRefusedSaleLeavesAlertsAlone() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "2", token: world.shopkeeper)
        #expect(try app.move(world.outletID, "sale", "3", token: world.shopkeeper).status == 409)
        #expect(try alerts(app).isEmpty)
        #expect(try events(app).isEmpty)
    }

    @Test func sellingTheLastUnitEndsAStalePriceAlert() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "2", token: world.shopkeeper)
        try app.sql("""
            INSERT INTO alerts (id, kind, status, outlet_id, cooperative_id, region, commodity, value, opened_at, updated_at, message)
            VALUES ('alr_stale', 'stale_price', 'open', ?, ?, '63.71.01.1001', 'lpg-3kg', 18500, 0, 0, 'Harga basi.')
            """, world.outletID, world.cooperativeID)
        try app.move(world.outletID, "sale", "1", token: world.shopkeeper)
        #expect(try alerts(app) == [AlertRow(kind: "stale_price", status: "open", value: 18_500)])
        try app.move(world.outletID, "sale", "1", token: world.shopkeeper)
        #expect(try alerts(app) == [AlertRow(kind: "stale_price", status: "resolved", value: 18_500),
                                    AlertRow(kind: "out_of_stock", status: "open", value: 0)])
    }

    @Test func thresholdsAreValidatedAndGuarded() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let target = "/v1/outlets/\(world.outletID)/stock/lpg-3kg/threshold"
        for body in [#"{"lowThreshold":-1}"#, #"{"lowThreshold":1.0001}"#, #"{}"#, #"{"lowThreshold":"5"}"#] {
            let response = try app.request("PUT", target, token: world.shopkeeper, json: body)
            #expect(response.status == 422, "\(body)")
            #expect(response.string("errors.0.field") == "lowThreshold", "\(body)")
        }
        let threshold = #"{"lowThreshold":5}"#
        #expect(try app.request("PUT", target, json: threshold).status == 401)
        #expect(try app.request("PUT", target, token: world.otherShopkeeper, json: threshold).status == 403)
        #expect(try app.request("PUT", target, token: world.otherOfficer, json: threshold).status == 403)
        #expect(try app.request("PUT", "/v1/outlets/\(world.outletID)/stock/emas/threshold", token: world.shopkeeper,
                                json: threshold).status == 404)
        #expect(try app.request("PUT", "/v1/outlets/\(world.outletID)/stock/Not%20A%20Slug/threshold",
                                token: world.shopkeeper, json: threshold).status == 404)
        #expect(try app.request("PUT", "/v1/outlets/out_nothing/stock/lpg-3kg/threshold", token: world.admin,
                                json: threshold).status == 404)
        #expect(try app.storedBalance(world.outletID) == nil)
    }

    /// Every alert, oldest first.
    private func alerts(_ app: TestApp) throws -> [AlertRow] {
        try app.sqlRows("SELECT kind, status, value FROM alerts ORDER BY seq").map {
            AlertRow(kind: $0[0] ?? "", status: $0[1] ?? "", value: $0[2].flatMap { Int64($0) })
        }
    }

    /// Every alert event as `kind type value actor`, oldest first.
    private func events(_ app: TestApp) throws -> [String] {
        try app.sqlRows("SELECT a.kind, e.type, coalesce(e.value, 0), e.actor FROM alert_events e JOIN alerts a ON a.id = e.alert_id ORDER BY e.seq")
            .map { "\($0[0] ?? "") \($0[1] ?? "") \($0[2] ?? "") \($0[3] ?? "-")" }
    }
}
