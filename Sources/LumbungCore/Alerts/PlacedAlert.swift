/// An alert with the names of the places its outlet stands in, for people who do not read codes.
public struct PlacedAlert: Sendable, Hashable {
    /// The alert.
    public let alert: Alert
    /// The desa/kelurahan's name, when the region list holds it.
    public let village: String?
    /// The kecamatan's name, when the region list holds it.
    public let kecamatan: String?
    /// The kabupaten/kota's name, when the region list holds it.
    public let kabupaten: String?

    /// An alert with its places' names.
    public init(alert: Alert, village: String?, kecamatan: String?, kabupaten: String?) {
        self.alert = alert
        self.village = village
        self.kecamatan = kecamatan
        self.kabupaten = kabupaten
    }
}

extension Alert {
    /// How far the price lies outside its band, as a fraction of the limit it crossed: positive
    /// above the maximum (`0.75` is 75 % over), negative below the minimum; nil for stock alerts
    /// and prices without a band limit.
    public var bandGap: Double? {
        guard kind == .priceAboveBand || kind == .priceBelowBand, case .price(let price)? = value else { return nil }
        return band?.gap(of: price)
    }
}
