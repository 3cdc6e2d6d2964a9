import LumbungCore
import Testing

/// The outlet page for shopkeepers: a price that looks like a typo is asked about before it is
/// saved, the outlet's own alerts, its low-stock threshold and last entries are on the page, and
/// entries keep the item and kind, show the unit and offer a correction with a note.
@Suite struct ShopkeeperViewsTests {
    /// A stock world, the shopkeeper's cookie and a function giving fresh form secrets of the outlet page.
    private func signedIn(_ app: TestApp) throws -> (world: World, cookie: String, secrets: () throws -> [(String, String)]) {
        let world = try app.makeStockWorld()
        let cookie = try app.signIn(world.shopkeeper)
        let secrets = {
            let page = try app.page("/gerai/\(world.outletID)", cookie: cookie).text
            return [("csrf", try #require(TestApp.hiddenField("csrf", in: page))),
                    ("kunci", try #require(TestApp.hiddenField("kunci", in: page)))]
        }
        return (world, cookie, secrets)
    }

    @Test func aPriceOverTwiceTheBandIsConfirmedBeforeItIsSaved() throws {
        let app = try TestApp()
        let (world, cookie, secrets) = try signedIn(app)
        let path = "/gerai/\(world.outletID)/harga"
        let typo = try app.submit(path, try secrets() + [("commodity", "lpg-3kg"), ("price", "190000")], cookie: cookie)
        #expect(typo.status == 200)
        #expect(typo.text.contains("Periksa lagi: harga LPG 3 kg Rp190.000 belum disimpan."))
        #expect(typo.text.contains("lebih dari dua kali batas atas (batas harga Rp18.500–Rp20.000)"))
        #expect(typo.text.contains("value=\"190000\""))
        #expect(try app.count("SELECT count(*) FROM price_reports") == 0)
        let confirmForm = try #require(typo.text.range(of: "<div class=\"pesan periksa\"")).upperBound
        let question = String(typo.text[confirmForm...])
        let confirmed = try app.submit(path, [
            ("csrf", try #require(TestApp.hiddenField("csrf", in: question))),
            ("kunci", try #require(TestApp.hiddenField("kunci", in: question))),
            ("commodity", "lpg-3kg"), ("price", "190000"), ("yakin", "1"),
        ], cookie: cookie)
        #expect(confirmed.status == 303)
        #expect(try app.count("SELECT count(*) FROM price_reports WHERE price = 190000") == 1)
        let low = try app.submit(path, try secrets() + [("commodity", "lpg-3kg"), ("price", "9000")], cookie: cookie)
        #expect(low.text.contains("kurang dari separuh batas bawah"))
        let fine = try app.submit(path, try secrets() + [("commodity", "lpg-3kg"), ("price", "21000")], cookie: cookie)
        #expect(fine.status == 303)

        let api = try app.reportPrice(world.outletID, 190000, token: world.shopkeeper)
        #expect(api.status == 201 && api.value("implausible") == .bool(true))
        #expect(try app.reportPrice(world.outletID, 19000, token: world.shopkeeper).value("implausible") == .bool(false))
    }

    @Test func theOutletSeesItsOpenAlertsItsLastEntriesAndSetsItsThreshold() throws {
        let app = try TestApp()
        let (world, cookie, secrets) = try signedIn(app)
        try app.move(world.outletID, "receipt", "12", token: world.shopkeeper)
        try app.move(world.outletID, "sale", "2", token: world.shopkeeper)
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        let page = try app.page("/gerai/\(world.outletID)", cookie: cookie).text
        #expect(page.contains("Peringatan untuk gerai ini (1)"))
        #expect(page.contains("Harga di atas batas"))
        #expect(page.contains("2 catatan terakhir"))
        #expect(page.contains("<td data-label=\"Perubahan\">-2 tabung</td>"))
        #expect(page.contains("<td data-label=\"Perubahan\">+12 tabung</td>"))
        #expect(page.contains("Belum ada batas stok menipis."))

        let set = try app.submit("/gerai/\(world.outletID)/batas-stok",
                                 try secrets() + [("commodity", "lpg-3kg"), ("threshold", "15")], cookie: cookie)
        #expect(set.status == 303)
        let after = try app.page(try #require(set.header("Location")), cookie: cookie).text
        #expect(after.contains("Batas stok menipis LPG 3 kg: 15 tabung tersimpan."))
        #expect(after.contains("Peringatan untuk gerai ini (2)"))
        #expect(after.contains("Stok menipis"))
        #expect(after.contains("LPG 3 kg: di bawah 15 tabung"))
        let refused = try app.submit("/gerai/\(world.outletID)/batas-stok",
                                     try secrets() + [("commodity", "lpg-3kg"), ("threshold", "-1")], cookie: cookie)
        #expect(refused.status == 422 && refused.text.contains("Isi batas stok menipis dengan angka 0 atau lebih."))
    }

    @Test func entriesKeepTheItemAndKindShowTheUnitAndOfferACorrectionWithANote() throws {
        let app = try TestApp()
        let (world, cookie, secrets) = try signedIn(app)
        try app.move(world.outletID, "receipt", "5", commodity: "gula-pasir", token: world.shopkeeper)
        try app.move(world.outletID, "receipt", "30", token: world.shopkeeper)
        let path = "/gerai/\(world.outletID)/stok"
        let sale = try app.submit(path, try secrets() + [("commodity", "lpg-3kg"), ("kind", "sale"), ("quantity", "1")],
                                  cookie: cookie)
        let location = try #require(sale.header("Location"))
        #expect(location.contains("barang=lpg-3kg") && location.contains("jenis=sale"))
        let next = try app.page(location, cookie: cookie).text
        #expect(next.contains("<option value=\"lpg-3kg\" data-satuan=\"tabung\" selected>LPG 3 kg</option>"))
        #expect(next.contains("<input type=\"radio\" name=\"kind\" value=\"sale\" checked required>"))
        #expect(next.contains("Jumlah <span class=\"satuan\" id=\"satuan\">(tabung)</span>"))
        #expect(next.contains("Koreksi salah catat"))

        let correction = [("commodity", "lpg-3kg"), ("kind", "adjustment"), ("quantity", "-2")]
        let withoutNote = try app.submit(path, try secrets() + correction, cookie: cookie)
        #expect(withoutNote.status == 422)
        #expect(withoutNote.text.contains("Tulis alasan koreksi di catatan"))
        #expect(try app.storedBalance(world.outletID) == 29_000)
        let withNote = try app.submit(path, try secrets() + correction + [("note", "Salah hitung kemarin")], cookie: cookie)
        #expect(withNote.status == 303)
        #expect(try app.storedBalance(world.outletID) == 27_000)
        let corrected = try app.page(try #require(withNote.header("Location")), cookie: cookie).text
        #expect(corrected.contains("Koreksi -2 tabung LPG 3 kg tercatat."))
        #expect(corrected.contains("“Salah hitung kemarin”"))
        #expect(try app.page("/static/satuan.js").text.contains("getElementById('satuan')"))
    }
}
