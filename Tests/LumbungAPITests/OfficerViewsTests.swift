import LumbungCore
import Testing

/// The officers' dashboard at scale: alerts of the chosen commodity only, counted by kind and
/// region, named places, furthest outside the band first, paged, downloadable for spreadsheets,
/// after the price table and the chart.
@Suite struct OfficerViewsTests {
    /// Regions, and 25 outlets in Kelayan Timur and 2 in Telawang with LPG above the band
    /// (Rp20.100 up to Rp22.500 and Rp40.000), one with rice above its band and one out of stock.
    private func crowdedWorld(_ app: TestApp) throws -> (world: World, cookie: String) {
        let world = try app.makeStockWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        for number in 0..<25 {
            let outlet = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.01.1008",
                                            name: "Gerai Kelayan \(number)")
            try app.reportPrice(outlet, 20100 + 100 * number, token: world.shopkeeper)
        }
        for (name, price) in [("Gerai Telawang A", 40000), ("Gerai Telawang B", 21000)] {
            let outlet = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.03.1005", name: name)
            try app.reportPrice(outlet, price, token: world.shopkeeper)
        }
        try app.reportPrice(world.outletID, 30000, commodity: "beras-medium", token: world.shopkeeper)
        try app.move(world.outletID, "receipt", "1", token: world.shopkeeper)
        try app.move(world.outletID, "sale", "1", token: world.shopkeeper)
        return (world, try app.signIn(world.officer, to: "dinas"))
    }

    @Test func alertsAreCountedFilteredNamedSortedByGapAndPaged() throws {
        let app = try TestApp()
        let (_, cookie) = try crowdedWorld(app)
        let page = try app.page("/dinas?commodity=lpg-3kg&region=63.71", cookie: cookie).text
        #expect(page.contains("<b>28</b> peringatan terbuka di Kota Banjarmasin."))
        #expect(page.contains(">Harga di atas batas (27)</a>"))
        #expect(page.contains(">Stok habis (1)</a>"))
        #expect(!page.contains("<td data-label=\"Harga / stok\">Rp30.000</td>"))  // the rice alert is on the rice view
        #expect(page.contains("<a href=\"/dinas?commodity=lpg-3kg&amp;region=63.71.01\">Banjarmasin Selatan</a> <b>26</b>"))
        #expect(page.contains("<a href=\"/dinas?commodity=lpg-3kg&amp;region=63.71.03\">Banjarmasin Barat</a> <b>2</b>"))
        #expect(page.contains("<b>Gerai Kelayan 24</b><br><span class=\"kecil\">Kelayan Timur, Kec. Banjarmasin Selatan, Kota Banjarmasin</span>"))
        #expect(!page.contains("wilayah 63.71"))
        let first = try #require(page.range(of: "Gerai Telawang A"))
        let second = try #require(page.range(of: "Gerai Kelayan 24"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(page.contains("<span class=\"lencana atas\">+100,0%</span>"))
        #expect(page.contains("Halaman 1 dari 3"))
        #expect(page.contains("href=\"/dinas?commodity=lpg-3kg&amp;region=63.71&amp;halaman=2\" rel=\"next\""))
        let table = try #require(page.range(of: "<section id=\"harga\">"))
        let alerts = try #require(page.range(of: "<section id=\"peringatan\">"))
        #expect(table.lowerBound < alerts.lowerBound)

        let secondPage = try app.page("/dinas?commodity=lpg-3kg&region=63.71&halaman=2", cookie: cookie).text
        #expect(secondPage.contains("Halaman 2 dari 3"))
        let lastPage = try app.page("/dinas?commodity=lpg-3kg&region=63.71&halaman=3", cookie: cookie).text
        #expect(lastPage.contains("<td data-label=\"Harga / stok\">0 tabung</td>"))
        let beyond = try app.page("/dinas?commodity=lpg-3kg&region=63.71&halaman=99", cookie: cookie).text
        #expect(beyond.contains("Halaman 3 dari 3") && beyond.contains("0 tabung"))

        let filtered = try app.page("/dinas?commodity=lpg-3kg&region=63.71&jenis=price_above_band&halaman=2", cookie: cookie).text
        let alertID = try #require(filtered.range(of: "/dinas/peringatan/").map { filtered[$0.upperBound...].prefix { $0 != "/" } })
        let acknowledged = try app.submit("/dinas/peringatan/\(alertID)/diketahui", [
            ("csrf", try #require(TestApp.hiddenField("csrf", in: filtered))),
            ("kunci", try #require(TestApp.hiddenField("kunci", in: filtered))),
            ("commodity", "lpg-3kg"), ("region", "63.71"), ("tanggal", ""), ("jenis", "price_above_band"), ("halaman", "2"),
        ], cookie: cookie)
        #expect(acknowledged.header("Location")
                == "/dinas?commodity=lpg-3kg&region=63.71&jenis=price_above_band&halaman=2&diketahui=\(alertID)")
        let aboveOnly = try app.page("/dinas?commodity=lpg-3kg&region=63.71.03&jenis=price_above_band", cookie: cookie).text
        #expect(aboveOnly.contains("Gerai Telawang B") && !aboveOnly.contains("Gerai Kelayan 3<"))
        #expect(aboveOnly.contains("aria-current=\"true\">Harga di atas batas (2)</a>"))
        let rice = try app.page("/dinas?commodity=beras-medium&region=63.71", cookie: cookie).text
        #expect(rice.contains("<b>1</b> peringatan terbuka di Kota Banjarmasin."))
        #expect(rice.contains("<td data-label=\"Harga / stok\">Rp30.000</td>"))
    }

    @Test func theAlertListDownloadsForIndonesianSpreadsheets() throws {
        let app = try TestApp()
        let (world, cookie) = try crowdedWorld(app)
        let csv = try app.page("/dinas/peringatan.csv?commodity=lpg-3kg&region=63.71&jenis=price_above_band", cookie: cookie)
        #expect(csv.status == 200)
        #expect(csv.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(csv.header("Content-Disposition") == "attachment; filename=\"peringatan-lpg-3kg-63.71-price_above_band.csv\"")
        #expect(Array(csv.raw.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: csv.raw.body.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("Gerai;Desa/Kelurahan;Kecamatan;Kabupaten/Kota;Kode wilayah;Barang;Jenis;Harga (Rp)"))
        #expect(lines[1].hasPrefix("Gerai Telawang A;Telawang;Banjarmasin Barat;Kota Banjarmasin;63.71.03.1005;LPG 3 kg;Harga di atas batas;40000;;tabung;18500;20000;100,0;"))
        #expect(lines.count == 27 + 2)
        #expect(try app.page("/dinas/peringatan.csv?commodity=lpg-3kg").status == 200)  // the sign-in form
        #expect(try app.page("/dinas/peringatan.csv?commodity=lpg-3kg&region=15", cookie: cookie).status == 403)
        _ = world
    }
}

