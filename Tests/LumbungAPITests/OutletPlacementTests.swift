import Testing

/// Where each role may place a new outlet of a cooperative in Kelayan Timur (63.71.01.1001, kecamatan 63.71.01).
@Suite struct OutletPlacementTests {
    /// Posts an outlet of the world's cooperative in `region` with `token`; returns the status.
    private func place(_ app: TestApp, _ world: World, in region: String, token: String) throws -> Int {
        try app.request("POST", "/v1/outlets", token: token, json: """
            {"cooperativeId":"\(world.cooperativeID)","name":"Gerai \(region)","region":"\(region)"}
            """).status
    }

    @Test func shopkeeperPlacesOutletsOnlyInItsCooperativesVillage() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try place(app, world, in: "63.71.01.1001", token: world.shopkeeper) == 201)
        #expect(try place(app, world, in: "63.71.01.1002", token: world.shopkeeper) == 403)
        #expect(try place(app, world, in: "64.71.01.1001", token: world.shopkeeper) == 403)
        #expect(try place(app, world, in: "63.71.01.1001", token: world.otherShopkeeper) == 403)
    }

    @Test func officerPlacesOutletsOnlyWithinTheCooperativesKecamatan() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let provinceOfficer = try app.makeToken(.officer, region: "63")
        #expect(try place(app, world, in: "63.71.01.1002", token: world.officer) == 201)
        #expect(try place(app, world, in: "63.71.02.1001", token: world.officer) == 403)
        #expect(try place(app, world, in: "63.72.01.1001", token: provinceOfficer) == 403)
        #expect(try place(app, world, in: "64.71.01.1001", token: provinceOfficer) == 403)
        #expect(try place(app, world, in: "63.71.01.1003", token: world.otherOfficer) == 403)
    }

    @Test func adminPlacesOutletsAnywhere() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try place(app, world, in: "64.71.01.1001", token: world.admin) == 201)
    }

    @Test func aRefusedOutletCannotMoveAnotherProvincesReport() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try place(app, world, in: "64.71.01.1001", token: world.shopkeeper) == 403)
        let outlets = try app.request("GET", "/v1/outlets?region=64")
        #expect(outlets.count("items") == 0)
    }
}
