import Foundation
import LumbungCore
import MicroHTTP
import Testing

@Suite struct RegionsTests {
    @Test func importedRegionsAreListedByLevelAndParent() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let imported = try app.importRegions(TestApp.sampleRegions, token: admin)
        #expect(imported.status == 200)
        #expect(imported.number("imported") == "12")

        let provinces = try app.request("GET", "/v1/regions")
        #expect(provinces.status == 200)
        #expect(provinces.value("items") == .array([
            .object([("code", .string("15")), ("name", .string("Jambi")), ("level", .number("1")), ("parent", .null)]),
            .object([("code", .string("63")), ("name", .string("Kalimantan Selatan")), ("level", .number("1")), ("parent", .null)]),
        ]))
        #expect(provinces.value("nextCursor") == .null)

        let children = try app.request("GET", "/v1/regions?parent=63.71.01")
        #expect(children.count("items") == 3)
        #expect(children.string("items.2.name") == "Kelayan Timur")
        #expect(children.number("items.2.level") == "4")
        #expect(children.string("items.2.parent") == "63.71.01")

        let region = try app.request("GET", "/v1/regions/63.71.03.1005")
        #expect(region.status == 200)
        #expect(region.string("name") == "Telawang")
        #expect(region.string("parent") == "63.71.03")
        #expect(try app.request("GET", "/v1/regions/63.71.03.1006").status == 404)
        #expect(try app.request("GET", "/v1/regions/63.7").status == 404)
    }

    @Test func searchIgnoresCaseAndPagesWithCursors() throws {
        let app = try TestApp()
        try app.importRegions(TestApp.sampleRegions, token: try app.makeToken(.admin))
        let search = try app.request("GET", "/v1/regions?q=BANJAR")
        #expect(search.value("items").map { codes($0) } == ["63.71", "63.71.01", "63.71.03"])

        let first = try app.request("GET", "/v1/regions?q=kelayan&limit=1")
        #expect(first.string("items.0.code") == "63.71.01.1002")
        let cursor = try #require(first.string("nextCursor"))
        let second = try app.request("GET", "/v1/regions?q=kelayan&limit=1&cursor=\(cursor)")
        #expect(second.string("items.0.code") == "63.71.01.1008")
        #expect(second.value("nextCursor") == .null)

        let within = try app.request("GET", "/v1/regions?parent=63.71.01&q=timur")
        #expect(within.value("items").map { codes($0) } == ["63.71.01.1008"])
        #expect(try app.request("GET", "/v1/regions?q=%25").count("items") == 0)
    }

    @Test(arguments: ["parent=63.7", "parent=63.71.1", "limit=0", "limit=x", "q=" + String(repeating: "a", count: 101)])
    func unparsableParametersAreMalformed(_ query: String) throws {
        let app = try TestApp()
        let response = try app.request("GET", "/v1/regions?\(query)")
        #expect(response.status == 400)
        #expect(response.string("code") == "malformed")
        #expect(response.string("errors.0.field") == String(query.prefix { $0 != "=" }))
    }

    @Test func importIsAnUpsertThatRenames() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        try app.importRegions(TestApp.sampleRegions, token: admin)
        let renamed = try app.importRegions("kode,nama\r\n63.71.01.1008,\"Kelayan Timur, Baru\"\r\n", token: admin)
        #expect(renamed.number("imported") == "1")
        #expect(try app.request("GET", "/v1/regions/63.71.01.1008").string("name") == "Kelayan Timur, Baru")
        #expect(try app.count("SELECT count(*) FROM regions") == 12)
    }

    @Test func aBadLineImportsNothingAndIsNamed() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let cases: [(csv: String, line: Int, field: String)] = [
            ("kode,nama\n63,Kalimantan Selatan\n63.7,Kota\n", 3, "kode"),
            ("kode,nama\n63,Kalimantan Selatan\n\n63.71,\n", 4, "nama"),
            ("kode,nama\n63,Kalimantan Selatan,extra\n", 2, "row"),
            ("kode,nama\n63,\"Kalimantan\n", 2, "row"),
            ("code,name\n63,Kalimantan Selatan\n", 1, "header"),
            ("", 1, "header"),
            ("kode,nama\n63," + String(repeating: "x", count: 201) + "\n", 2, "nama"),
            ("kode,nama\n63,Kali\u{0}mantan\n", 2, "nama"),
        ]
        for (csv, line, field) in cases {
            let response = try app.importRegions(csv, token: admin)
            #expect(response.status == 422, "\(csv)")
            #expect(response.string("code") == "invalid")
            #expect(response.number("line") == String(line), "\(csv)")
            #expect(response.string("errors.0.field") == field, "\(csv)")
        }
        #expect(try app.count("SELECT count(*) FROM regions") == 0)
    }

    @Test func onlyUTF8CSVIsAccepted() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let latin1 = Array("kode,nama\n63,Kalimantan Selatan\n63.71,Kota Banjarmasin ".utf8) + [0xE9, 0x0A]
        let notUTF8 = try app.request("POST", "/v1/regions/import", token: admin, contentType: "text/csv", body: latin1)
        #expect(notUTF8.status == 400)
        #expect(notUTF8.string("code") == "malformed")
        let json = try app.request("POST", "/v1/regions/import", token: admin, json: #"{"kode":"63"}"#)
        #expect(json.status == 415)
        #expect(json.string("code") == "unsupported_media_type")
        let charset = try app.request("POST", "/v1/regions/import", token: admin, contentType: "text/csv; charset=utf-8",
                                      body: Array("\u{FEFF}kode,nama\n63,Kalimantan Selatan".utf8))
        #expect(charset.status == 200)
        #expect(try app.count("SELECT count(*) FROM regions") == 1)
    }

    @Test func aListOverTheCSVLimitIsTooLarge() throws {
        let app = try TestApp { $0.api.csvBodyLimit = 100 }
        let response = try app.importRegions(TestApp.sampleRegions, token: try app.makeToken(.admin))
        #expect(response.status == 413)
        #expect(response.string("code") == "payload_too_large")
    }

    @Test func theNationalListImportsWholeInOneRequest() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let national = try Array(Data(contentsOf: URL(fileURLWithPath: TestApp.nationalRegionList)))
        let first = try app.request("POST", "/v1/regions/import", token: admin, contentType: "text/csv", body: national)
        #expect(first.status == 200)
        #expect(first.number("imported") == "91599")
        #expect(try app.request("GET", "/v1/regions?limit=500").count("items") == 38)
        #expect(try app.count("SELECT count(*) FROM regions WHERE level = 4") == 83_762)
        #expect(try app.count("SELECT count(*) FROM regions WHERE level = 4 AND code LIKE '63.%'") == 2_016)
        #expect(try app.request("GET", "/v1/regions/12.07.28.1007").string("name") == "Lubuk Pakam I,II")

        let snapshot = "SELECT count(*), sum(length(name)), sum(level), count(DISTINCT parent) FROM regions"
        let before = try fingerprint(app, snapshot)
        let again = try app.request("POST", "/v1/regions/import", token: admin, contentType: "text/csv", body: national)
        #expect(again.number("imported") == "91599")
        #expect(try fingerprint(app, snapshot) == before)

        var broken = national.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        broken[50_000] = ArraySlice("63.71.01.100X,Kelayan Timur\r".utf8)
        let fresh = try TestApp()
        let rejected = try fresh.request("POST", "/v1/regions/import", token: try fresh.makeToken(.admin), contentType: "text/csv",
                                         body: Array(broken.joined(separator: [UInt8(ascii: "\n")])))
        #expect(rejected.status == 422)
        #expect(rejected.number("line") == "50001")
        #expect(try fresh.count("SELECT count(*) FROM regions") == 0)
    }

    private func codes(_ items: JSON) -> [String] {
        guard case .array(let items) = items else { return [] }
        return items.compactMap { if case .string(let code)? = $0["code"] { code } else { nil } }
    }

    private func fingerprint(_ app: TestApp, _ sql: String) throws -> [Int64] {
        try app.sqlRows(sql).first.map { row in row.prefix(4).map { Int64($0 ?? "") ?? 0 } } ?? []
    }
}
