import Testing

/// Business assistants (pendamping): bound to 1–50 cooperatives, a shopkeeper for each of them.
@Suite struct AssistantRoleTests {
    /// The world, a second cooperative with an outlet, and an assistant for both (issued over HTTP).
    private func assisted(_ app: TestApp) throws -> (world: World, second: String, secondOutlet: String, assistant: String) {
        let world = try app.makeWorld()
        let second = try app.makeCooperative(village: "63.71.01.1002", name: "Koperasi Kelayan Selatan")
        let secondOutlet = try app.makeOutlet(cooperativeID: second, village: "63.71.01.1002", name: "Gerai Kelayan Selatan")
        let created = try app.request("POST", "/v1/tokens", token: world.admin, json: """
            {"name":"Pendamping Banjarmasin","role":"assistant","cooperativeIds":["\(world.cooperativeID)","\(second)"]}
            """)
        #expect(created.status == 201)
        #expect(created.value("cooperativeIds") == .array([.string(world.cooperativeID), .string(second)]))
        #expect(created.value("cooperativeId") == .null)
        return (world, second, secondOutlet, try #require(created.string("token")))
    }

    @Test func writesForEachOfItsCooperativesAndIsRefusedElsewhere() throws {
        let app = try TestApp()
        let (world, _, secondOutlet, assistant) = try assisted(app)
        #expect(try app.reportPrice(world.outletID, 19000, token: assistant).status == 201)
        #expect(try app.move(secondOutlet, "receipt", "10", token: assistant).status == 201)
        #expect(try app.request("PUT", "/v1/outlets/\(secondOutlet)/stock/lpg-3kg/threshold", token: assistant,
                                json: #"{"lowThreshold":5}"#).status == 200)
        let stranger = try app.makeOutlet(cooperativeID: try app.makeCooperative(village: "63.71.03.1005"), village: "63.71.03.1005")
        #expect(try app.reportPrice(stranger, 19000, token: assistant).status == 403)
        #expect(try app.move(stranger, "receipt", "10", token: assistant).status == 403)
        #expect(try app.request("POST", "/v1/cooperatives", token: assistant,
                                json: #"{"name":"Koperasi Baru","region":"63.71.01.1001"}"#).status == 403)
        #expect(try app.request("POST", "/v1/outlets", token: assistant,
                                json: #"{"cooperativeId":"\#(world.cooperativeID)","name":"Gerai Baru"}"#).status == 403)
        #expect(try app.postBand("lpg-3kg", region: "63.71", max: 21000, token: assistant).status == 403)
        #expect(try app.request("POST", "/v1/tokens", token: assistant, json: #"{"name":"x","role":"admin"}"#).status == 403)
        #expect(try app.count("SELECT count(*) FROM price_reports WHERE outlet_id = '\(stranger)'") == 0)
    }

    @Test func readsOnlyItsCooperativesAlertsAndCannotAcknowledge() throws {
        let app = try TestApp()
        let (world, _, secondOutlet, assistant) = try assisted(app)
        let stranger = try app.makeOutlet(cooperativeID: try app.makeCooperative(village: "63.71.03.1005"), village: "63.71.03.1005")
        for outlet in [world.outletID, secondOutlet, stranger] { try app.reportPrice(outlet, 35000, token: world.admin) }
        let listed = try app.alerts(token: assistant)
        #expect(listed.status == 200)
        let outlets = Set((0..<listed.count("items")).compactMap { listed.string("items.\($0).outletId") })
        #expect(outlets == [world.outletID, secondOutlet])
        let all = try app.alerts(token: world.admin)
        let foreign = try #require((0..<all.count("items")).first { all.string("items.\($0).outletId") == stranger }
            .flatMap { all.string("items.\($0).id") })
        #expect(try app.request("GET", "/v1/alerts/\(foreign)", token: assistant).status == 403)
        let own = try #require(listed.string("items.0.id"))
        #expect(try app.request("GET", "/v1/alerts/\(own)", token: assistant).status == 200)
        #expect(try app.request("POST", "/v1/alerts/\(own)/acknowledge", token: assistant, json: "{}").status == 403)
    }

    @Test func issuingChecksTheCooperativeList() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        func issue(_ extra: String) throws -> APIResponse {
            try app.request("POST", "/v1/tokens", token: world.admin, json: #"{"name":"Pendamping","role":"assistant"\#(extra)}"#)
        }
        for (extra, message) in [("", "is required"), (#","cooperativeIds":[]"#, "must be an array"),
                                 (#","cooperativeIds":"\#(world.cooperativeID)""#, "must be an array"),
                                 (#","cooperativeIds":["coop_unknown"]"#, "not a known cooperative"),
                                 (#","cooperativeIds":[7]"#, "as strings")] {
            let answer = try issue(extra)
            #expect(answer.status == 422, "\(extra)")
            #expect(answer.string("errors.0.field") == "cooperativeIds", "\(extra)")
            #expect(answer.text.contains(message), "\(extra): \(answer.text)")
        }
        let tooMany = "[" + Array(repeating: #""\#(world.cooperativeID)""#, count: 51).joined(separator: ",") + "]"
        #expect(try issue(#","cooperativeIds":\#(tooMany)"#).status == 422)
        let officer = try app.request("POST", "/v1/tokens", token: world.admin, json: """
            {"name":"Dinas","role":"officer","region":"63","cooperativeIds":["\(world.cooperativeID)"]}
            """)
        #expect(officer.status == 422)
        #expect(try app.count("SELECT count(*) FROM tokens WHERE role = 'assistant'") == 0)
        let listed = try app.request("GET", "/v1/tokens", token: world.admin)
        #expect(listed.value("items.0.cooperativeIds") == .null)
    }
}
