import Foundation
import LumbungCore
import Testing

/// The SMS webhook: shopkeepers report, anyone checks stock, a wrong message writes nothing.
@Suite struct TextMessageWebhookTests {
    @Test func aRegisteredShopkeeperReportsByTextMessage() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        #expect(try app.registerPhone(outletID: world.outletID, token: world.admin).status == 201)
        let first = try app.sms("TERIMA LPG 40")
        #expect(first.status == 200)
        #expect(first.string("status") == "accepted")
        #expect(first.string("reply") == "TERIMA LPG 40 -> sisa 40 tabung")
        let second = try app.sms("jual gas 3; HARGA LPG Rp19.000")
        #expect(second.string("status") == "accepted")
        #expect(second.string("reply") == "JUAL LPG 3 -> sisa 37 tabung\nHARGA LPG Rp19.000 dalam batas Rp18.500-20.000")
        let shelf = try app.request("GET", "/v1/outlets/\(world.outletID)/stock")
        #expect(shelf.number("items.0.quantity") == "37")
        #expect(shelf.number("items.0.price") == "19000")
        let ledger = try app.request("GET", "/v1/outlets/\(world.outletID)/movements")
        #expect(ledger.string("items.0.note") == "SMS Bu Siti")
        #expect(try app.rowCount("outbox") == 2)
        let outbox = try app.request("GET", "/v1/sms/outbox?status=pending", token: world.admin)
        #expect(outbox.string("items.0.to") == "+6281234567890")
        #expect(outbox.string("items.0.text") == second.string("reply"))
    }

    @Test func aPriceOutsideTheBandOpensAnAlertInThePhonesName() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        try app.registerPhone(outletID: world.outletID, name: "Pak Udin", token: world.admin)
        let answer = try app.sms("HARGA LPG 35rb")
        #expect(answer.string("reply") == "HARGA LPG Rp35.000 DI ATAS batas Rp18.500-20.000")
        let alerts = try app.request("GET", "/v1/alerts", token: world.officer)
        #expect(alerts.string("items.0.kind") == "price_above_band")
        let id = try #require(alerts.string("items.0.id"))
        let detail = try app.request("GET", "/v1/alerts/\(id)", token: world.officer)
        #expect(detail.string("events.0.actor") == "Pak Udin")
        #expect(try app.sms("HARGA LPG 19000").string("status") == "accepted")
        #expect(try app.request("GET", "/v1/alerts/\(id)", token: world.officer).string("status") == "resolved")
    }

    @Test(arguments: [
        ("JUALL LPG 3", "Baris 1 (JUALL LPG 3): kata JUALL tidak dikenal"),
        ("TERIMA LPG 10; JUAL LPG 50", "Baris 2 (JUAL LPG 50): stok tidak cukup, sisa 10 tabung."),
        ("TERIMA LPG 10\nTERIMA BENSIN 5", "barang BENSIN tidak dikenal"),
        ("TERIMA LPG -5", "negatif"),
        ("TERIMA LPG 123456789012345678901234567890", "terlalu besar"),
        ("", "Pesan kosong."),
    ])
    func aWrongMessageWritesNothingAndSaysWhy(text: String, reason: String) throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        let answer = try app.sms(text)
        #expect(answer.status == 200)
        #expect(answer.string("status") == "rejected")
        let reply = try #require(answer.string("reply"))
        #expect(reply.hasPrefix("DITOLAK, tidak ada yang dicatat."))
        #expect(reply.contains(reason), "\(reply)")
        #expect(try app.storedBalance(world.outletID) == nil)
        #expect(try app.rowCount("stock_movements") == 0)
    }

    @Test func junkFloodsAndHugeNumbersAreRefusedCalmly() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        let junk = String(decoding: (0..<400).map { UInt8(truncatingIfNeeded: $0 &* 37) }, as: UTF8.self)
        for text in [junk, Array(repeating: "TERIMA LPG 1", count: 50).joined(separator: ";"), String(repeating: "X", count: 5000)] {
            let answer = try app.sms(text)
            #expect(answer.status == 200)
            #expect(answer.string("status") == "rejected")
        }
        #expect(try app.rowCount("stock_movements") == 0)
        #expect(try app.request("GET", "/healthz").status == 200)
    }

    @Test func helpExplainsTheFormats() throws {
        let app = try TestApp.withTextMessages()
        let answer = try app.sms("?", from: "+62 811 000 111")
        #expect(answer.string("status") == "accepted")
        #expect(answer.string("reply")?.contains("JUAL LPG 3") == true)
    }

    @Test func unknownAndRemovedNumbersCannotWrite() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        let stranger = try app.sms("TERIMA LPG 5", from: "0819-9999-0000")
        #expect(stranger.string("status") == "rejected")
        #expect(stranger.string("reply")?.contains("belum terdaftar") == true)
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        #expect(try app.sms("TERIMA LPG 5").string("status") == "accepted")
        #expect(try app.request("DELETE", "/v1/phones/%2B6281234567890", token: world.admin).status == 204)
        #expect(try app.sms("TERIMA LPG 5").string("status") == "rejected")
        #expect(try app.storedBalance(world.outletID) == 5_000)
    }

    @Test func anyoneChecksStockByRegionOrVillageName() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        _ = try app.application.store.importRegions(csv: Array("""
            kode,nama
            63,Kalimantan Selatan
            63.71,Kota Banjarmasin
            63.71.01,Banjarmasin Selatan
            63.71.01.1001,Kelayan Timur
            63.71.01.1002,Kelayan Barat

            """.utf8))
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        #expect(try app.sms("TERIMA LPG 40; HARGA LPG 19000").string("status") == "accepted")
        let member = "0822-1111-2222"
        #expect(try app.sms("CEK LPG KELAYAN TIMUR", from: member).string("reply")
                == "CEK LPG Kelayan Timur: Gerai Kelayan Timur 40 tabung Rp19.000")
        #expect(try app.sms("cek gas 63.71", from: member).string("reply")?.hasPrefix("CEK LPG Kota Banjarmasin: Gerai") == true)
        #expect(try app.sms("CEK LPG Kelayan Barat", from: member).string("reply") == "CEK LPG Kelayan Barat: tidak ada gerai dengan stok.")
        #expect(try app.sms("CEK LPG", from: member).string("reply")?.contains("sebut wilayahnya") == true)
        #expect(try app.sms("CEK LPG ATLANTIS", from: member).string("reply")?.contains("wilayah ATLANTIS tidak ditemukan") == true)
        #expect(try app.sms("CEK LPG").string("reply")?.hasPrefix("CEK LPG Kelayan Timur:") == true)
    }
}
