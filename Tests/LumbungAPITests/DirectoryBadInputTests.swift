import LumbungCore
import Testing

/// Bad input to the cooperative, outlet and token routes gets the right problem+json answer.
@Suite struct DirectoryBadInputTests {
    @Test func badBodiesAreAnsweredWithProblemDetails() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        try app.importRegions(TestApp.sampleRegions, token: admin)
        let cooperative = try app.makeCooperative()
        let long = String(repeating: "n", count: 10_000)
        let cases: [(path: String, json: String, status: Int, fields: [String])] = [
            ("/v1/cooperatives", #"{"name":"Koperasi","region":"63.71.01.1001""#, 400, []),
            ("/v1/cooperatives", #"["name","region"]"#, 400, []),
            ("/v1/cooperatives", #"{"name":5,"region":63.71}"#, 422, ["name", "region"]),
            ("/v1/cooperatives", #"{"name":"\#(long)","region":"63.71.01.1001"}"#, 422, ["name"]),
            ("/v1/cooperatives", #"{"name":"Kop\u0000erasi","region":"63.71.01.1001"}"#, 422, ["name"]),
            ("/v1/cooperatives", #"{"name":"Koperasi","region":"63.71.01.1999"}"#, 422, ["region"]),
            ("/v1/cooperatives", #"{"name":"Koperasi","region":"63.71.01.1001\u0000"}"#, 422, ["region"]),
            ("/v1/cooperatives", #"{"region":null}"#, 422, ["name", "region"]),
            ("/v1/outlets", #"{"cooperativeId":"\#(cooperative)","name":"Gerai","address":"\#(long)"}"#, 422, ["address"]),
            ("/v1/outlets", #"{"cooperativeId":"\#(cooperative)","name":"Gerai","region":"63.71.01.1999"}"#, 422, ["region"]),
            ("/v1/outlets", #"{"cooperativeId":true,"name":"Gerai"}"#, 422, ["cooperativeId"]),
            ("/v1/tokens", #"{"name":"\#(long)","role":"admin"}"#, 422, ["name"]),
        ]
        for (path, json, status, fields) in cases {
            let response = try app.request("POST", path, token: admin, json: json)
            #expect(response.status == status, "\(json.prefix(80))")
            #expect(response.header("Content-Type") == "application/problem+json")
            #expect(response.string("code") == (status == 400 ? "malformed" : "invalid"))
            #expect((0..<response.count("errors")).compactMap { response.string("errors.\($0).field") } == fields, "\(json.prefix(80))")
        }
        #expect(try app.count("SELECT count(*) FROM cooperatives") == 1)
    }

    @Test func unknownFieldsAreIgnored() throws {
        let app = try TestApp()
        let response = try app.request("POST", "/v1/cooperatives", token: try app.makeToken(.admin),
                                       json: #"{"name":"Koperasi","region":"63.71.01.1001","members":[1,2],"id":"mine"}"#)
        #expect(response.status == 201)
        #expect(response.string("id") != "mine")
    }

    @Test func rawNULBytesAndOtherMediaTypesAreRefused() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let nul = Array(#"{"name":"Kop"#.utf8) + [0] + Array(#"erasi","region":"63.71.01.1001"}"#.utf8)
        #expect(try app.request("POST", "/v1/cooperatives", token: admin, contentType: "application/json", body: nul).status == 400)
        let text = try app.request("POST", "/v1/cooperatives", token: admin, contentType: "text/plain", body: Array("hello".utf8))
        #expect(text.status == 415)
        #expect(text.string("code") == "unsupported_media_type")
    }

    @Test(arguments: ["/v1/cooperatives?region=63.7", "/v1/outlets?region=63.7", "/v1/outlets?region=63.71.01.100",
                      "/v1/cooperatives?region=abc", "/v1/outlets?region=63.71&limit=-1"])
    func unparsableFiltersAreMalformedNamingTheParameter(_ target: String) throws {
        let app = try TestApp()
        let response = try app.request("GET", target)
        #expect(response.status == 400)
        #expect(response.string("code") == "malformed")
        #expect(response.string("errors.0.field") == (target.hasSuffix("limit=-1") ? "limit" : "region"))
    }
}
