import Testing

/// `/pendamping`: an assistant's cooperatives, each outlet's last report, open alerts and links to the forms.
@Suite struct AssistantPageTests {
    @Test func listsCooperativesQuietOutletsAndAlerts() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        let quiet = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.01.1001", name: "Gerai Sepi")
        let silent = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.01.1001", name: "Gerai Baru")
        app.advance(hours: -9 * 24)
        try app.reportPrice(quiet, 19000, token: world.admin)
        app.advance(hours: 9 * 24)
        try app.reportPrice(world.outletID, 35000, token: world.admin)
        let assistant = try #require(try app.request("POST", "/v1/tokens", token: world.admin, json: """
            {"name":"Pendamping Mantuil","role":"assistant","cooperativeIds":["\(world.cooperativeID)"]}
            """).string("token"))
        #expect(try app.page("/pendamping").text.contains("Masukkan token"))
        let cookie = try app.signIn(assistant, to: "pendamping")
        let page = try app.page("/pendamping", cookie: cookie)
        #expect(page.status == 200)
        for text in ["Koperasi dampingan (1)", "Desa/kelurahan Mantuil", "Belum lapor 9 hari", "Belum pernah lapor",
                     "Lapor hari ini", "href=\"/gerai/\(quiet)\"", "href=\"/gerai/\(silent)\"",
                     "Harga LPG 3 kg di Gerai Kelayan Timur Rp35.000, di atas batas Rp20.000.", "2 gerai belum lapor"] {
            #expect(page.text.contains(text), "\(text)")
        }
        let home = try app.page("/gerai", cookie: cookie)
        #expect(home.status == 303)
        #expect(home.header("Location") == "/pendamping")
        #expect(try app.page("/gerai/\(quiet)", cookie: cookie).status == 200)
        #expect(try app.page("/dinas", cookie: cookie).status == 403)
        #expect(try app.page("/pendamping", cookie: try app.signIn(world.officer, to: "dinas")).status == 403)
        #expect(try app.page("/pendamping", cookie: try app.signIn(world.shopkeeper)).status == 403)
    }

    @Test func theDashboardShowsTheEarlyWarningAndCoverageTables() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        try app.reportPrice(world.outletID, 15000, commodity: "gula-pasir", observedAt: "2025-10-16T03:00:00Z", token: world.admin)
        try app.reportPrice(world.outletID, 16950, commodity: "gula-pasir", token: world.admin)
        let dashboard = try app.page("/dinas?commodity=gula-pasir&region=63.71", cookie: try app.signIn(world.officer, to: "dinas"))
        #expect(dashboard.status == 200)
        for text in ["Peringatan dini harga Gula Pasir", "class=\"jumlah tingkat-siaga\"", "+13,0%",
                     "Cakupan: gerai yang melapor 7 hari terakhir", "/dinas/peringatan-dini.csv?commodity=gula-pasir&amp;region=63.71",
                     "/dinas/cakupan.csv?region=63.71&amp;days=7", "Kenaikan harga wilayah",
                     "<details class=\"lipat\" id=\"peringatan-dini\" open>", "1 wilayah waspada atau lebih",
                     "<details class=\"lipat\" id=\"cakupan\">", "1 dari 1 gerai"] {
            #expect(dashboard.text.contains(text), "\(text)")
        }
        let quiet = try app.page("/dinas?commodity=lpg-3kg&region=63.71", cookie: try app.signIn(world.officer, to: "dinas"))
        #expect(quiet.text.contains("<details class=\"lipat\" id=\"peringatan-dini\">"))
        #expect(quiet.text.contains("semua wilayah normal"))
        let csv = try app.page("/dinas/peringatan-dini.csv?commodity=gula-pasir&region=63.71")
        #expect(csv.header("Content-Disposition") == "attachment; filename=\"peringatan-dini-gula-pasir-63.71.csv\"")
        #expect(csv.text.hasPrefix("date,commodity,regionCode"))
        let coverage = try app.page("/dinas/cakupan.csv?region=63.71&days=7")
        #expect(coverage.header("Content-Disposition") == "attachment; filename=\"cakupan-63.71-7.csv\"")
    }
}
