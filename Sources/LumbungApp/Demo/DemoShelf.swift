import LumbungCore

/// What a demo outlet holds and charges: enough for the member page, the shelf and one price alert.
struct DemoShelf {
    /// The commodity.
    let commodity: String
    /// Stock received, as a decimal literal.
    let received: String
    /// Today's selling price in Rupiah.
    let price: Int64

    /// The shelves of the four demo outlets, in the order of `DemoVillage.all`. Basirih sells LPG far above
    /// the Kalimantan Selatan band (Rp18.500–20.000) and rice above the zone II HET, so the officer finds open alerts.
    static let byVillage: [[DemoShelf]] = [
        [DemoShelf(commodity: "lpg-3kg", received: "40", price: 19_000),
         DemoShelf(commodity: "beras-medium", received: "250", price: 13_800),
         DemoShelf(commodity: "minyakita", received: "48", price: 15_700)],
        [DemoShelf(commodity: "lpg-3kg", received: "25", price: 18_500),
         DemoShelf(commodity: "beras-premium", received: "120.5", price: 15_200)],
        [DemoShelf(commodity: "lpg-3kg", received: "12", price: 20_000),
         DemoShelf(commodity: "gula-pasir", received: "60", price: 17_000)],
        [DemoShelf(commodity: "lpg-3kg", received: "8", price: 35_000),
         DemoShelf(commodity: "beras-medium", received: "90", price: 14_500)],
    ]
}