/// The dashboard on any day: the median's change on a week and a month, its gap to the band also
/// inside it, and which outlets reported on the day itself.
@Suite struct OfficerDayTests {
    @Test func anyDayShowsChangesTheGapInsideTheBandAndTodaysReports() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        for (price, observed) in [(16000, "2025-09-23T01:00:00Z"), (19500, "2025-10-16T01:00:00Z"), (19250, "2025-10-23T01:00:00Z")] {
            try app.reportPrice(world.outletID, price, observedAt: observed, token: world.shopkeeper)
        }
        let cookie = try app.signIn(world.officer, to: "dinas")
        let today = try app.page("/dinas?commodity=lpg-3kg&region=63.71", cookie: cookie).text
        #expect(today.contains("Median Rp19.250 · seminggu: <b>-1,3%</b>"))
        #expect(today.contains("sebulan: <b>+20,3%</b> <span class=\"lencana atas\">awas</span> <span class=\"kecil\">(dari Rp16.000, 23 Sep)</span>"))
        #expect(today.contains("<span class=\"lencana dalam\">dalam batas (-3,8%)</span>"))
        #expect(today.contains("<td data-label=\"Lapor hari itu / ada harga\">1 / 1</td>"))
        #expect(today.contains("<input type=\"date\" id=\"tanggal\" name=\"tanggal\" value=\"2025-10-23\" max=\"2025-10-23\">"))

