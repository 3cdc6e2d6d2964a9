/// One outlet holding stock of the commodity a stock check asked for.
public struct AvailableOutlet: Sendable, Hashable {
    /// The outlet's id.
    public let outletID: String
    /// The outlet's name.
    public let outletName: String
    /// The name of the cooperative running it.
    public let cooperativeName: String
    /// The village it stands in.
    public let region: RegionLabel
    /// Its current balance (always positive).
    public let quantity: Quantity
    /// Its current price, if it ever reported one.
    public let price: Money?
    /// The current price against its band; nil without a price.
    public let priceStatus: PriceStatus?
    /// When the current price was observed.
    public let priceObservedAt: Timestamp?
    /// When the balance last changed.
    public let stockUpdatedAt: Timestamp
    /// The distance from the searched point in kilometres, when a point was given.
    public let distanceKm: Double?
    /// The outlet's street address, when it has one.
    public let address: String?
    /// Where the outlet stands, when its coordinates are known.
    public let location: GeoPoint?

    /// An outlet as the stock check lists it.
    public init(outletID: String, outletName: String, cooperativeName: String, region: RegionLabel, quantity: Quantity,
                price: Money?, priceStatus: PriceStatus?, priceObservedAt: Timestamp?, stockUpdatedAt: Timestamp,
                distanceKm: Double?, address: String? = nil, location: GeoPoint? = nil) {
        self.outletID = outletID
        self.outletName = outletName
        self.cooperativeName = cooperativeName
        self.region = region
        self.quantity = quantity
        self.price = price
        self.priceStatus = priceStatus
        self.priceObservedAt = priceObservedAt
        self.stockUpdatedAt = stockUpdatedAt
        self.distanceKm = distanceKm
        self.address = address
        self.location = location
    }
}
