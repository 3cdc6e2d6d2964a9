@testable import LumbungAPI
import MicroHTTP
import Testing

/// The installable, offline-capable `/gerai`: manifest, icons, service worker and page script as served,
/// and the answers of the form routes the phone's outbox relies on when it sends what waited.
@Suite struct ShopkeeperAppTests {
    @Test func theManifestInstallsGeraiWithTheProjectsIcons() throws {
        let app = try TestApp()
        let answer = try app.page("/manifest.webmanifest")
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "application/manifest+json")
        let manifest = answer.json
        #expect(manifest["name"] == .string("Lumbung Gerai"))
        #expect(manifest["short_name"] == .string("Gerai"))
        #expect(manifest["start_url"] == .string("/gerai"))
        #expect(manifest["scope"] == .string("/gerai"))
        #expect(manifest["display"] == .string("standalone"))
        guard case .array(let icons)? = manifest["icons"] else { Issue.record("no icons"); return }
        #expect(icons.map { $0["sizes"] } == [.string("192x192"), .string("512x512")])
        for (icon, size) in zip(icons, [192, 512]) {
            guard case .string(let source)? = icon["src"] else { Issue.record("icon without src"); continue }
            let png = try app.page(source)
            #expect(png.status == 200)
            #expect(png.header("Content-Type") == "image/png")
            try expectValidPNG(png.raw.body, size: size)
        }
    }

    @Test func theServiceWorkerMayControlGeraiAndPrecachesFilesThatExist() throws {
        let app = try TestApp()
        let worker = try app.page("/static/gerai-sw.js")
        #expect(worker.status == 200)
        #expect(worker.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(worker.header("Service-Worker-Allowed") == "/gerai")
        #expect(worker.header("Cache-Control") == "no-cache")
        #expect(worker.header("Content-Security-Policy") == "default-src 'none'; connect-src 'self'")
        #expect(worker.text.contains("indexedDB.open('lumbung-gerai', 1)"))
        for path in ["/static/app.css", "/static/gerai.js", "/manifest.webmanifest", "/static/ikon-192.png",
                     "/static/ikon-512.png"] {
            #expect(worker.text.contains("'\(path)'"), "\(path) is not precached")
            #expect(try app.page(path).status == 200, "\(path)")
        }
        let script = try app.page("/static/gerai.js")
        #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(script.text.contains("navigator.serviceWorker.register('/static/gerai-sw.js', { scope: '/gerai' })"))
        #expect(script.text.contains("var ZONE_NAME = 'WIB';"))
        #expect(try app.page("/static/app.css").text.contains(".antrean .ditolak{"))
    }

    @Test func everyGeraiPageLoadsTheAppAndOtherPagesDoNot() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let cookie = try app.signIn(world.shopkeeper)
        let geraiPages = [try app.page("/gerai"), try app.page("/gerai/\(world.outletID)", cookie: cookie),
                          try app.submit("/gerai/\(world.outletID)/stok", [("csrf", "0000")], cookie: cookie)]
        for page in geraiPages {
            #expect(page.text.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"))
            #expect(page.text.contains("<script src=\"/static/gerai.js\" defer></script>"))
            let policy = try #require(page.header("Content-Security-Policy"))
            #expect(policy.hasPrefix("default-src 'none';"))
            #expect(policy.contains("connect-src 'self'") && policy.contains("worker-src 'self'")
                    && policy.contains("manifest-src 'self'"))
            #expect(!policy.contains("unsafe"))
        }
        for path in ["/", "/dinas"] {
            #expect(!(try app.page(path).text.contains("gerai.js")), "\(path)")
        }
    }

    @Test func aFormKeptWhileSignedOutWaitsThenWritesOnceAfterSignIn() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let cookie = try app.signIn(world.shopkeeper)
        let page = try app.page("/gerai/\(world.outletID)", cookie: cookie).text
        let fields = [("csrf", try #require(TestApp.hiddenField("csrf", in: page))), ("kunci", "form_dari_ponsel_1"),
                      ("commodity", "lpg-3kg"), ("kind", "receipt"), ("quantity", "12")]
        let path = "/gerai/\(world.outletID)/stok"
        let signedOut = try app.submit(path, fields)
        #expect(signedOut.status == 401)
        #expect(signedOut.text.contains("Masukkan token"))
        #expect(try app.ledgerCount(world.outletID) == 0)
        let again = try app.signIn(world.shopkeeper)
        let sent = try app.submit(path, fields, cookie: again)
        let resent = try app.submit(path, fields, cookie: again)
        #expect(sent.status == 303 && resent.status == 303)
        #expect(resent.header("Idempotent-Replayed") == "true")
        #expect(resent.header("Location") == sent.header("Location"))
        #expect(try app.ledgerCount(world.outletID) == 1)
        #expect(try app.storedBalance(world.outletID) == 12_000)
    }

    /// Checks the PNG's signature, chunk CRCs, header (`size` square, 2-bit palette) and that its stored
    /// deflate blocks hold one filter byte and `size` / 4 bytes per row, with the right Adler-32.
    private func expectValidPNG(_ bytes: [UInt8], size: Int) throws {
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var offset = 8
        var chunks: [(type: String, data: [UInt8])] = []
        while offset + 12 <= bytes.count {
            let length = Int(number(bytes, at: offset))
            let typed = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            #expect(number(bytes, at: offset + 8 + length) == PalettePNG.crc32(typed))
            chunks.append((String(decoding: typed.prefix(4), as: UTF8.self), Array(typed.dropFirst(4))))
            offset += 12 + length
        }
        #expect(offset == bytes.count)
        #expect(chunks.map(\.type) == ["IHDR", "PLTE", "IDAT", "IEND"])
        let header = chunks[0].data
        #expect(number(header, at: 0) == UInt32(size) && number(header, at: 4) == UInt32(size))
        #expect(Array(header.suffix(5)) == [2, 3, 0, 0, 0])
        var stream = chunks[2].data
        #expect(Array(stream.prefix(2)) == [0x78, 0x01])
        stream.removeFirst(2)
        var inflated: [UInt8] = []
        while stream.count > 4 {
            let length = Int(stream[1]) | Int(stream[2]) << 8
            #expect(Int(stream[3]) | Int(stream[4]) << 8 == ~length & 0xFFFF)
            inflated += stream[5..<(5 + length)]
            stream.removeFirst(5 + length)
        }
        #expect(inflated.count == size * (size / 4 + 1))
        var low: UInt32 = 1, high: UInt32 = 0
        for byte in inflated { low = (low + UInt32(byte)) % 65_521; high = (high + low) % 65_521 }
        #expect(number(stream, at: 0) == high << 16 | low)
        #expect(Set(inflated.indices.filter { $0 % (size / 4 + 1) == 0 }.map { inflated[$0] }) == [0])
        #expect(Set(inflated).count > 2, "the icon is drawn, not blank")
    }

    /// The big-endian 32-bit number at `offset`.
    private func number(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
