import Testing

@Suite struct WebPagesTests {
    /// A world with regions, 40 LPG cylinders at Rp19.000 in the fixture outlet, and one outlet above the band.
    private func stockedWorld(_ app: TestApp) throws -> World {
        let world = try app.makeStockWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        try app.move(world.outletID, "receipt", "40", token: world.shopkeeper)
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        return world
    }

    @Test func theThreePagesAndTheirFilesAnswer() throws {
        let app = try TestApp()
        let world = try stockedWorld(app)
        for path in ["/", "/gerai", "/dinas"] {
            let page = try app.page(path)
            #expect(page.status == 200, "\(path)")
            #expect(page.header("Content-Type") == "text/html; charset=utf-8", "\(path)")
            #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'") == true, "\(path)")
            #expect(page.text.contains("<html lang=\"id\">"), "\(path)")
        }
        #expect(try app.page("/gerai").text.contains("Masukkan token"))
        #expect(try app.page("/static/app.css").header("Content-Type") == "text/css; charset=utf-8")
        #expect(try app.page("/static/dekat.js").text.contains("geolocation"))

        let shopkeeper = try app.signIn(world.shopkeeper)
        let list = try app.page("/gerai", cookie: shopkeeper)
        #expect(list.status == 303)
        #expect(list.header("Location") == "/gerai/\(world.outletID)")
        let outletPage = try app.page("/gerai/\(world.outletID)", cookie: shopkeeper)
        #expect(outletPage.status == 200)
        #expect(outletPage.header("Content-Type") == "text/html; charset=utf-8")
        #expect(outletPage.text.contains("Catat stok"))
        let dashboard = try app.page("/dinas", cookie: try app.signIn(world.officer, to: "dinas"))
        #expect(dashboard.status == 200)
        #expect(dashboard.header("Content-Type") == "text/html; charset=utf-8")
        #expect(dashboard.text.contains("Peringatan terbuka di Kota Banjarmasin"))
    }

    @Test func memberPageShowsOutletsWithQuantityPriceBandAndFreshness() throws {
        let app = try TestApp()
        _ = try stockedWorld(app)
        app.advance(hours: 3)
        let page = try app.page("/?commodity=lpg-3kg&region=63.71").text
        #expect(page.contains("<h2>LPG 3 kg di Kota Banjarmasin</h2>"))
        #expect(page.contains("1 gerai punya stok, seluruhnya 40 tabung."))
        #expect(page.contains("Gerai Kelayan Timur"))
        #expect(page.contains("Rp19.000"))
        #expect(page.contains("Sesuai batas harga"))
        #expect(page.contains("Stok diperbarui 3 jam lalu (23 Okt 2025 15.00 WIB)"))
        let elsewhere = try app.page("/?commodity=lpg-3kg&region=15").text
        #expect(elsewhere.contains("Belum ada gerai koperasi yang terdaftar di Jambi."))
    }

