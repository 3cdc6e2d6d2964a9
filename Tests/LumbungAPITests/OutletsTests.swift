import LumbungCore
import Testing

@Suite struct OutletsTests {
    @Test func aShopkeeperRegistersAnOutletInItsCooperativesVillageByDefault() throws {
        let app = try TestApp()
        let cooperative = try app.makeCooperative()
        let shopkeeper = try app.makeToken(.shopkeeper, cooperativeID: cooperative)
        let created = try app.request("POST", "/v1/outlets", token: shopkeeper,
                                      json: #"{"cooperativeId":"\#(cooperative)","name":"Gerai Mantuil"}"#)
        #expect(created.status == 201)
        let id = try #require(created.string("id"))
        #expect(created.json == .object([
            ("id", .string(id)), ("cooperativeId", .string(cooperative)), ("name", .string("Gerai Mantuil")),
            ("region", .string("63.71.01.1001")), ("latitude", .null), ("longitude", .null), ("address", .null),
            ("createdAt", .string("2025-10-23T08:00:00Z")), ("lastReportAt", .null),
        ]))
        #expect(try app.request("GET", "/v1/outlets/\(id)").json == created.json)
        #expect(try app.request("GET", "/v1/outlets/out_unknown").status == 404)
    }

    @Test func coordinatesAndAddressAreKeptWhenGivenTogether() throws {
        let app = try TestApp()
        let cooperative = try app.makeCooperative()
        let admin = try app.makeToken(.admin)
        let created = try app.request("POST", "/v1/outlets", token: admin, json: """
            {"cooperativeId":"\(cooperative)","name":"Gerai Pasar","region":"63.71.01.1002",
             "latitude":-3.3384,"longitude":114.6012,"address":"Jl. Kelayan A No. 12"}
            """)
        #expect(created.status == 201)
        #expect(created.string("region") == "63.71.01.1002")
        #expect(created.number("latitude") == "-3.3384")
        #expect(created.number("longitude") == "114.6012")
        #expect(created.string("address") == "Jl. Kelayan A No. 12")

        let cases: [(json: String, field: String)] = [
            (#""latitude":-3.3"#, "longitude"), (#""longitude":114.6"#, "latitude"),
            (#""latitude":91,"longitude":114.6"#, "latitude"), (#""latitude":-3.3,"longitude":"114.6""#, "longitude"),
        ]
        for (json, field) in cases {
            let refused = try app.request("POST", "/v1/outlets", token: admin,
                                          json: #"{"cooperativeId":"\#(cooperative)","name":"Gerai",\#(json)}"#)
            #expect(refused.status == 422, "\(json)")
            #expect(refused.string("errors.0.field") == field, "\(json)")
        }
    }

    @Test func listsFilterByRegionAndCooperative() throws {
        let app = try TestApp()
        let north = try app.makeCooperative(village: "63.71.03.1005")
        let south = try app.makeCooperative(village: "63.71.01.1001")
        let outlets = [
            try app.makeOutlet(cooperativeID: north, village: "63.71.03.1005"),
            try app.makeOutlet(cooperativeID: south, village: "63.71.01.1001"),
            try app.makeOutlet(cooperativeID: south, village: "63.71.01.1002"),
        ]
        #expect(try listed(app, "/v1/outlets?cooperativeId=\(south)") == Set(outlets[1...2]))
        #expect(try listed(app, "/v1/outlets?region=63.71.03") == [outlets[0]])
        #expect(try listed(app, "/v1/outlets?region=63.71.01&cooperativeId=\(south)") == Set(outlets[1...2]))
        #expect(try listed(app, "/v1/outlets?region=63.71.01.1002&cooperativeId=\(north)") == [])
        #expect(try listed(app, "/v1/outlets?region=63") == Set(outlets))
        #expect(try listed(app, "/v1/outlets?region=15") == [])
        let page = try app.request("GET", "/v1/outlets?limit=2")
        #expect(page.count("items") == 2)
        #expect(page.string("nextCursor") == page.string("items.1.id"))
    }

    @Test func theCooperativeMustExist() throws {
        let app = try TestApp()
        let response = try app.request("POST", "/v1/outlets", token: try app.makeToken(.admin),
                                       json: #"{"cooperativeId":"coop_missing","name":"Gerai"}"#)
        #expect(response.status == 422)
        #expect(response.string("errors.0.field") == "cooperativeId")
    }

    private func listed(_ app: TestApp, _ target: String) throws -> Set<String> {
        let response = try app.request("GET", target)
        #expect(response.status == 200)
        return Set((0..<response.count("items")).compactMap { response.string("items.\($0).id") })
    }
}
