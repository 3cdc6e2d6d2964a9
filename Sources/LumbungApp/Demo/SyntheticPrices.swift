import LumbungCore
import LumbungStore

/// Reference prices for the synthetic data set: near the band where one applies (so that some
/// outlets fall outside it), else a typical retail price adjusted for the island group.
struct SyntheticPrices {
    /// Typical retail prices in Rupiah (2025) of the default catalogue.
    static let typical: [String: Double] = [
        "lpg-3kg": 21_000, "beras-medium": 13_500, "beras-premium": 15_000, "beras-sphp": 12_500, "gula-pasir": 17_500,
        "minyakita": 15_700, "minyak-goreng-kemasan": 20_000, "telur-ayam-ras": 29_000, "tepung-terigu": 12_500,
        "daging-ayam-ras": 37_000, "bawang-merah": 40_000, "bawang-putih": 38_000, "cabai-rawit-merah": 55_000,
    ]

    /// Price level by the first digit of the province code: Sumatra, Java, Bali/Nusa Tenggara,
    /// Kalimantan, Sulawesi, Maluku, Papua.
    static let islandFactor: [Character: Double] = ["1": 1.03, "3": 1.0, "5": 1.05, "6": 1.08, "7": 1.05, "8": 1.15, "9": 1.25]

    /// Where bands are read.
    let store: SQLiteStore
    /// The instant bands are judged at.
    let now: Timestamp
    /// References already worked out, by province and commodity.
    private var cache: [String: Double] = [:]

    /// References for bands in force at `now`.
    init(store: SQLiteStore, now: Timestamp) {
        self.store = store
        self.now = now
    }

    /// Whether the commodity is counted in whole pieces (LPG cylinders) rather than weighed.
    static func isCounted(_ commodity: CommodityID) -> Bool {
        commodity.rawValue.hasPrefix("lpg")
    }

    /// The price outlets of `province` charge for `commodity` on average: the middle of a band with
    /// both limits, 4% under a maximum, 5% over a minimum, else the typical price.
    mutating func reference(_ commodity: CommodityID, province: RegionCode) throws -> Double {
        let key = province.rawValue + "|" + commodity.rawValue
        if let known = cache[key] { return known }
        let band = try store.effectiveBand(commodity: commodity, region: province, at: now)
        let reference: Double
        switch (band?.min.map { Double($0.rawValue) }, band?.max.map { Double($0.rawValue) }) {
        case let (min?, max?): reference = (min + max) / 2
        case let (nil, max?): reference = max * 0.96
        case let (min?, nil): reference = min * 1.05
        case (nil, nil):
            reference = (Self.typical[commodity.rawValue] ?? 20_000) * (Self.islandFactor[province.rawValue.first!] ?? 1.1)
        }
        cache[key] = reference
        return reference
    }
}
