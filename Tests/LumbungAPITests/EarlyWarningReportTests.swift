import Testing

/// `GET /v1/reports/early-warning`, figures checked by hand.
@Suite struct EarlyWarningReportTests {
    /// Kota Banjarmasin: two outlets at Rp15.000 and Rp15.001 on 2025-10-16 (even median Rp15.001),
    /// then Rp16.500 and Rp18.000 today, 2025-10-23 (median Rp17.250; Rp18.000 is above the
    /// national gula pasir maximum of Rp17.500).
    private func pricedWorld(_ app: TestApp) throws -> World {
        let world = try app.makeWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        let second = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.03.1005", name: "Gerai Telawang")
        for (outlet, before, now) in [(world.outletID, 15000, 16500), (second, 15001, 18000)] {
            try app.reportPrice(outlet, before, commodity: "gula-pasir", observedAt: "2025-10-16T03:00:00Z", token: world.admin)
            try app.reportPrice(outlet, now, commodity: "gula-pasir", token: world.admin)
        }
        return world
    }

    @Test func weeklyRiseLevelBandShareAndStabilityOfAKabupaten() throws {
        let app = try TestApp()
        _ = try pricedWorld(app)
        let report = try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=63&date=2025-10-23")
        #expect(report.status == 200)
        #expect(report.string("date") == "2025-10-23")
        #expect(report.number("thresholds.waspada") == "8")
        #expect(report.number("thresholds.siaga") == "12")
        #expect(report.number("thresholds.awas") == "20")
        #expect(report.count("children") == 1)
        for row in ["children.0", "overall"] {
            #expect(report.number("\(row).outletsReporting") == "2")
            #expect(report.number("\(row).median") == "17250")
            #expect(report.number("\(row).medianWeekAgo") == "15001")
            #expect(report.value("\(row).medianMonthAgo") == .null)
            #expect(report.number("\(row).changeWeek") == "15")
            #expect(report.value("\(row).changeMonth") == .null)
            #expect(report.string("\(row).level") == "siaga")
            #expect(report.number("\(row).aboveBandShare") == "50")
            #expect(report.number("\(row).cv") == "0.0435")
            #expect(report.number("\(row).cvMonth") == "0.0487")   // 7 days at 15.001, today 17.250
        }
        #expect(report.string("children.0.region.code") == "63.71")
        #expect(report.string("children.0.region.name") == "Kota Banjarmasin")
        #expect(report.string("overall.region.code") == "63")
    }

    @Test func aDayWithoutReportsCarriesTheLatestPricesAndHasNoWeeklyChange() throws {
        let app = try TestApp()
        _ = try pricedWorld(app)
        let report = try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=63.71&date=2025-10-20")
        #expect(report.status == 200)
        #expect(report.number("overall.outletsReporting") == "2")
        #expect(report.number("overall.median") == "15001")
        #expect(report.value("overall.medianWeekAgo") == .null)
        #expect(report.value("overall.changeWeek") == .null)
        #expect(report.value("overall.level") == .null)
        #expect(report.number("overall.cvMonth") == "0")
        #expect(report.count("children") == 2)
        let beforeAnyReport = try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=63.71&date=2025-10-01")
        #expect(beforeAnyReport.number("overall.outletsReporting") == "0")
        #expect(beforeAnyReport.value("overall.median") == .null)
        #expect(beforeAnyReport.value("overall.aboveBandShare") == .null)
        #expect(beforeAnyReport.value("overall.cvMonth") == .null)
    }

    @Test func aRegionWithoutOutletsHasEmptyRows() throws {
        let app = try TestApp()
        _ = try pricedWorld(app)
        let report = try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=15")
        #expect(report.status == 200)
        #expect(report.string("children.0.region.code") == "15.71")
        #expect(report.number("children.0.outletsReporting") == "0")
        for field in ["median", "medianWeekAgo", "changeWeek", "level", "aboveBandShare", "cv", "cvMonth"] {
            #expect(report.value("children.0.\(field)") == .null, "\(field)")
        }
    }

    @Test func csvHasOneRowPerChildThenTheWholeRegion() throws {
        let app = try TestApp()
        _ = try pricedWorld(app)
        let csv = try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=63&date=2025-10-23",
                                  headers: [("Accept", "text/csv")])
        #expect(csv.status == 200)
        #expect(csv.header("Content-Type") == "text/csv; charset=utf-8")
        let lines = csv.text.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "date,commodity,regionCode,regionName,outletsReporting,median,medianWeekAgo,medianMonthAgo,"
                + "changeWeek,changeMonth,level,aboveBandShare,cv,cvMonth,bandMin,bandMax")
        #expect(lines.dropFirst().first == "2025-10-23,gula-pasir,63.71,Kota Banjarmasin,2,17250,15001,,15,,siaga,50,0.0435,0.0487,,17500")
        #expect(lines.count == 3)
    }

    @Test func badParametersAreMalformedAndUnknownsNotFound() throws {
        let app = try TestApp()
        _ = try pricedWorld(app)
        #expect(try app.request("GET", "/v1/reports/early-warning").status == 400)
        #expect(try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=63.7").status == 400)
        #expect(try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&date=2025-13-01").status == 400)
        #expect(try app.request("GET", "/v1/reports/early-warning?commodity=emas").status == 404)
        #expect(try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=99").status == 404)
    }
}
