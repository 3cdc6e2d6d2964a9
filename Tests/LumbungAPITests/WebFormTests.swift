import Testing

@Suite struct WebFormTests {
    /// A stock world, the shopkeeper's cookie and the outlet page's stock form fields (without the movement).
    private func shopkeeperForm(_ app: TestApp) throws -> (world: World, cookie: String, secrets: [(String, String)]) {
        let world = try app.makeStockWorld()
        let cookie = try app.signIn(world.shopkeeper)
        let page = try app.page("/gerai/\(world.outletID)", cookie: cookie).text
        let secrets = [("csrf", try #require(TestApp.hiddenField("csrf", in: page))),
                       ("kunci", try #require(TestApp.hiddenField("kunci", in: page)))]
        return (world, cookie, secrets)
    }

    @Test func aFormWithoutThisSessionsTokenIsRefusedAndWritesNothing() throws {
        let app = try TestApp(overSocket: true)
        let (world, cookie, secrets) = try shopkeeperForm(app)
        let movement = [("commodity", "lpg-3kg"), ("kind", "receipt"), ("quantity", "40")]
        let path = "/gerai/\(world.outletID)/stok"
        let otherSession = try app.page("/gerai/\(world.outletID)", cookie: try app.signIn(world.officer)).text
        let refusals = [
            try app.submit(path, [("csrf", "0000"), secrets[1]] + movement, cookie: cookie),
            try app.submit(path, [secrets[1]] + movement, cookie: cookie),
            try app.submit(path, [("csrf", try #require(TestApp.hiddenField("csrf", in: otherSession))), secrets[1]] + movement,
                           cookie: cookie),
            try app.submit(path, secrets + movement, cookie: cookie, headers: [("Origin", "http://penipu.example")]),
            try app.submit("/gerai/\(world.outletID)/harga", [("csrf", "0000"), secrets[1], ("commodity", "lpg-3kg"),
                                                              ("price", "19000")], cookie: cookie),
        ]
        for refusal in refusals {
            #expect(refusal.status == 403)
            #expect(refusal.header("Content-Type") == "text/html; charset=utf-8")
            #expect(refusal.text.contains("Formulir ini kedaluwarsa atau tidak dikirim dari halaman Lumbung. Tidak ada yang disimpan."))
        }
        #expect(try app.ledgerCount(world.outletID) == 0)
        #expect(try app.count("SELECT count(*) FROM price_reports") == 0)
        #expect(try app.submit(path, secrets + movement, cookie: cookie).status == 303)
        #expect(try app.ledgerCount(world.outletID) == 1)
    }

    @Test func aResentFormWritesOnceAndShowsTheNewBalance() throws {
        let app = try TestApp(overSocket: true)
        let (world, cookie, secrets) = try shopkeeperForm(app)
        let fields = secrets + [("commodity", "lpg-3kg"), ("kind", "receipt"), ("quantity", "40"), ("note", "")]
        let first = try app.submit("/gerai/\(world.outletID)/stok", fields, cookie: cookie)
        let again = try app.submit("/gerai/\(world.outletID)/stok", fields, cookie: cookie)
        #expect(first.status == 303)
        #expect(again.status == 303)
        #expect(again.header("Location") == first.header("Location"))
        #expect(try app.ledgerCount(world.outletID) == 1)
        #expect(try app.storedBalance(world.outletID) == 40_000)
        let confirmation = try app.page(try #require(first.header("Location")), cookie: cookie).text
        #expect(confirmation.contains("Barang masuk 40 tabung LPG 3 kg tercatat."))
        #expect(confirmation.contains("Stok LPG 3 kg sekarang: <b id=\"saldo-baru\">40 tabung</b>"))
        let changed = try app.submit("/gerai/\(world.outletID)/stok", secrets + [("commodity", "lpg-3kg"),
                                     ("kind", "receipt"), ("quantity", "5")], cookie: cookie)
        #expect(changed.status == 422)
        #expect(changed.text.contains("Formulir ini sudah pernah dikirim dengan isi lain."))
        #expect(try app.storedBalance(world.outletID) == 40_000)
    }

    @Test func refusedWritesAreExplainedAndKeepWhatWasTyped() throws {
        let app = try TestApp(overSocket: true)
        let (world, cookie, secrets) = try shopkeeperForm(app)
        try app.move(world.outletID, "receipt", "12", token: world.shopkeeper)
        let tooMany = try app.submit("/gerai/\(world.outletID)/stok", secrets + [("commodity", "lpg-3kg"), ("kind", "sale"),
                                     ("quantity", "20"), ("note", "pembeli borongan")], cookie: cookie)
        #expect(tooMany.status == 409)
        #expect(tooMany.text.contains("Stok tidak cukup: hanya ada 12 tabung. Tidak ada yang disimpan."))
        #expect(tooMany.text.contains("value=\"pembeli borongan\""))
        #expect(tooMany.text.contains("value=\"sale\" checked"))
        let garbled = try app.submit("/gerai/\(world.outletID)/stok", secrets + [("commodity", "lpg-3kg"),
                                     ("kind", "receipt"), ("quantity", "banyak")], cookie: cookie)
        #expect(garbled.status == 422)
        #expect(garbled.text.contains("Isi jumlah dengan angka"))
        #expect(try app.storedBalance(world.outletID) == 12_000)
        let elsewhere = try app.submit("/gerai/\(world.outletID)/stok", secrets + [("commodity", "lpg-3kg"),
                                       ("kind", "receipt"), ("quantity", "1")], cookie: try app.signIn(world.otherShopkeeper))
        #expect(elsewhere.status == 403)
        #expect(try app.storedBalance(world.outletID) == 12_000)
    }

    @Test func aDecimalCommaAndARupiahPriceAreUnderstood() throws {
        let app = try TestApp(overSocket: true)
        let (world, cookie, secrets) = try shopkeeperForm(app)
        let rice = try app.submit("/gerai/\(world.outletID)/stok", secrets + [("commodity", "beras-medium"),
                                  ("kind", "count"), ("quantity", "2,5")], cookie: cookie)
        #expect(rice.status == 303)
        #expect(try app.storedBalance(world.outletID, "beras-medium") == 2_500)
        let page = try app.page("/gerai/\(world.outletID)", cookie: cookie).text
        let price = try app.submit("/gerai/\(world.outletID)/harga", [("csrf", secrets[0].1),
                                   ("kunci", try #require(TestApp.hiddenField("kunci", in: page))),
                                   ("commodity", "lpg-3kg"), ("price", "Rp19.000")], cookie: cookie)
        #expect(price.status == 303)
        let confirmation = try app.page(try #require(price.header("Location")), cookie: cookie).text
        #expect(confirmation.contains("Harga LPG 3 kg <b>Rp19.000</b> tersimpan."))
        #expect(confirmation.contains("Sesuai batas harga"))
    }

    @Test func officersAcknowledgeAlertsWithANoteOnce() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        let alertID = try #require(try app.alerts(token: world.admin).string("items.0.id"))
        let cookie = try app.signIn(world.officer, to: "dinas")
        let page = try app.page("/dinas", cookie: cookie).text
        let fields = [("csrf", try #require(TestApp.hiddenField("csrf", in: page))),
                      ("kunci", try #require(TestApp.hiddenField("kunci", in: page))),
                      ("commodity", "lpg-3kg"), ("region", "63.71"), ("note", "Sudah ditegur.")]
        let path = "/dinas/peringatan/\(alertID)/diketahui"
        let first = try app.submit(path, fields, cookie: cookie)
        #expect(first.status == 303)
        #expect(first.header("Location") == "/dinas?commodity=lpg-3kg&region=63.71&diketahui=\(alertID)")
        #expect(try app.submit(path, fields, cookie: cookie).status == 303)
        let detail = try app.request("GET", "/v1/alerts/\(alertID)", token: world.admin)
        #expect(detail.string("acknowledgement.note") == "Sudah ditegur.")
        #expect(detail.count("events") == 2)
        let after = try app.page(try #require(first.header("Location")), cookie: cookie).text
        #expect(after.contains("Peringatan ditandai sudah diketahui."))
        #expect(after.contains("Diketahui oleh officer test, 23 Okt 2025 15.00 WIB: “Sudah ditegur.”"))
        let shopkeeper = try app.submit(path, fields, cookie: try app.signIn(world.shopkeeper, to: "dinas"))
        #expect(shopkeeper.status == 403)
    }
}
