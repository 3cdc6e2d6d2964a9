import LumbungCore

/// An outlet's past written in bulk (the national demo data set): where it stands, what it received
/// and the prices it reported.
public struct OutletHistory: Sendable {
    /// The outlet, already stored.
    public let outlet: OutletSummary
    /// Its coordinates.
    public let location: GeoPoint
    /// One entry per commodity it holds.
    public let shelf: [ShelfHistory]

    /// An outlet's past.
    public init(outlet: OutletSummary, location: GeoPoint, shelf: [ShelfHistory]) {
        self.outlet = outlet
        self.location = location
        self.shelf = shelf
    }
}

/// One commodity of an `OutletHistory`: a single receipt and a series of price reports.
public struct ShelfHistory: Sendable {
    /// The commodity.
    public let commodity: CommodityID
    /// The quantity received (the balance afterwards), positive.
    public let received: Quantity
    /// When it was received.
    public let receivedAt: Timestamp
    /// The reported prices with their observation times, oldest first.
    public let prices: [(price: Money, observedAt: Timestamp)]

    /// A commodity's past at one outlet.
    public init(commodity: CommodityID, received: Quantity, receivedAt: Timestamp,
                prices: [(price: Money, observedAt: Timestamp)]) {
        self.commodity = commodity
        self.received = received
        self.receivedAt = receivedAt
        self.prices = prices
    }
}