    @Test func nearMeListsOutletsByDistance() throws {
        let app = try TestApp()
        let world = try stockedWorld(app)
        let near = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.01.1008", name: "Gerai Kelayan A",
                                      latitude: -3.3384, longitude: 114.6012)
        try app.move(near, "receipt", "2.5", token: world.shopkeeper)
        let page = try app.page("/?commodity=lpg-3kg&near=-3.3300,114.6012").text
        #expect(page.contains("<h2>LPG 3 kg dalam 10 km dari lokasi Anda</h2>"))
        #expect(page.contains("Gerai Kelayan A"))
        #expect(page.contains("2,5 tabung"))
        #expect(page.contains(" · 0,9 km"))
        #expect(page.contains("Harga belum dilaporkan"))
        #expect(!page.contains("Gerai Kelayan Timur"))
    }

    @Test func regionChoiceNarrowsStepByStep() throws {
        let app = try TestApp()
        _ = try stockedWorld(app)
        let provinces = try app.page("/?commodity=lpg-3kg").text
        #expect(provinces.contains("Pilih provinsi"))
        #expect(provinces.contains("<option value=\"63\">Kalimantan Selatan</option>"))
        #expect(provinces.contains("<option value=\"15\">Jambi</option>"))
        let kabupaten = try app.page("/?commodity=lpg-3kg&region=63").text
        #expect(kabupaten.contains("Pilih kabupaten/kota"))
        #expect(kabupaten.contains("<option value=\"63.71\">Kota Banjarmasin</option>"))
        let villages = try app.page("/?commodity=lpg-3kg&region=63.71.01").text
        #expect(villages.contains("Pilih desa/kelurahan"))
        #expect(villages.contains("<a href=\"/?commodity=lpg-3kg&amp;region=63.71\">Kota Banjarmasin</a>"))
        let village = try app.page("/?commodity=lpg-3kg&region=63.71.01.1001").text
        #expect(village.contains("<input type=\"hidden\" name=\"region\" value=\"63.71.01.1001\">"))
        #expect(village.contains("Gerai Kelayan Timur"))
        let unreadable = try app.page("/?commodity=lpg-3kg&region=63.7&near=x")
        #expect(unreadable.status == 200)
        #expect(unreadable.text.contains("Pilih provinsi"))
    }

    @Test func dashboardShowsAlertsTheColouredTableTheChartAndTheCSV() throws {
        let app = try TestApp()
        let world = try stockedWorld(app)
        let other = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.03.1005", name: "Gerai Telawang")
        try app.reportPrice(other, 35000, token: world.shopkeeper)
        let page = try app.page("/dinas?commodity=lpg-3kg&region=63.71", cookie: try app.signIn(world.officer, to: "dinas"))
        #expect(page.status == 200)
        let text = page.text
        #expect(text.contains("<b>Gerai Telawang</b><br><span class=\"kecil\">Kec. Banjarmasin Barat, Kota Banjarmasin</span>"))
        #expect(text.contains("<td data-label=\"Harga / stok\">Rp35.000</td>"))
        #expect(text.contains("Harga di atas batas"))
        #expect(text.contains("<span class=\"waktu\" title=\"23 Okt 2025 15.00 WIB\">baru saja</span>"))
        #expect(text.contains("<span class=\"lencana dalam\">dalam batas (-5,0%)</span>"))
        #expect(text.contains("<span class=\"lencana atas\">+75,0% di atas</span>"))
        #expect(text.contains("Rp18.500–Rp20.000"))
        #expect(text.contains("<svg class=\"grafik\""))
        #expect(text.contains("<title>23 Okt: Rp27.000</title>"))
        #expect(text.contains("/dinas/harga.csv?commodity=lpg-3kg&amp;region=63.71&amp;date=2025-10-23"))
        let csv = try app.page("/dinas/harga.csv?commodity=lpg-3kg&region=63.71&date=2025-10-23")
        #expect(csv.status == 200)
        #expect(csv.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(csv.header("Content-Disposition") == "attachment; filename=\"harga-lpg-3kg-63.71-2025-10-23.csv\"")
        #expect(csv.text.hasPrefix("date,commodity,regionCode,regionName,outletsReporting"))
    }

    @Test func dashboardIsForOfficersOnly() throws {
        let app = try TestApp()
        let world = try stockedWorld(app)
        let page = try app.page("/dinas", cookie: try app.signIn(world.shopkeeper, to: "dinas"))
        #expect(page.status == 403)
        #expect(page.text.contains("Halaman ini untuk petugas dinas."))
        let outside = try app.page("/dinas?region=15", cookie: try app.signIn(world.officer, to: "dinas"))
        #expect(outside.status == 403)
        #expect(outside.text.contains("Token Anda tidak berhak melakukan ini."))
        let admin = try app.page("/dinas", cookie: try app.signIn(world.admin, to: "dinas"))
        #expect(admin.text.contains("Peringatan terbuka di Indonesia"))
    }
}
