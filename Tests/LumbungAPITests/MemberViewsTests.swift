import LumbungCore
import Testing

/// The member page beside every price: the band, the address and a map link, no dead ends when a
/// place has no stock, finding a place by name, and saying so when a link names nothing known.
@Suite struct MemberViewsTests {
    /// Regions, 40 LPG cylinders at Rp19.000 in the fixture outlet (Mantuil), with an address and coordinates.
    private func stockedWorld(_ app: TestApp) throws -> World {
        let world = try app.makeStockWorld()
        try app.importRegions(TestApp.sampleRegions, token: world.admin)
        try app.sql("UPDATE outlets SET address = ?, latitude = ?, longitude = ? WHERE id = ?",
                    "Jl. Tembus Mantuil No. 3", -3.3384, 114.6012, world.outletID)
        try app.move(world.outletID, "receipt", "40", token: world.shopkeeper)
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        return world
    }

    @Test func theKalselLPGBandNamesItsLegalBasisAndNeverCallsRp20000TheHET() throws {
        let app = try TestApp()
        let world = try stockedWorld(app)
        let band = try app.effectiveBand("lpg-3kg", region: "63.71.01.1008")
        let source = try #require(band.string("source"))
        #expect(source.contains("HET LPG 3 kg Rp18.500"))
        #expect(source.contains("SK Gubernur Kalsel 188.44/0385/KUM/2022"))
        #expect(source.contains("toleransi sampai Rp20.000"))
        #expect(!source.contains("Kepgub"))
        #expect(band.string("effectiveFrom") == "2022-05-10T16:00:00Z")
        let sugar = try app.effectiveBand("gula-pasir", region: "91")
        #expect(sugar.number("max") == "18500" && sugar.string("effectiveFrom") == "2024-04-04T17:00:00Z")
        #expect(try app.effectiveBand("gula-pasir", region: "63").number("max") == "17500")

        let dashboard = try app.page("/dinas?commodity=lpg-3kg&region=63.71",
                                     cookie: try app.signIn(world.officer, to: "dinas")).text
        #expect(dashboard.contains("Batas atas harga"))
        #expect(!dashboard.contains("(HET)"))
        #expect(!dashboard.contains("HET Rp20.000"))
        #expect(dashboard.contains("Batas harga Rp18.500–Rp20.000 · dasar: Batas pemantauan dinas: HET LPG 3 kg Rp18.500"))
    }

    @Test func eachCardShowsTheBandTheAddressAndAMapLink() throws {
        let app = try TestApp()
        _ = try stockedWorld(app)
        let page = try app.page("/?commodity=lpg-3kg&region=63.71").text
        #expect(page.contains("<span class=\"kecil batas\">batas harga Rp18.500–Rp20.000</span>"))
        #expect(page.contains("Jl. Tembus Mantuil No. 3"))
        #expect(page.contains("href=\"geo:-3.3384,114.6012?q=-3.3384,114.6012(Gerai%20Kelayan%20Timur)\""))
        let api = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71")
        #expect(api.string("items.0.address") == "Jl. Tembus Mantuil No. 3")
        #expect(api.number("items.0.latitude") == "-3.3384" && api.number("items.0.longitude") == "114.6012")
    }

