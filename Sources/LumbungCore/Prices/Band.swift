/// A target price band for a commodity in a region, from an effective date, with its legal source.
///
/// `region` nil means national (the API's `""`); otherwise the band covers that region and
/// everything inside it. Limits are inclusive; either may be absent but not both.
public struct Band: Sendable, Hashable, Identifiable {
    /// The server-generated id.
    public var id: String
    /// The commodity the band applies to.
    public var commodity: CommodityID
    /// The region prefix, nil for national.
    public var region: RegionCode?
    /// The lowest acceptable price (e.g. HAP), if any.
    public var min: Money?
    /// The highest acceptable price (e.g. HET), if any.
    public var max: Money?
    /// The instant from which the band applies.
    public var effectiveFrom: Timestamp
    /// The legal source, e.g. a decree number.
    public var source: String?
    /// When the band was recorded.
    public var createdAt: Timestamp

    /// Creates a band without validating it; call `validate()` for input.
    public init(
        id: String, commodity: CommodityID, region: RegionCode?, min: Money?, max: Money?,
        effectiveFrom: Timestamp, source: String? = nil, createdAt: Timestamp
    ) {
        self.id = id
        self.commodity = commodity
        self.region = region
        self.min = min
        self.max = max
        self.effectiveFrom = effectiveFrom
        self.source = source
        self.createdAt = createdAt
    }

    /// The band's region as a scope (`.national` when `region` is nil).
    public var scope: RegionScope { RegionScope(region) }

    /// `aboveBand` when price > max, `belowBand` when price < min, else `inBand`.
    public func status(of price: Money) -> PriceStatus {
        if let max, price > max { return .aboveBand }
        if let min, price < min { return .belowBand }
        return .inBand
    }

    /// Whether the band covers `code` (national bands cover every code).
    public func covers(_ code: RegionCode) -> Bool {
        scope.contains(code)
    }
}
