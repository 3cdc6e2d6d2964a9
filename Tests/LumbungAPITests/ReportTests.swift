import Testing

/// The dinas price reports over HTTP on a hand-checked Kalimantan Selatan (clock: 2025-10-23 15:00 WIB).
@Suite struct ReportTests {
    static let regions = """
        kode,nama
        63,Kalimantan Selatan
        63.03,Kabupaten Banjar
        63.71,Kota Banjarmasin
        63.71.01,Banjarmasin Selatan
        63.71.01.1001,Mantuil
        63.71.01.1002,Kelayan Selatan
        63.71.02,Banjarmasin Timur
        63.71.02.1001,Kuripan
        63.72,Kota Banjarbaru
        63.72.02,Landasan Ulin
        63.72.02.1003,Landasan Ulin Timur
        63.72.02.1004,Guntung Payung

        """

    let app: TestApp
    let admin: String
    /// Outlet ids by name.
    var outlets: [String: String] = [:]

    init() throws {
        app = try TestApp()
        try app.ensureStockCommodities()
        admin = try app.makeToken(.admin)
        #expect(try app.importRegions(Self.regions, token: admin).status == 200)
        try app.sql("DELETE FROM bands")  // only the bands below
        try band(region: "63", limits: #""min":18500,"max":20000"#)
        try band(region: "63.72", limits: #""max":21000"#)
        let cooperative = try app.makeCooperative()
        for (name, village) in [("A", "63.71.01.1001"), ("B", "63.71.01.1002"), ("C", "63.71.02.1001"), ("D", "63.71.02.1001"),
                                ("E", "63.72.02.1003"), ("F", "63.72.02.1004"), ("G", "63.71.01.1001")] {
            outlets[name] = try app.makeOutlet(cooperativeID: cooperative, village: village, name: "Gerai \(name)")
        }
        // 2025-10-22, 09:00 WIB: A below the band, D above it; E above the province band but inside Banjarbaru's.
        for (name, price) in [("A", 18_000), ("B", 19_000), ("C", 20_000), ("D", 21_000), ("E", 20_500), ("F", 20_999)] {
            try report(name, price, at: "2025-10-22T02:00:00Z")
        }
        // 2025-10-23, 10:00 WIB: A raises its price and G reports for the first time.
        try report("A", 30_000, at: "2025-10-23T03:00:00Z")
        try report("G", 25_000, at: "2025-10-23T03:00:00Z")
    }

    func band(region: String, limits: String) throws {
        let answer = try app.request("POST", "/v1/bands", token: admin, json: """
            {"commodity":"lpg-3kg","region":"\(region)",\(limits),"effectiveFrom":"2025-10-20T00:00:00Z"}
            """)
        #expect(answer.status == 201)
    }

    func report(_ outlet: String, _ price: Int, at time: String) throws {
        let answer = try app.request("POST", "/v1/outlets/\(outlets[outlet]!)/prices", token: admin,
                                     json: #"{"commodity":"lpg-3kg","price":\#(price),"observedAt":"\#(time)"}"#)
        #expect(answer.status == 201)
    }

    @Test func theProvinceAtTheEndOfADay() throws {
        let report = try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&region=63&date=2025-10-22")
        #expect(report.status == 200)
        #expect(report.string("commodity.name") != nil && report.string("commodity.unit") == "tabung")
        #expect(report.string("region.code") == "63" && report.string("region.name") == "Kalimantan Selatan")
        #expect(report.string("date") == "2025-10-22" && report.number("band.max") == "20000")
        #expect((0..<3).map { report.string("children.\($0).region.name") }
                == ["Kabupaten Banjar", "Kota Banjarmasin", "Kota Banjarbaru"])
        let kota = "children.1."
        #expect(report.number(kota + "outletsReporting") == "4" && report.number(kota + "min") == "18000")
        #expect(report.number(kota + "median") == "19500" && report.number(kota + "max") == "21000")
        #expect(report.number(kota + "mean") == "19500" && report.number(kota + "cv") == "0.0573")
        #expect(report.number(kota + "aboveBand") == "1" && report.number(kota + "belowBand") == "1")
        #expect(report.number(kota + "band.min") == "18500")
        let banjarbaru = "children.2."
        #expect(report.number(banjarbaru + "median") == "20750", "20,749.5 rounds half up")
        #expect(report.number(banjarbaru + "aboveBand") == "0" && report.number(banjarbaru + "band.max") == "21000")
        #expect(report.value(banjarbaru + "band.min") == .null)
        #expect(report.number("overall.outletsReporting") == "6" && report.number("overall.median") == "20250")
        #expect(report.number("overall.aboveBand") == "1" && report.number("overall.belowBand") == "1")
        #expect(report.string("overall.region.code") == "63")
    }

    @Test func aChildWithoutReportsHasNullFigures() throws {
        let report = try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&region=63&date=2025-10-22")
        #expect(report.number("children.0.outletsReporting") == "0")
        for figure in ["min", "median", "max", "mean", "cv"] {
            #expect(report.value("children.0." + figure) == .null, "\(figure)")
        }
        #expect(report.number("children.0.aboveBand") == "0" && report.number("children.0.band.max") == "20000")
    }

    @Test func aDayBeforeAnyReportHasNoFigures() throws {
        let report = try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&region=63&date=2025-10-21")
        #expect(report.status == 200 && report.number("overall.outletsReporting") == "0")
        #expect(report.value("overall.median") == .null && report.count("children") == 3)
    }

    @Test func todayByDefaultUsesEveryLatestPrice() throws {
        let report = try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&region=63.71")
        #expect(report.string("date") == "2025-10-23")
        #expect((0..<report.count("children")).map { report.string("children.\($0).region.code") } == ["63.71.01", "63.71.02"])
        #expect(report.number("children.0.outletsReporting") == "3" && report.number("children.0.max") == "30000")
        #expect(report.number("overall.outletsReporting") == "5" && report.number("overall.aboveBand") == "3")
    }

    @Test func theWholeCountryByProvince() throws {
        let report = try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&date=2025-10-22")
        #expect(report.string("region.code") == "" && report.string("region.name") == "Indonesia")
        #expect(report.count("children") == 1 && report.string("children.0.region.code") == "63")
        #expect(report.number("children.0.outletsReporting") == "6")
    }

    @Test func csvOnRequest() throws {
        let report = try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&region=63&date=2025-10-22",
                                     headers: [("Accept", "text/csv")])
        #expect(report.status == 200 && report.header("Content-Type") == "text/csv; charset=utf-8")
        let lines = report.text.components(separatedBy: "\r\n")
        #expect(lines.count == 6 && lines[5].isEmpty)
        #expect(lines[0] == "date,commodity,regionCode,regionName,outletsReporting,min,median,max,mean,cv,aboveBand,belowBand,bandMin,bandMax")
        #expect(lines[1] == "2025-10-22,lpg-3kg,63.03,Kabupaten Banjar,0,,,,,,0,0,18500,20000")
        #expect(lines[2] == "2025-10-22,lpg-3kg,63.71,Kota Banjarmasin,4,18000,19500,21000,19500,0.0573,1,1,18500,20000")
        #expect(lines[4] == "2025-10-22,lpg-3kg,63,Kalimantan Selatan,6,18000,20250,21000,19917,0.055,1,1,18500,20000")
    }

    @Test func seriesOneRowPerDayAgainstTheBand() throws {
        let series = try app.request("GET", "/v1/reports/prices/series?commodity=lpg-3kg&region=63&from=2025-10-19&to=2025-10-23")
        #expect(series.status == 200 && series.count("items") == 5)
        #expect(series.string("items.0.date") == "2025-10-19" && series.value("items.0.bandMax") == .null)
        #expect(series.number("items.1.bandMin") == "18500" && series.number("items.1.bandMax") == "20000")
        #expect((0..<5).map { series.number("items.\($0).outletsReporting") } == ["0", "0", "0", "6", "7"])
        #expect(series.number("items.3.median") == "20250" && series.value("items.2.median") == .null)
        #expect(series.number("items.4.max") == "30000" && series.number("items.4.min") == "19000")
        let csv = try app.request("GET", "/v1/reports/prices/series?commodity=lpg-3kg&region=63&from=2025-10-22&to=2025-10-22",
                                  headers: [("Accept", "text/csv, application/json;q=0.5")])
        #expect(csv.text == "date,outletsReporting,min,median,max,bandMin,bandMax\r\n2025-10-22,6,18000,20250,21000,18500,20000\r\n")
    }

    @Test func jsonUnlessCSVIsPreferred() throws {
        let answer = try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&region=63",
                                     headers: [("Accept", "text/csv;q=0.5, application/json")])
        #expect(answer.header("Content-Type") == "application/json")
    }