    @Test func aPlaceWithoutStockSaysWhyAndOffersTheNearestStockOutsideIt() throws {
        let app = try TestApp()
        let world = try stockedWorld(app)
        _ = try app.makeOutlet(cooperativeID: world.cooperativeID, village: "63.71.01.1002", name: "Gerai Kelayan Selatan")
        let soldOut = try app.page("/?commodity=lpg-3kg&region=63.71.01.1002").text
        #expect(soldOut.contains("Stok LPG 3 kg sedang habis di semua gerai di Kelayan Selatan"))
        #expect(soldOut.contains("Stok terdekat di luar Kelayan Selatan: kecamatan Banjarmasin Selatan"))
        #expect(soldOut.contains("Gerai Kelayan Timur"))
        let noOutlet = try app.page("/?commodity=lpg-3kg&region=63.71.03.1005").text
        #expect(noOutlet.contains("Belum ada gerai koperasi yang terdaftar di Telawang."))
        #expect(noOutlet.contains("Stok terdekat di luar Telawang: kabupaten/kota Kota Banjarmasin"))
        #expect(noOutlet.contains("Lihat semua di Kota Banjarmasin"))
        let nowhere = try app.page("/?commodity=lpg-3kg&region=15.71.01.1001").text
        #expect(nowhere.contains("Belum ada gerai koperasi yang terdaftar di Simpang IV Sipin."))
        #expect(nowhere.contains("Di kecamatan dan kabupaten/kota sekitarnya juga belum ada gerai dengan stok LPG 3 kg."))

        let farther = try app.page("/?commodity=lpg-3kg&near=-3.6000,114.6012").text
        #expect(farther.contains("Belum ada gerai dengan stok LPG 3 kg dalam 10 km dari lokasi Anda."))
        #expect(farther.contains("Stok terdekat di luar 10 km: 100 km dari lokasi Anda"))
        #expect(farther.contains("Gerai Kelayan Timur") && farther.contains(" · 29,1 km"))
        let remote = try app.page("/?commodity=lpg-3kg&near=-1.6000,103.6000").text
        #expect(remote.contains("Dalam 100 km dari lokasi Anda juga belum ada gerai dengan stok LPG 3 kg."))
    }

    @Test func aPlaceIsFoundByPartOfItsName() throws {
        let app = try TestApp()
        _ = try stockedWorld(app)
        let found = try app.page("/?commodity=lpg-3kg&q=tela").text
        #expect(found.contains("Wilayah bernama “tela”"))
        #expect(found.contains("<a class=\"kartu pilih-gerai\" href=\"/?commodity=lpg-3kg&amp;region=63.71.03.1005\"><b>Telawang</b>"))
        #expect(found.contains("desa/kelurahan · Banjarmasin Barat, Kota Banjarmasin, Kalimantan Selatan"))
        let village = try #require(found.range(of: "Telawang</b>"))
        let kecamatan = try #require(found.range(of: "Telanaipura</b>"))
        #expect(village.lowerBound < kecamatan.lowerBound)
        #expect(try app.page("/?q=zz").text.contains("Ketik paling sedikit 3 huruf"))
        #expect(try app.page("/?q=tidakada").text.contains("Tidak ada wilayah bernama “tidakada”."))
    }

    @Test func unknownCommoditiesRegionsAndPathsAreSaidSoInIndonesian() throws {
        let app = try TestApp()
        _ = try stockedWorld(app)
        let commodity = try app.page("/?commodity=lpg3&region=63.71").text
        #expect(commodity.contains("Barang “lpg3” tidak ada dalam daftar; yang ditampilkan LPG 3 kg."))
        let region = try app.page("/?commodity=lpg-3kg&region=63.99").text
        #expect(region.contains("Wilayah “63.99” tidak dikenal; yang ditampilkan seluruh Indonesia."))
        #expect(!(try app.page("/?commodity=lpg-3kg&region=63.71").text.contains("tidak dikenal")))

        let browser = try app.request("GET", "/tidak-ada", headers: [("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")])
        #expect(browser.status == 404)
        #expect(browser.header("Content-Type") == "text/html; charset=utf-8")
        #expect(browser.text.contains("Halaman tidak ditemukan") && browser.text.contains("<html lang=\"id\">"))
        let client = try app.request("GET", "/tidak-ada")
        #expect(client.status == 404 && client.header("Content-Type") == "application/problem+json")
        let post = try app.request("POST", "/tidak-ada", headers: [("Accept", "text/html")])
        #expect(post.header("Content-Type") == "application/problem+json")

        let icon = try app.page("/favicon.ico")
        #expect(icon.status == 200 && icon.header("Content-Type") == "image/x-icon")
        #expect(Array(icon.raw.body.prefix(6)) == [0, 0, 1, 0, 1, 0] && icon.raw.body.count == 22 + 40 + 1024 + 64)
        #expect(try app.page("/static/app.css").text.contains("[hidden]{display:none!important}"))
    }
}
