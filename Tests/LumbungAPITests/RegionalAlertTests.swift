import Testing

/// `regional_price_rise`: one alert per kabupaten/kota and commodity, following the weekly rise of
/// its median price through the levels, in the same lists, trail and scopes as outlet alerts.
@Suite struct RegionalAlertTests {
    /// Two outlets in Kota Banjarmasin that reported gula pasir at Rp15.000 a week ago (2025-10-16).
    private func twoOutletsAWeekAgo(_ app: TestApp) throws -> (world: World, outlets: [String]) {
        let world = try app.makeWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        let second = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.01.1002", name: "Gerai Kelayan Selatan")
        for outlet in [world.outletID, second] {
            #expect(try app.reportPrice(outlet, 15000, commodity: "gula-pasir", observedAt: "2025-10-16T03:00:00Z",
                                        token: world.shopkeeper).status == 201)
        }
        return (world, [world.outletID, second])
    }

    /// Both outlets report `price` now.
    private func bothReport(_ app: TestApp, _ setup: (world: World, outlets: [String]), _ price: Int) throws {
        for outlet in setup.outlets {
            #expect(try app.reportPrice(outlet, price, commodity: "gula-pasir", token: setup.world.shopkeeper).status == 201)
        }
    }

    @Test func anElevenPercentRiseOpensWaspadaThenSiagaAndResolvesUnderEight() throws {
        let app = try TestApp()
        let setup = try twoOutletsAWeekAgo(app)
        let officer = setup.world.officer
        #expect(try app.alerts("kind=regional_price_rise&status=all", token: officer).count("items") == 0)

        try bothReport(app, setup, 16650)   // +11,0 %
        let opened = try app.alerts("kind=regional_price_rise", token: officer)
        #expect(opened.count("items") == 1)
        #expect(opened.string("items.0.level") == "waspada")
        #expect(opened.number("items.0.value") == "11")
        #expect(opened.string("items.0.region") == "63.71")
        #expect(opened.value("items.0.outletId") == .null)
        #expect(opened.value("items.0.outletName") == .null)
        #expect(opened.value("items.0.cooperativeId") == .null)
        #expect(opened.string("items.0.commodity") == "gula-pasir")
        #expect(opened.string("items.0.message") == "Waspada: median harga Gula Pasir di Kota Banjarmasin naik 11,0% dalam seminggu.")
        let id = try #require(opened.string("items.0.id"))

        try bothReport(app, setup, 16950)   // +13,0 %
        let raised = try app.alerts("kind=regional_price_rise", token: officer)
        #expect(raised.count("items") == 1)
        #expect(raised.string("items.0.id") == id)
        #expect(raised.string("items.0.level") == "siaga")
        #expect(raised.number("items.0.value") == "13")

        try bothReport(app, setup, 16000)   // +6,7 %
        #expect(try app.alerts("kind=regional_price_rise", token: officer).count("items") == 0)
        let detail = try app.request("GET", "/v1/alerts/\(id)", token: officer)
        #expect(detail.string("status") == "resolved")
        #expect(detail.string("level") == "normal")
        #expect(detail.number("value") == "6.7")
        let types = (0..<detail.count("events")).compactMap { detail.string("events.\($0).type") }
        #expect(types.first == "opened")
        #expect(types.last == "resolved")
        #expect(types.filter { $0 == "opened" }.count == 1)
        #expect(try app.count("SELECT count(*) FROM alerts WHERE kind = 'regional_price_rise'") == 1)
    }

    @Test func officersOfTheRegionSeeAndAcknowledgeItOthersDoNot() throws {
        let app = try TestApp()
        let setup = try twoOutletsAWeekAgo(app)
        try bothReport(app, setup, 18000)   // +20 %: awas
        let world = setup.world
        let listed = try app.alerts("kind=regional_price_rise", token: world.admin)
        #expect(listed.string("items.0.level") == "awas")
        let id = try #require(listed.string("items.0.id"))
        #expect(try app.alerts("kind=regional_price_rise", token: world.otherOfficer).count("items") == 0)
        #expect(try app.request("GET", "/v1/alerts/\(id)", token: world.otherOfficer).status == 403)
        #expect(try app.alerts("kind=regional_price_rise", token: world.shopkeeper).count("items") == 0)
        #expect(try app.request("GET", "/v1/alerts/\(id)", token: world.shopkeeper).status == 403)
        let acknowledged = try app.request("POST", "/v1/alerts/\(id)/acknowledge", token: world.officer,
                                           json: #"{"note":"TPID rapat besok"}"#)
        #expect(acknowledged.status == 200)
        #expect(acknowledged.string("acknowledgement.note") == "TPID rapat besok")
    }

    @Test func theDailySweepResolvesARiseThatAgesOutOfTheWeek() throws {
        let app = try TestApp()
        let setup = try twoOutletsAWeekAgo(app)
        try bothReport(app, setup, 16650)
        #expect(try app.alerts("kind=regional_price_rise", token: setup.world.officer).count("items") == 1)
        try app.application.sweeper.runOnce()
        #expect(try app.alerts("kind=regional_price_rise", token: setup.world.officer).count("items") == 1)
        app.advance(hours: 8 * 24)   // no report since: a week ago the median was already 16.650
        try app.application.sweeper.runOnce()
        #expect(try app.alerts("kind=regional_price_rise", token: setup.world.officer).count("items") == 0)
        #expect(try app.alerts("kind=regional_price_rise&status=resolved", token: setup.world.officer)
            .string("items.0.level") == "normal")
    }

    @Test(.sqliteOnly("a budget of 1 ns is SQLite's (PostgreSQL's statement_timeout counts whole milliseconds)"))
    func theDailySweepReadsEveryPriceOutsideTheRequestsBudget() throws {
        let app = try TestApp { $0.queryBudget = .nanoseconds(1) }
        let setup = try twoOutletsAWeekAgo(app)
        try bothReport(app, setup, 16650)
        // Two thousand more outlets with an LPG price: finding the kabupaten/kota with prices now runs past a budget
        // of 1 ns, as on the national data set it runs past the configured 2 s.
        try app.ensureStockCommodities()
        try app.makeBulkOutlets(2000, cooperativeID: setup.world.cooperativeID, village: "63.71.01.1002")
        try app.sql("""
            INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status)
            SELECT id, 'lpg-3kg', region, 'prc_' || id, 19000, 1761206400000, 'no_band' FROM outlets
            WHERE id LIKE 'out_bulk%'
            """)
        app.advance(hours: 8 * 24)
        try app.application.sweeper.runOnce()
        #expect(try app.alerts("kind=regional_price_rise", token: setup.world.officer).count("items") == 0)
        #expect(try app.alerts("kind=regional_price_rise&status=resolved", token: setup.world.officer).count("items") == 1)
    }
}
