/// One outlet holding stock of the commodity a stock check asked for.
public struct AvailableOutlet: Sendable, Hashable {
    /// Its names and place.
    public let listing: OutletListing
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

    /// The outlet's id.
    public var outletID: String { listing.outletID }
    /// The outlet's name.
    public var outletName: String { listing.outletName }
    /// The name of the cooperative running it.
    public var cooperativeName: String { listing.cooperativeName }
    /// The village it stands in.
    public var region: RegionLabel { listing.region }
    /// The outlet's street address, when it has one.
    public var address: String? { listing.address }
    /// Where the outlet stands, when its coordinates are known.
    public var location: GeoPoint? { listing.location }

    /// An outlet as the stock check lists it, with names and place shared with other items.
    public init(listing: OutletListing, quantity: Quantity, price: Money?, priceStatus: PriceStatus?,
                priceObservedAt: Timestamp?, stockUpdatedAt: Timestamp, distanceKm: Double?) {
        (self.listing, self.quantity, self.price, self.priceStatus) = (listing, quantity, price, priceStatus)
        (self.priceObservedAt, self.stockUpdatedAt, self.distanceKm) = (priceObservedAt, stockUpdatedAt, distanceKm)
    }

    /// An outlet as the stock check lists it.
    public init(outletID: String, outletName: String, cooperativeName: String, region: RegionLabel, quantity: Quantity,
                price: Money?, priceStatus: PriceStatus?, priceObservedAt: Timestamp?, stockUpdatedAt: Timestamp,
                distanceKm: Double?, address: String? = nil, location: GeoPoint? = nil) {
        self.init(listing: OutletListing(outletID: outletID, outletName: outletName, cooperativeName: cooperativeName,
                                         region: region, address: address, location: location),
                  quantity: quantity, price: price, priceStatus: priceStatus, priceObservedAt: priceObservedAt,
                  stockUpdatedAt: stockUpdatedAt, distanceKm: distanceKm)
    }
}
