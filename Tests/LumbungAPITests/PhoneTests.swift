import Testing

/// Registering, listing and removing phones.
@Suite struct PhoneTests {
    @Test(arguments: ["081234567890", "6281234567890", "+6281234567890", "0812-3456-7890", " +62 812 3456 7890 "])
    func numbersAreStoredInE164(number: String) throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let created = try app.registerPhone(number, outletID: world.outletID, token: world.admin)
        #expect(created.status == 201)
        #expect(created.string("number") == "+6281234567890")
        #expect(created.string("cooperativeId") == world.cooperativeID)
        #expect(created.string("name") == "Bu Siti")
        #expect(try app.registerPhone("0812 3456 7890", outletID: world.outletID, token: world.admin).status == 409)
    }

    @Test func badInputIsRefused() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try app.registerPhone("+1 415 555 0100", outletID: world.outletID, token: world.admin).status == 422)
        #expect(try app.registerPhone("0812", outletID: world.outletID, token: world.admin).status == 422)
        #expect(try app.registerPhone(outletID: "out_nowhere", token: world.admin).string("errors.0.field") == "outletId")
        #expect(try app.request("GET", "/v1/phones", token: world.admin).count("items") == 0)
    }

    @Test func officersManageTheirRegionOnly() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try app.registerPhone(outletID: world.outletID, token: world.shopkeeper).status == 403)
        #expect(try app.registerPhone(outletID: world.outletID, token: world.otherOfficer).status == 403)
        #expect(try app.registerPhone(outletID: world.outletID, token: world.officer).status == 201)
        #expect(try app.request("GET", "/v1/phones?outletId=\(world.outletID)", token: world.officer).count("items") == 1)
        #expect(try app.request("GET", "/v1/phones", token: world.otherOfficer).count("items") == 0)
        #expect(try app.request("GET", "/v1/phones", token: world.shopkeeper).status == 403)
        #expect(try app.request("DELETE", "/v1/phones/081234567890", token: world.otherOfficer).status == 403)
        #expect(try app.request("DELETE", "/v1/phones/081234567890", token: world.officer).status == 204)
        #expect(try app.request("DELETE", "/v1/phones/081234567890", token: world.officer).status == 404)
        #expect(try app.request("GET", "/v1/phones", token: world.admin).count("items") == 0)
    }

    @Test func theCatalogueListsAliases() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let lpg = try app.request("GET", "/v1/commodities?limit=500")
        #expect(lpg.text.contains(#""id":"lpg-3kg","name":"LPG 3 kg","unit":"tabung","category":"lpg","aliases":["LPG","GAS","ELPIJI"]"#))
        let taken = try app.request("PUT", "/v1/commodities/gas-12kg", token: admin,
                                    json: #"{"name":"LPG 12 kg","unit":"tabung","category":"lpg","aliases":["GAS"]}"#)
        #expect(taken.status == 409)
        let renamed = try app.request("PUT", "/v1/commodities/lpg-3kg", token: admin,
                                      json: #"{"name":"LPG 3 kg","unit":"tabung","category":"lpg"}"#)
        #expect(renamed.text.contains(#""aliases":["LPG","GAS","ELPIJI"]"#))
    }
}
