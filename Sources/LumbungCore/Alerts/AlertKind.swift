/// What an alert is about.
public enum AlertKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The current price is above its band's maximum.
    case priceAboveBand = "price_above_band"
    /// The current price is below its band's minimum.
    case priceBelowBand = "price_below_band"
    /// The balance is zero.
    case outOfStock = "out_of_stock"
    /// The balance is positive but under the outlet's low-stock threshold.
    case lowStock = "low_stock"
    /// Stock is held but no price was reported for too long.
    case stalePrice = "stale_price"
    /// A kabupaten/kota's median price rose week on week to `waspada` or beyond.
    case regionalPriceRise = "regional_price_rise"

    /// Whether the alert follows from a price report against a band.
    public var isPriceKind: Bool { self == .priceAboveBand || self == .priceBelowBand }

    /// Whether the alert follows from a stock balance.
    public var isStockKind: Bool { self == .outOfStock || self == .lowStock }
}
