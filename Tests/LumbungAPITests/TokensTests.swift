import LumbungAPI
import LumbungApp
import LumbungCore
import Testing

@Suite struct TokensTests {
    @Test func anIssuedSecretIsShownOnceAndWorksAtOnce() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin, name: "root")
        let created = try app.request("POST", "/v1/tokens", token: admin,
                                      json: #"{"name":"Dinas Perdagangan Kota Banjarmasin","role":"officer","region":"63.71"}"#)
        #expect(created.status == 201)
        let id = try #require(created.string("id"))
        let secret = try #require(created.string("token"))
        #expect(secret.hasPrefix("lmb_") && secret.count >= 26)
        #expect(created.json == .object([
            ("id", .string(id)), ("name", .string("Dinas Perdagangan Kota Banjarmasin")), ("role", .string("officer")),
            ("region", .string("63.71")), ("cooperativeId", .null), ("cooperativeIds", .null), ("token", .string(secret)),
            ("createdAt", .string("2025-10-23T08:00:00Z")),
        ]))
        let used = try app.request("POST", "/v1/cooperatives", token: secret, json: #"{"name":"Koperasi","region":"63.71.01.1001"}"#)
        #expect(used.status == 201)

        let listed = try app.request("GET", "/v1/tokens", token: admin)
        #expect(listed.status == 200)
        #expect(listed.count("items") == 2)
        let index = (0..<2).first { listed.string("items.\($0).id") == id } ?? -1
        #expect(listed.value("items.\(index)") == .object([
            ("id", .string(id)), ("name", .string("Dinas Perdagangan Kota Banjarmasin")), ("role", .string("officer")),
            ("region", .string("63.71")), ("cooperativeId", .null), ("cooperativeIds", .null),
            ("createdAt", .string("2025-10-23T08:00:00Z")),
        ]))
        #expect(!listed.text.contains(secret) && !listed.text.contains(TokenSecret.hash(secret)))
    }

    @Test func aRevokedTokenIsRefusedAtOnce() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let created = try app.request("POST", "/v1/tokens", token: admin, json: #"{"name":"temporary","role":"admin"}"#)
        let id = try #require(created.string("id"))
        let secret = try #require(created.string("token"))
        #expect(try app.request("GET", "/v1/tokens", token: secret).status == 200)
        #expect(try app.request("DELETE", "/v1/tokens/\(id)", token: admin).status == 204)
        let refused = try app.request("GET", "/v1/tokens", token: secret)
        #expect(refused.status == 401)
        #expect(refused.string("code") == "unauthenticated")
        #expect(try app.request("GET", "/v1/outlets", token: secret).status == 401)
        #expect(try app.request("DELETE", "/v1/tokens/\(id)", token: admin).status == 404)
        #expect(try app.request("GET", "/v1/tokens", token: admin).count("items") == 1)
    }

    @Test func aShopkeeperAdmittedBeforeIsRefusedOnceRevokedOrMovedAway() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        #expect(try app.move(world.outletID, "receipt", "5", token: world.shopkeeper).status == 201)
        try app.sql("UPDATE outlets SET cooperative_id = (SELECT id FROM cooperatives WHERE id <> ? LIMIT 1) WHERE id = ?",
                    world.cooperativeID, world.outletID)
        #expect(try app.move(world.outletID, "sale", "1", token: world.shopkeeper).status == 403, "the outlet moved away")
        try app.sql("UPDATE outlets SET cooperative_id = ? WHERE id = ?", world.cooperativeID, world.outletID)
        #expect(try app.move(world.outletID, "sale", "1", token: world.shopkeeper).status == 201, "and back")
        try app.sql("UPDATE tokens SET revoked_at = 1 WHERE secret_hash = ?", TokenSecret.hash(world.shopkeeper))
        let refused = try app.move(world.outletID, "sale", "1", token: world.shopkeeper)
        #expect(refused.status == 401 && refused.string("code") == "unauthenticated")
        #expect(try app.storedBalance(world.outletID) == 4_000)
    }

    @Test func theSchemeIsReadInAnyCaseAndAMalformedCredentialIsRefused() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        for (header, status) in [("bearer \(admin)", 200), ("BEARER  \(admin) ", 200), ("Bearer", 401), ("Bearer   ", 401),
                                 ("Token \(admin)", 401), ("Bearer\t\(admin)", 401), ("Bearer \(admin)x", 401)] {
            let answer = try app.request("GET", "/v1/tokens", headers: [("Authorization", header)])
            #expect(answer.status == status, "Authorization: \(header)")
            if status == 401 { #expect(answer.string("code") == "unauthenticated") }
        }
    }

    @Test func eachRoleNeedsItsOwnScope() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let cooperative = try app.makeCooperative()
        let shopkeeper = try app.request("POST", "/v1/tokens", token: admin,
                                         json: #"{"name":"Pengurus Gerai","role":"shopkeeper","cooperativeId":"\#(cooperative)"}"#)
        #expect(shopkeeper.status == 201)
        #expect(shopkeeper.string("cooperativeId") == cooperative)
        #expect(shopkeeper.value("region") == .null)

        let cases: [(json: String, fields: [String])] = [
            (#"{"name":"Dinas","role":"officer"}"#, ["region"]),
            (#"{"name":"Dinas","role":"officer","region":"63.7"}"#, ["region"]),
            (#"{"name":"Gerai","role":"shopkeeper","cooperativeId":"coop_missing"}"#, ["cooperativeId"]),
            (#"{"name":"Gerai","role":"shopkeeper"}"#, ["cooperativeId"]),
            (#"{"name":"Root","role":"admin","region":"63","cooperativeId":"\#(cooperative)"}"#, ["region", "cooperativeId"]),
            (#"{"name":"Root","role":"root"}"#, ["role"]),
            (#"{"role":"admin","name":["x"]}"#, ["name"]),
        ]
        for (json, fields) in cases {
            let response = try app.request("POST", "/v1/tokens", token: admin, json: json)
            #expect(response.status == 422, "\(json)")
            #expect((0..<response.count("errors")).compactMap { response.string("errors.\($0).field") } == fields, "\(json)")
        }
        try app.importRegions(TestApp.sampleRegions, token: admin)
        let unknownRegion = try app.request("POST", "/v1/tokens", token: admin, json: #"{"name":"Dinas","role":"officer","region":"64"}"#)
        #expect(unknownRegion.string("errors.0.field") == "region")
        #expect(try app.request("POST", "/v1/tokens", token: admin, json: #"{"name":"Dinas","role":"officer","region":"15"}"#).status == 201)
    }

    @Test func aReplayedCreationDoesNotRevealTheSecretAgain() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let body = #"{"name":"Gerai","role":"admin"}"#
        let first = try app.request("POST", "/v1/tokens", token: admin, json: body, headers: [("Idempotency-Key", "t-1")])
        #expect(first.string("token") != nil)
        let replay = try app.request("POST", "/v1/tokens", token: admin, json: body, headers: [("Idempotency-Key", "t-1")])
        #expect(replay.status == 201)
        #expect(replay.header("Idempotent-Replayed") == "true")
        #expect(replay.string("id") == first.string("id"))
        #expect(replay.value("token") == .null)
        #expect(try app.count("SELECT count(*) FROM tokens") == 2)
        let contains = app.onPostgres ? "position(convert_to(?, 'UTF8') in body)" : "instr(body, ?)"
        #expect(try app.sqlInt("SELECT count(*) FROM idempotency_keys WHERE \(contains) > 0", first.string("token") ?? "") == 0)
    }

    @Test func theCommandLineIssuesTokensThroughTheSameChecks() throws {
        let app = try TestApp()
        let store = app.application.store
        let issued = try store.issueToken(role: "officer", name: "Dinas Kalsel", region: "63", cooperativeID: nil)
        #expect(try app.request("POST", "/v1/cooperatives", token: issued.secret,
                                json: #"{"name":"Koperasi","region":"63.71.01.1001"}"#).status == 201)
        #expect(throws: DomainError.invalid(field: "region", message: "is required")) {
            try store.issueToken(role: "officer", name: "Dinas", region: nil, cooperativeID: nil)
        }
    }
}
