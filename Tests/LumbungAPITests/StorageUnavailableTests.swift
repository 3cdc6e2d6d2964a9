import Testing

/// A database that cannot write answers 503 storage_unavailable, explains itself on the web forms and in
/// `/healthz`, and recovers once it can write again.
@Suite(.sqliteOnly("fills or write-protects the SQLite file; on PostgreSQL a lost server is tested by ServerRestartTests and the multi-process checks"))
struct StorageUnavailableTests {
    /// Caps the database at its current size, as a full disk does.
    private func fillDisk(_ app: TestApp, pages: String = "page_count") throws {
        try app.sqliteStore.database.write { connection in
            let size = try connection.queryOne("PRAGMA page_count") { $0.int(0) } ?? 0
            _ = try connection.queryOne("PRAGMA max_page_count = \(pages == "page_count" ? size : Int(pages)!)") { $0.int(0) }
        }
    }

    /// Over a socket the write runs in a group commit, as a savepoint; `/healthz` must still say why it failed.
    @Test(arguments: [false, true]) func writesOnAFullDiskAnswer503AndHealthzSaysWhy(overSocket: Bool) throws {
        let app = try TestApp(overSocket: overSocket)
        let world = try app.makeStockWorld()
        #expect(try app.request("GET", "/healthz").string("storage") == "ok")
        try fillDisk(app)
        let bulk = (0..<400).map { _ in #"{"commodity":"lpg-3kg","kind":"receipt","quantity":1,"note":"\#(String(repeating: "x", count: 400))"}"# }
        let refused = try app.request("POST", "/v1/outlets/\(world.outletID)/movements/batch", token: world.shopkeeper,
                                      json: #"{"movements":[\#(bulk.joined(separator: ","))]}"#)
        #expect(refused.status == 503)
        #expect(refused.header("Content-Type") == "application/problem+json")
        #expect(refused.string("code") == "storage_unavailable")
        #expect(refused.header("Retry-After") == "5")
        #expect(try app.ledgerCount(world.outletID) == 0)
        let health = try app.request("GET", "/healthz")
        #expect(health.status == 503)
        #expect(health.string("storage") == "full")

        try fillDisk(app, pages: "1073741823")
        #expect(try app.move(world.outletID, "receipt", "1", token: world.shopkeeper).status == 201)
        #expect(try app.request("GET", "/healthz").status == 200)
    }

    @Test func aWebFormOnAReadOnlyDatabaseShowsAnIndonesianPage() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let cookie = try app.signIn(world.shopkeeper)
        let page = try app.page("/gerai/\(world.outletID)", cookie: cookie).text
        let secrets = [("csrf", try #require(TestApp.hiddenField("csrf", in: page))),
                       ("kunci", try #require(TestApp.hiddenField("kunci", in: page)))]
        try app.sqliteStore.database.write { try $0.execute("PRAGMA query_only = 1") }  // as a read-only file
        let refused = try app.submit("/gerai/\(world.outletID)/stok",
                                     secrets + [("commodity", "lpg-3kg"), ("kind", "receipt"), ("quantity", "4")], cookie: cookie)
        #expect(refused.status == 503)
        #expect(refused.header("Content-Type") == "text/html; charset=utf-8")
        #expect(refused.text.contains("Penyimpanan data sedang bermasalah, jadi tidak ada yang disimpan."))
        #expect(try app.ledgerCount(world.outletID) == 0)
        #expect(try app.request("GET", "/healthz").string("storage") == "read_only")
    }
}