    @Test func unknownCommodityOrRegionIsNotFound() throws {
        #expect(try app.request("GET", "/v1/reports/prices?commodity=avtur&region=63").status == 404)
        #expect(try app.request("GET", "/v1/reports/prices?commodity=lpg-3kg&region=63.99").status == 404)
        #expect(try app.request("GET", "/v1/reports/prices/series?commodity=lpg-3kg&region=64").status == 404)
    }

    @Test(arguments: [
        ("/v1/reports/prices?region=63", "commodity"),
        ("/v1/reports/prices?commodity=lpg-3kg&region=6", "region"),
        ("/v1/reports/prices?commodity=lpg-3kg&date=2025-13-01", "date"),
        ("/v1/reports/prices/series?commodity=lpg-3kg&from=2025-10-23&to=2025-10-22", "from"),
        ("/v1/reports/prices/series?commodity=lpg-3kg&from=2024-10-22&to=2025-10-23", "to"),
        ("/v1/reports/prices/series?commodity=lpg-3kg&to=yesterday", "to"),
    ])
    func malformedParametersAreNamed(_ target: String, _ parameter: String) throws {
        let answer = try app.request("GET", target)
        #expect(answer.status == 400 && answer.string("errors.0.field") == parameter, "\(target)")
    }

    @Test func aFullYearIsAllowed() throws {
        let series = try app.request("GET", "/v1/reports/prices/series?commodity=lpg-3kg&from=2024-10-23&to=2025-10-23")
        #expect(series.status == 200 && series.count("items") == 366)
    }
}
