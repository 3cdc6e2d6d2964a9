/// One commodity on an outlet's shelf: its balance, low-stock threshold and current price.
public struct ShelfItem: Sendable, Hashable {
    /// The commodity.
    public let commodity: CommodityID
    /// The current balance.
    public let quantity: Quantity
    /// The commodity's unit word, e.g. `tabung`.
    public let unit: String
    /// Below this (and above zero) the balance counts as low; nil when none is set.
    public let lowThreshold: Quantity?
    /// When the balance last changed (or the row was created); nil when only a price is known.
    public let updatedAt: Timestamp?
    /// The outlet's current price, if it ever reported one.
    public let price: Money?
    /// When the current price was observed.
    public let priceObservedAt: Timestamp?
    /// The current price against its band; nil without a price.
    public let priceStatus: PriceStatus?

    /// A shelf item as stored.
    public init(commodity: CommodityID, quantity: Quantity, unit: String, lowThreshold: Quantity?, updatedAt: Timestamp?,
                price: Money?, priceObservedAt: Timestamp?, priceStatus: PriceStatus?) {
        self.commodity = commodity
        self.quantity = quantity
        self.unit = unit
        self.lowThreshold = lowThreshold
        self.updatedAt = updatedAt
        self.price = price
        self.priceObservedAt = priceObservedAt
        self.priceStatus = priceStatus
    }
}
