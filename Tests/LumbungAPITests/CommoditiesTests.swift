import LumbungCore
import MicroHTTP
import Testing

@Suite struct CommoditiesTests {
    @Test func aNewDatabaseHoldsTheDefaultCatalogue() throws {
        let app = try TestApp()
        let catalogue = try app.request("GET", "/v1/commodities?limit=500")
        #expect(catalogue.status == 200)
        let lpg = catalogue.value("items").flatMap { items -> JSON? in
            guard case .array(let items) = items else { return nil }
            return items.first { $0["id"] == .string("lpg-3kg") }
        }
        #expect(lpg == .object([("id", .string("lpg-3kg")), ("name", .string("LPG 3 kg")), ("unit", .string("tabung")),
                                ("category", .string("lpg")), ("aliases", .array([.string("LPG"), .string("GAS"), .string("ELPIJI")]))]))
        let ids = (0..<catalogue.count("items")).compactMap { catalogue.string("items.\($0).id") }
        for id in ["beras-medium", "beras-premium", "beras-sphp", "gula-pasir", "minyakita", "minyak-goreng-kemasan",
                   "telur-ayam-ras", "tepung-terigu", "daging-ayam-ras", "bawang-merah", "bawang-putih", "cabai-rawit-merah"] {
            #expect(ids.contains(id), "\(id) is missing")
        }
        #expect(ids == ids.sorted())
        #expect(catalogue.value("nextCursor") == .null)
    }

    @Test func anAdminAddsThenReplacesAnEntry() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let body = #"{"name":"Kedelai","unit":"kg","category":"sembako","color":"ignored"}"#
        let added = try app.request("PUT", "/v1/commodities/kedelai", token: admin, json: body)
        #expect(added.status == 201)
        #expect(added.json == .object([("id", .string("kedelai")), ("name", .string("Kedelai")), ("unit", .string("kg")),
                                       ("category", .string("sembako")), ("aliases", .array([]))]))
        let replaced = try app.request("PUT", "/v1/commodities/kedelai", token: admin,
                                       json: #"{"name":"Kedelai Impor","unit":"kg","category":"other"}"#)
        #expect(replaced.status == 200)
        let listed = try app.request("GET", "/v1/commodities?limit=500")
        let kedelai = (0..<listed.count("items")).first { listed.string("items.\($0).id") == "kedelai" }
        #expect(kedelai.flatMap { listed.string("items.\($0).name") } == "Kedelai Impor")
        #expect(kedelai.flatMap { listed.string("items.\($0).category") } == "other")
    }

    @Test func invalidEntriesAreRefusedNamingTheField() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let cases: [(path: String, body: String, fields: [String])] = [
            ("/v1/commodities/Kedelai", #"{"name":"Kedelai","unit":"kg","category":"sembako"}"#, ["id"]),
            ("/v1/commodities/kedelai", #"{"name":"Kedelai","unit":"kg","category":"grain"}"#, ["category"]),
            ("/v1/commodities/kedelai", #"{"name":42,"unit":"","category":"sembako"}"#, ["name", "unit"]),
            ("/v1/commodities/kedelai", #"{"unit":"kg"}"#, ["name", "category"]),
        ]
        for (path, body, fields) in cases {
            let response = try app.request("PUT", path, token: admin, json: body)
            #expect(response.status == 422, "\(body)")
            #expect((0..<response.count("errors")).compactMap { response.string("errors.\($0).field") } == fields, "\(body)")
        }
        #expect(try app.request("PUT", "/v1/commodities/kedelai", token: admin, json: "{").status == 400)
    }
}
