/// Short Indonesian sentences describing alerts, for people.
public enum AlertMessage {
    /// The sentence for an alert, e.g. "Harga LPG 3 kg di Gerai Kelayan Timur Rp35.000, di atas batas Rp20.000."
    ///
    /// `outletName` is used as given ("Gerai …"). `band` supplies the limit for price alerts,
    /// `threshold` the limit for low stock, `unit` the word after a stock quantity, and
    /// `staleAfterHours` the age in a stale-price sentence. Missing figures are left out.
    public static func text(
        kind: AlertKind, commodityName: String, outletName: String, value: AlertValue?,
        band: Band? = nil, threshold: Quantity? = nil, unit: String = "", staleAfterHours: Int = 48
    ) -> String {
        let subject = "\(commodityName) di \(outletName)"
        switch kind {
        case .priceAboveBand:
            return "Harga \(subject)\(figure(value)) di atas batas\(limit(band?.max))."
        case .priceBelowBand:
            return "Harga \(subject)\(figure(value)) di bawah batas\(limit(band?.min))."
        case .outOfStock:
            return "Stok \(subject) habis."
        case .lowStock:
            let amount = value.map { unit.isEmpty ? " tinggal \($0)," : " tinggal \($0) \(unit)," } ?? ""
            let bound = threshold.map { " \($0)" } ?? ""
            return "Stok \(subject)\(amount) di bawah batas\(bound)."
        case .stalePrice:
            return "Harga \(subject) belum dilaporkan lebih dari \(staleAfterHours) jam."
        case .regionalPriceRise:
            return "Median harga \(subject) naik\(value.map { " \($0)" } ?? "") dalam seminggu."
        }
    }

    /// The sentence of a regional alert, e.g.
    /// "Siaga: median harga LPG 3 kg di Kota Banjarmasin naik 13,0% dalam seminggu."
    public static func regionalRise(commodityName: String, regionName: String, changeWeekTenths: Int64,
                                    level: WarningLevel) -> String {
        let sentence = text(kind: .regionalPriceRise, commodityName: commodityName, outletName: regionName,
                            value: .percentTenths(changeWeekTenths))
        return "\(level.label): " + sentence.prefix(1).lowercased() + sentence.dropFirst()
    }

    /// " Rp35.000," for a value, "" without one.
    private static func figure(_ value: AlertValue?) -> String {
        value.map { " \($0)," } ?? ""
    }

    /// " Rp20.000" for a limit, "" without one.
    private static func limit(_ money: Money?) -> String {
        money.map { " \($0.formatted)" } ?? ""
    }
}
