/// The answer to a stock check: the outlets with stock, best first, and totals over all of them.
public struct Availability: Sendable, Hashable {
    /// The commodity looked for.
    public let commodity: Commodity
    /// The region searched, nil when only a point was given.
    public let region: RegionLabel?
    /// How many outlets match, before the limit.
    public let outletsWithStock: Int
    /// Their stock added up, before the limit.
    public let totalQuantity: Quantity
    /// The first `limit` matching outlets: nearest first with a point, else cheapest first
    /// (unpriced last), then most stock first, then by outlet id.
    public let items: [AvailableOutlet]

    /// A stock check's answer.
    public init(commodity: Commodity, region: RegionLabel?, outletsWithStock: Int, totalQuantity: Quantity,
                items: [AvailableOutlet]) {
        self.commodity = commodity
        self.region = region
        self.outletsWithStock = outletsWithStock
        self.totalQuantity = totalQuantity
        self.items = items
    }
}
