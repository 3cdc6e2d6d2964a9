import Testing
import LumbungCore

struct AlertMessageTests {
    let band = TestData.band("b", region: "63", min: 18_500, max: 20_000)

    @Test func priceAboveBand() {
        let text = AlertMessage.text(
            kind: .priceAboveBand, commodityName: "LPG 3 kg", outletName: "Gerai Kelayan Timur",
            value: .price(35_000), band: band)
        #expect(text == "Harga LPG 3 kg di Gerai Kelayan Timur Rp35.000, di atas batas Rp20.000.")
    }

    @Test func priceBelowBand() {
        let text = AlertMessage.text(
            kind: .priceBelowBand, commodityName: "LPG 3 kg", outletName: "Gerai X", value: .price(15_000), band: band)
        #expect(text == "Harga LPG 3 kg di Gerai X Rp15.000, di bawah batas Rp18.500.")
    }

    @Test func stockSentences() {
        #expect(AlertMessage.text(kind: .outOfStock, commodityName: "LPG 3 kg", outletName: "Gerai X", value: .quantity(0))
            == "Stok LPG 3 kg di Gerai X habis.")
        #expect(AlertMessage.text(
            kind: .lowStock, commodityName: "LPG 3 kg", outletName: "Gerai X", value: .quantity(3),
            threshold: 10, unit: "tabung") == "Stok LPG 3 kg di Gerai X tinggal 3 tabung, di bawah batas 10.")
        #expect(AlertMessage.text(
            kind: .lowStock, commodityName: "Beras Medium", outletName: "Gerai X",
            value: .quantity(Quantity(decimalLiteral: "2.5")!), threshold: 25, unit: "kg")
            == "Stok Beras Medium di Gerai X tinggal 2.5 kg, di bawah batas 25.")
    }

    @Test func stalePrice() {
        #expect(AlertMessage.text(kind: .stalePrice, commodityName: "LPG 3 kg", outletName: "Gerai X", value: nil)
            == "Harga LPG 3 kg di Gerai X belum dilaporkan lebih dari 48 jam.")
        #expect(AlertMessage.text(
            kind: .stalePrice, commodityName: "Minyakita", outletName: "Gerai Y", value: nil, staleAfterHours: 72)
            == "Harga Minyakita di Gerai Y belum dilaporkan lebih dari 72 jam.")
    }

    @Test func missingFiguresAreLeftOut() {
        #expect(AlertMessage.text(kind: .priceAboveBand, commodityName: "Gula", outletName: "Gerai Z", value: nil, band: nil)
            == "Harga Gula di Gerai Z di atas batas.")
    }
}
