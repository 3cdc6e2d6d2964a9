import Testing
import LumbungCore

struct TextReplyTests {
    @Test func packsLinesIntoPartsOfAtMost160Characters() {
        let lines = (1...12).map { "JUAL LPG \($0) -> sisa \(100 - $0) tabung" }
        let parts = TextReply.parts(lines)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.count <= TextReply.partLength })
        #expect(parts.joined(separator: "\n") == lines.joined(separator: "\n"))
    }

    @Test func breaksALongLineBetweenWordsAndCutsBeyondFourParts() {
        let parts = TextReply.parts([String(repeating: "kata ", count: 300), String(repeating: "x", count: 500)])
        #expect(parts.count == TextReply.maximumParts)
        #expect(parts.allSatisfy { $0.count <= TextReply.partLength })
        #expect(parts.last!.hasSuffix("..."))
    }

    @Test func helpFitsOneMessageAndNamesTheAliases() {
        let help = TextReply.help(vocabulary: TextMessageTestData.vocabulary)
        #expect(help.count <= TextReply.partLength, "\(help.count)")
        #expect(help.contains("LPG") && help.contains("BERAS") && help.contains("JUAL"))
    }

    @Test func echoesResultsWithTheBand() throws {
        let clauses = try #require(TextMessageTestData.clauses("JUAL LPG 3; HARGA LPG 19000; HARGA LPG 35rb"))
        #expect(TextResultLine.movement(clauses[0], balance: 37) == "JUAL LPG 3 -> sisa 37 tabung")
        let band = Band(id: "b", commodity: CommodityID("lpg-3kg")!, region: nil, min: 18_500, max: 20_000,
                        effectiveFrom: Timestamp(millisecondsSinceEpoch: 0), createdAt: Timestamp(millisecondsSinceEpoch: 0))
        #expect(TextResultLine.price(clauses[1], status: .inBand, band: band) == "HARGA LPG Rp19.000 dalam batas Rp18.500-20.000")
        #expect(TextResultLine.price(clauses[2], status: .aboveBand, band: band) == "HARGA LPG Rp35.000 DI ATAS batas Rp18.500-20.000")
        #expect(TextResultLine.price(clauses[1], status: .noBand, band: nil).contains("belum ada batas"))
    }

    @Test func backsOffFromFiveSecondsToAnHour() {
        #expect((1...5).map { OutboxRetry.waitSeconds(afterAttempts: $0) } == [5, 10, 20, 40, 80])
        #expect(OutboxRetry.waitSeconds(afterAttempts: 1000) == OutboxRetry.longestWaitSeconds)
    }
}
