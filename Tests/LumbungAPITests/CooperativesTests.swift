import LumbungCore
import Testing

@Suite struct CooperativesTests {
    @Test func anOfficerRegistersACooperativeThatEveryoneCanRead() throws {
        let app = try TestApp()
        let officer = try app.makeToken(.officer, region: "63.71")
        let created = try app.request("POST", "/v1/cooperatives", token: officer,
                                      json: #"{"name":"  Koperasi Merah Putih Telawang ","region":"63.71.03.1005"}"#)
        #expect(created.status == 201)
        let id = try #require(created.string("id"))
        #expect(created.json == .object([("id", .string(id)), ("name", .string("Koperasi Merah Putih Telawang")),
                                         ("region", .string("63.71.03.1005")), ("createdAt", .string("2025-10-23T08:00:00Z"))]))
        let fetched = try app.request("GET", "/v1/cooperatives/\(id)")
        #expect(fetched.status == 200)
        #expect(fetched.json == created.json)
        #expect(try app.request("GET", "/v1/cooperatives/coop_unknown").status == 404)
    }

    @Test func listsFilterByWholeRegionSegmentsAndPageInIdOrder() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        var ids: [String] = []
        for village in ["63.71.01.1001", "63.71.01.1002", "63.71.03.1005", "63.72.01.1001", "15.71.01.1001"] {
            app.clock.advance(by: 1)
            let created = try app.request("POST", "/v1/cooperatives", token: admin,
                                          json: #"{"name":"Koperasi \#(village)","region":"\#(village)"}"#)
            ids.append(try #require(created.string("id")))
        }
        #expect(try listed(app, "/v1/cooperatives?region=63.71") == Array(ids[0...2]))
        #expect(try listed(app, "/v1/cooperatives?region=63.71.01") == Array(ids[0...1]))
        #expect(try listed(app, "/v1/cooperatives?region=63.71.01.1002") == [ids[1]])
        #expect(try listed(app, "/v1/cooperatives?region=63") == Array(ids[0...3]))
        #expect(try listed(app, "/v1/cooperatives") == ids)

        let first = try app.request("GET", "/v1/cooperatives?limit=2")
        #expect(first.count("items") == 2)
        let cursor = try #require(first.string("nextCursor"))
        let rest = try app.request("GET", "/v1/cooperatives?limit=2&cursor=\(cursor)")
        #expect(rest.string("items.0.id") == ids[2])
        let last = try app.request("GET", "/v1/cooperatives?limit=2&cursor=\(try #require(rest.string("nextCursor")))")
        #expect(last.count("items") == 1)
        #expect(last.value("nextCursor") == .null)
    }

    @Test func theRegionMustBeAVillageAndKnownOnceRegionsAreLoaded() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let unloaded = try app.request("POST", "/v1/cooperatives", token: admin, json: #"{"name":"Koperasi","region":"63.71.09.2999"}"#)
        #expect(unloaded.status == 201)
        let kecamatan = try app.request("POST", "/v1/cooperatives", token: admin, json: #"{"name":"Koperasi","region":"63.71.01"}"#)
        #expect(kecamatan.status == 422)
        #expect(kecamatan.string("errors.0.field") == "region")

        try app.importRegions(TestApp.sampleRegions, token: admin)
        let unknown = try app.request("POST", "/v1/cooperatives", token: admin, json: #"{"name":"Koperasi","region":"63.71.09.2999"}"#)
        #expect(unknown.status == 422)
        #expect(unknown.string("errors.0.field") == "region")
        #expect(try app.request("POST", "/v1/cooperatives", token: admin, json: #"{"name":"Koperasi","region":"63.71.01.1008"}"#).status == 201)
    }

    @Test func aRepeatedIdempotencyKeyRegistersOnce() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let body = #"{"name":"Koperasi Merah Putih Mantuil","region":"63.71.01.1001"}"#
        let first = try app.request("POST", "/v1/cooperatives", token: admin, json: body, headers: [("Idempotency-Key", "coop-1")])
        let again = try app.request("POST", "/v1/cooperatives", token: admin, json: body, headers: [("Idempotency-Key", "coop-1")])
        #expect(again.status == 201)
        #expect(again.header("Idempotent-Replayed") == "true")
        #expect(again.string("id") == first.string("id"))
        #expect(try app.count("SELECT count(*) FROM cooperatives") == 1)
    }

    private func listed(_ app: TestApp, _ target: String) throws -> [String] {
        let response = try app.request("GET", target)
        return (0..<response.count("items")).compactMap { response.string("items.\($0).id") }
    }
}
