import Testing
import LumbungCore

struct TextMessageLanguageTests {
    @Test(arguments: [
        ("TERIMA LPG 40", "TERIMA LPG 40"), ("terima lpg 40", "TERIMA LPG 40"), ("JUAL GAS 3", "JUAL LPG 3"),
        ("jual elpiji 3", "JUAL LPG 3"), ("STOK LPG 0", "STOK LPG 0"), ("stok beras 2,5", "STOK BERAS 2,5"),
        ("TERIMA beras-medium 10", "TERIMA BERAS 10"), ("JUAL BERAS 2.5", "JUAL BERAS 2,5"),
        ("TERIMA LPG 1.000", "TERIMA LPG 1000"), ("  JUAL   LPG\t3  ", "JUAL LPG 3"), ("JUAL MINYAKITA 0,125", "JUAL MINYAK 0,125"),
        ("HARGA LPG 19000", "HARGA LPG Rp19.000"), ("HARGA LPG 19.000", "HARGA LPG Rp19.000"),
        ("HARGA LPG Rp19.000", "HARGA LPG Rp19.000"), ("harga lpg rp 19.000", "HARGA LPG Rp19.000"),
        ("HARGA LPG Rp.19.000", "HARGA LPG Rp19.000"), ("HARGA LPG 19rb", "HARGA LPG Rp19.000"),
        ("HARGA LPG 19,5rb", "HARGA LPG Rp19.500"), ("HARGA LPG 19ribu", "HARGA LPG Rp19.000"),
        ("HARGA BERAS 13.500", "HARGA BERAS Rp13.500"), ("HARGA GULA-PASIR 17500", "HARGA GULA-PASIR Rp17.500"),
        ("CEK LPG", "CEK LPG"), ("cek lpg kelayan timur", "CEK LPG KELAYAN TIMUR"), ("CEK GAS 63.71.01", "CEK LPG 63.71.01"),
        ("INFO", "INFO"), ("bantuan", "INFO"), ("?", "INFO"),
    ])
    func readsEveryKeywordNumberShapeAndAlias(text: String, echo: String) throws {
        let clauses = try #require(TextMessageTestData.clauses(text))
        #expect(clauses.map(\.echo) == [echo])
    }

    @Test func readsTheMeaningNotJustTheSpelling() throws {
        let clauses = try #require(TextMessageTestData.clauses("TERIMA LPG 40\nJUAL LPG 3; HARGA LPG 19rb # CEK BERAS"))
        #expect(clauses.map(\.action) == [.movement(.receipt, 40), .movement(.sale, 3), .price(19_000), .check(place: nil)])
        #expect(clauses.map { $0.commodity?.id.rawValue } == ["lpg-3kg", "lpg-3kg", "lpg-3kg", "beras-medium"])
        #expect(clauses.map(\.writes) == [true, true, true, false])
    }

    @Test(arguments: ["A\nB", "A;B", "A#B", "A\r\nB", "A;;\n#B;", "A ; B"])
    func separatesClausesOnNewLinesSemicolonsAndHashes(separated: String) throws {
        let text = separated.replacingOccurrences(of: "A", with: "JUAL LPG 1").replacingOccurrences(of: "B", with: "JUAL LPG 2")
        let clauses = try #require(TextMessageTestData.clauses(text))
        #expect(clauses.map(\.echo) == ["JUAL LPG 1", "JUAL LPG 2"])
    }

    @Test(arguments: [
        ("", 0, "Pesan kosong."), (" ;; \n ", 0, "Pesan kosong."),
        ("JUALL LPG 3", 1, "kata JUALL tidak dikenal"), ("JUAL LPG 3; BELI LPG 2", 2, "kata BELI tidak dikenal"),
        ("JUAL", 1, "barang belum disebut"), ("JUAL BENSIN 3", 1, "barang BENSIN tidak dikenal"),
        ("JUAL LPG", 1, "jumlah belum ditulis"), ("HARGA LPG", 1, "harga belum ditulis"),
        ("JUAL LPG 3 tabung", 1, "ada kata lebih"), ("JUAL LPG tiga", 1, "TIGA bukan angka"),
        ("JUAL LPG -3", 1, "negatif"), ("TERIMA LPG 0", 1, "harus lebih dari 0"), ("HARGA LPG 0", 1, "harus lebih dari 0"),
        ("JUAL BERAS 2,5555", 1, "paling banyak 3 angka di belakang koma"), ("HARGA LPG 19,5", 1, "rupiah bulat"),
        ("TERIMA LPG 1000000001", 1, "terlalu besar"), ("TERIMA LPG 123456789012345678901234567890", 1, "terlalu besar"),
        ("HARGA LPG 123456789012345678901234567890", 1, "terlalu besar"), ("HARGA LPG -19000", 1, "negatif"),
        ("JUAL LPG 1.2.3", 1, "bukan angka"), ("JUAL LPG 1,2,3", 1, "bukan angka"), ("JUAL LPG 12.34.567", 1, "bukan angka"),
        ("JUAL LPG 3\u{0}", 0, "tidak terbaca"), ("JUAL LPG \u{7}3", 0, "tidak terbaca"),
    ])
    func refusesWithTheClauseAndTheReason(text: String, clause: Int, reason: String) throws {
        let refusal = try #require(TextMessageTestData.refusal(text))
        #expect(refusal.clause == clause)
        #expect(refusal.reason.text.contains(reason), "\(refusal.reason.text)")
        #expect(refusal.reply.hasPrefix("DITOLAK, tidak ada yang dicatat."))
        if clause > 0 { #expect(refusal.reply.contains("Baris \(clause) (")) }
    }

    @Test func aRefusedClauseRefusesTheWholeMessage() {
        #expect(TextMessageTestData.refusal("TERIMA LPG 40; JUAL LPG 3; JUALL LPG 1")?.clause == 3)
    }

    @Test func limitsLengthAndClauses() {
        let tenClauses = Array(repeating: "JUAL LPG 1", count: TextMessage.maximumClauses).joined(separator: ";")
        #expect(TextMessageTestData.clauses(tenClauses)?.count == 10)
        let fifty = Array(repeating: "JUAL LPG 1", count: 50).joined(separator: ";")
        #expect(TextMessageTestData.refusal(fifty)?.reason == .tooManyClauses)
        #expect(TextMessageTestData.refusal(String(repeating: "a", count: 1001))?.reason == .tooLong)
    }

    @Test func refusalRepliesFitOneTextMessage() {
        let worst = "TERIMA " + String(repeating: "X", count: 200) + " 3"
        for text in [worst, "JUALL " + String(repeating: "Y", count: 300), "JUAL LPG " + String(repeating: "9", count: 300), "", "JUAL LPG"] {
            for part in TextReply.parts([TextMessageTestData.refusal(text)!.reply]) {
                #expect(part.count <= TextReply.partLength)
            }
        }
        #expect(TextMessageTestData.refusal("JUALL LPG 3")!.reply.count <= TextReply.partLength)
    }
}
