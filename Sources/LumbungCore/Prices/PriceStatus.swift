/// Where a price sits against the band that applies to it.
public enum PriceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Within the band (limits inclusive).
    case inBand = "in_band"
    /// Above the band's maximum.
    case aboveBand = "above_band"
    /// Below the band's minimum.
    case belowBand = "below_band"
    /// No band applies.
    case noBand = "no_band"

    /// The status of `price` against `band`, `noBand` when there is none.
    public init(price: Money, band: Band?) {
        self = band?.status(of: price) ?? .noBand
    }
}