        let earlier = try app.page("/dinas?commodity=lpg-3kg&region=63.71&tanggal=2025-10-20", cookie: cookie).text
        #expect(earlier.contains("Harga LPG 3 kg per wilayah, 20 Okt 2025"))
        #expect(earlier.contains("<td data-label=\"Lapor hari itu / ada harga\">0 / 1</td>"))
        #expect(earlier.contains("Median Rp19.500"))
        #expect(earlier.contains("Median harga LPG 3 kg, 20 Sep 2025 sampai 20 Okt 2025"))
        #expect(earlier.contains("href=\"/dinas?commodity=lpg-3kg&amp;region=63.71.01&amp;tanggal=2025-10-20\""))
        let future = try app.page("/dinas?commodity=lpg-3kg&region=63.71&tanggal=2030-01-01", cookie: cookie).text
        #expect(future.contains("Harga LPG 3 kg per wilayah, 23 Okt 2025"))
        let mistyped = try app.page("/dinas?commodity=lpg&region=63-71", cookie: cookie).text
        #expect(mistyped.contains("Barang “lpg” tidak ada dalam daftar; yang ditampilkan LPG 3 kg."))
        #expect(mistyped.contains("Wilayah “63-71” tidak dikenal; yang ditampilkan Kota Banjarmasin."))
    }
}

/// The price table and each outlet's price as files for spreadsheets set to Indonesian.
@Suite struct OfficerSpreadsheetTests {
    /// The file's lines after its byte-order mark (which must be there).
    private func lines(_ answer: APIResponse) -> [String] {
        #expect(Array(answer.raw.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        return String(decoding: answer.raw.body.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test func theTableAndEachOutletsPriceOpenInAnIndonesianSpreadsheet() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        let telawang = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.03.1005", name: "Gerai Telawang; Pasar")
        try app.reportPrice(world.outletID, 19000, observedAt: "2025-10-20T01:00:00Z", token: world.shopkeeper)
        try app.reportPrice(telawang, 23000, token: world.shopkeeper)
        let page = try app.page("/dinas?commodity=lpg-3kg&region=63.71", cookie: try app.signIn(world.officer, to: "dinas")).text
        #expect(page.contains("/dinas/harga-spreadsheet.csv?commodity=lpg-3kg&amp;region=63.71&amp;date=2025-10-23"))
        #expect(page.contains("/dinas/harga-gerai.csv?commodity=lpg-3kg&amp;region=63.71&amp;date=2025-10-23"))

        let table = try app.page("/dinas/harga-spreadsheet.csv?commodity=lpg-3kg&region=63.71&date=2025-10-23")
        #expect(table.header("Content-Disposition") == "attachment; filename=\"harga-lpg-3kg-63.71-2025-10-23.csv\"")
        let rows = lines(table)
        #expect(rows[0].hasPrefix("Tanggal;Barang;Kode wilayah;Wilayah;Gerai melapor hari itu;Gerai dengan harga;Terendah (Rp);Median (Rp)"))
        #expect(rows.last { $0.contains(";63.71;") }?.hasPrefix(
            "2025-10-23;LPG 3 kg;63.71;Kota Banjarmasin;1;2;19000;21000;23000;21000;9,5;1;0;18500;20000;5,0;Batas pemantauan dinas") == true)

        let outlets = lines(try app.page("/dinas/harga-gerai.csv?commodity=lpg-3kg&region=63.71&date=2025-10-23"))
        #expect(outlets[0] == "Tanggal;Gerai;Desa/Kelurahan;Kecamatan;Kode wilayah;Harga (Rp);Dilaporkan;Batas bawah (Rp);Batas atas (Rp);Selisih dari batas (%);Status")
        #expect(outlets[1] == "2025-10-23;Gerai Kelayan Timur;Mantuil;Banjarmasin Selatan;63.71.01.1001;19000;20 Okt 2025 08.00 WIB;18500;20000;-5,0;Sesuai batas harga")
        #expect(outlets[2] == "2025-10-23;\"Gerai Telawang; Pasar\";Telawang;Banjarmasin Barat;63.71.03.1005;23000;23 Okt 2025 15.00 WIB;18500;20000;15,0;Di atas batas harga")
        #expect(outlets.count == 4 && outlets[3].isEmpty)
        let before = lines(try app.page("/dinas/harga-gerai.csv?commodity=lpg-3kg&region=63.71&date=2025-10-21"))
        #expect(before.count == 3)
        #expect(try app.page("/dinas/harga-gerai.csv?commodity=lpg-3kg&region=63.7").status == 400)
    }
}
