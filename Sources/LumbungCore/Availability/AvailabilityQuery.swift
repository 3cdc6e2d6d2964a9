/// What a stock check asks: outlets holding a commodity in a region and/or near a point.
public struct AvailabilityQuery: Sendable, Hashable {
    /// The radius used when `near` is given without one, in kilometres.
    public static let defaultRadiusKm = 10.0
    /// The largest radius accepted, in kilometres.
    public static let maximumRadiusKm = 100.0

    /// The commodity looked for.
    public let commodity: CommodityID
    /// Only outlets inside this region, if given.
    public let region: RegionCode?
    /// Only outlets within `radiusKm` of this point, nearest first, if given.
    public let near: GeoPoint?
    /// The search radius around `near`, in kilometres.
    public let radiusKm: Double
    /// The most outlets listed (totals count them all).
    public let limit: Int

    /// A stock check; at least one of `region` and `near` should be given.
    public init(commodity: CommodityID, region: RegionCode?, near: GeoPoint?,
                radiusKm: Double = AvailabilityQuery.defaultRadiusKm, limit: Int) {
        self.commodity = commodity
        self.region = region
        self.near = near
        self.radiusKm = radiusKm
        self.limit = limit
    }
}
