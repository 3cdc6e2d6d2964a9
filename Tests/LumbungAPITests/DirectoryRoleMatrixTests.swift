import LumbungCore
import Testing

/// Who may call each region, commodity, cooperative, outlet and token route (API.md's role table).
@Suite struct DirectoryRoleMatrixTests {
    /// The callers, in the order of each row's expected statuses.
    enum Caller: CaseIterable { case anyone, admin, officer, otherOfficer, shopkeeper, otherShopkeeper }

    /// A request and the status each caller gets.
    struct Row {
        let method: String
        let path: String
        let body: String?
        let statuses: [Int]
    }

    @Test func everyRouteAnswersEachRoleAsTheTableSays() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        let victimID = try #require(try app.request("POST", "/v1/tokens", token: world.admin,
                                                    json: #"{"name":"to be revoked","role":"admin"}"#).string("id"))
        let open = [200, 200, 200, 200, 200, 200]
        let rows: [Row] = [
            Row(method: "GET", path: "/v1/regions", body: nil, statuses: open),
            Row(method: "GET", path: "/v1/regions/63.71", body: nil, statuses: open),
            Row(method: "GET", path: "/v1/commodities", body: nil, statuses: open),
            Row(method: "GET", path: "/v1/cooperatives?region=63", body: nil, statuses: open),
            Row(method: "GET", path: "/v1/cooperatives/\(world.cooperativeID)", body: nil, statuses: open),
            Row(method: "GET", path: "/v1/outlets?region=63.71", body: nil, statuses: open),
            Row(method: "GET", path: "/v1/outlets/\(world.outletID)", body: nil, statuses: open),
            Row(method: "POST", path: "/v1/regions/import", body: nil, statuses: [401, 200, 403, 403, 403, 403]),
            Row(method: "PUT", path: "/v1/commodities/kedelai", body: #"{"name":"Kedelai","unit":"kg","category":"sembako"}"#,
                statuses: [401, 201, 403, 403, 403, 403]),
            Row(method: "POST", path: "/v1/cooperatives", body: #"{"name":"Koperasi","region":"63.71.01.1008"}"#,
                statuses: [401, 201, 201, 403, 403, 403]),
            Row(method: "POST", path: "/v1/outlets", body: #"{"cooperativeId":"\#(world.cooperativeID)","name":"Gerai Baru"}"#,
                statuses: [401, 201, 201, 403, 201, 403]),
            Row(method: "POST", path: "/v1/outlets",
                body: #"{"cooperativeId":"\#(world.cooperativeID)","name":"Gerai Jambi","region":"15.71.01.1001"}"#,
                statuses: [401, 201, 403, 403, 403, 403]),
            Row(method: "POST", path: "/v1/tokens", body: #"{"name":"Admin","role":"admin"}"#, statuses: [401, 201, 403, 403, 403, 403]),
            Row(method: "GET", path: "/v1/tokens", body: nil, statuses: [401, 200, 403, 403, 403, 403]),
            Row(method: "DELETE", path: "/v1/tokens/\(victimID)", body: nil, statuses: [401, 204, 403, 403, 403, 403]),
        ]
        let tokens: [Caller: String] = [.admin: world.admin, .officer: world.officer, .otherOfficer: world.otherOfficer,
                                        .shopkeeper: world.shopkeeper, .otherShopkeeper: world.otherShopkeeper]
        for row in rows {
            for (caller, expected) in zip(Caller.allCases, row.statuses) {
                let response = row.path == "/v1/regions/import"
                    ? try app.importRegions("kode,nama\n63,Kalimantan Selatan\n", token: tokens[caller])
                    : try app.request(row.method, row.path, token: tokens[caller], json: row.body)
                #expect(response.status == expected, "\(row.method) \(row.path) as \(caller): \(response.text)")
            }
        }
        for row in rows {
            let response = try app.request(row.method, row.path, token: "lmb_not_a_token", json: row.body)
            #expect(response.status == 401, "\(row.method) \(row.path) with an unknown token")
        }
    }
}
