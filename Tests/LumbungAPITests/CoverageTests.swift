import Testing

/// `GET /v1/reports/coverage` and the outlets' `lastReportAt` and `quietDays`.
@Suite struct CoverageTests {
    /// Kota Banjarmasin: the fixture outlet (Mantuil) reports today, one in Kelayan Selatan reported
    /// 10 days ago, one in Telawang never reported; a second cooperative in Kelayan Selatan.
    private func world(_ app: TestApp) throws -> (world: World, old: String, silent: String) {
        let world = try app.makeWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        let old = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.01.1002", name: "Gerai Lama")
        let telawang = try app.makeCooperative(village: "63.71.03.1005", name: "Koperasi Telawang")
        let silent = try app.makeOutlet(cooperativeID: telawang, village: "63.71.03.1005", name: "Gerai Sepi")
        app.advance(hours: -240)
        try app.move(old, "receipt", "5", token: world.admin)
        app.advance(hours: 240)
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        return (world, old, silent)
    }

    @Test func countsPerChildWithOutletsThatNeverReported() throws {
        let app = try TestApp()
        _ = try world(app)
        let report = try app.request("GET", "/v1/reports/coverage?region=63.71")
        #expect(report.status == 200)
        #expect(report.number("days") == "7")
        #expect(report.count("children") == 2)
        let expected: [(String, [String: String])] = [
            ("children.0", ["villages": "3", "cooperatives": "2", "outlets": "2", "outletsActive": "1", "activeShare": "50"]),
            ("children.1", ["villages": "1", "cooperatives": "1", "outlets": "1", "outletsActive": "0", "activeShare": "0"]),
            ("overall", ["villages": "4", "cooperatives": "3", "outlets": "3", "outletsActive": "1", "activeShare": "33.3"]),
        ]
        for (row, figures) in expected {
            for (key, value) in figures { #expect(report.number("\(row).\(key)") == value, "\(row).\(key)") }
        }
        #expect(report.string("children.0.region.code") == "63.71.01")
        #expect(report.string("children.1.region.name") == "Banjarmasin Barat")
        let fortnight = try app.request("GET", "/v1/reports/coverage?region=63.71&days=14")
        #expect(fortnight.number("overall.outletsActive") == "2")
        let national = try app.request("GET", "/v1/reports/coverage")
        #expect(national.string("children.0.region.code") == "15")
        #expect(national.number("children.0.outlets") == "0")
        #expect(national.value("children.0.activeShare") == .null)
        #expect(national.number("overall.villages") == "5")
        let csv = try app.request("GET", "/v1/reports/coverage?region=63.71", headers: [("Accept", "text/csv")])
        #expect(csv.text.hasPrefix("days,regionCode,regionName,villages,cooperatives,outlets,outletsActive,activeShare\r\n"
                                   + "7,63.71.01,Banjarmasin Selatan,3,2,2,1,50\r\n"))
        #expect(try app.request("GET", "/v1/reports/coverage?days=0").status == 400)
        #expect(try app.request("GET", "/v1/reports/coverage?days=91").status == 400)
        #expect(try app.request("GET", "/v1/reports/coverage?region=99").status == 404)
    }

    @Test func outletsCarryTheirLastReportAndQuietOnesAreListed() throws {
        let app = try TestApp()
        let (world, old, silent) = try world(app)
        #expect(try app.request("GET", "/v1/outlets/\(world.outletID)").string("lastReportAt") == "2025-10-23T08:00:00Z")
        #expect(try app.request("GET", "/v1/outlets/\(old)").string("lastReportAt") == "2025-10-13T08:00:00Z")
        #expect(try app.request("GET", "/v1/outlets/\(silent)").value("lastReportAt") == .null)
        let quiet = try app.request("GET", "/v1/outlets?region=63.71&quietDays=9")
        #expect(Set((0..<quiet.count("items")).compactMap { quiet.string("items.\($0).id") }) == [old, silent])
        let longQuiet = try app.request("GET", "/v1/outlets?region=63.71&quietDays=11")
        #expect((0..<longQuiet.count("items")).compactMap { longQuiet.string("items.\($0).id") } == [silent])
        #expect(try app.request("GET", "/v1/outlets?quietDays=0").status == 400)
        #expect(try app.request("GET", "/v1/outlets?quietDays=366").status == 400)
    }
}
