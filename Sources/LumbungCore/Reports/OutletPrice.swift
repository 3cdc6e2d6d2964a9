/// One outlet's price at the end of a report day, with the village it stands in.
public struct OutletPrice: Sendable, Hashable {
    /// The outlet's village.
    public let region: RegionCode
    /// Its latest price observed before the end of the day.
    public let price: Money
    /// When that price was observed, when known.
    public let observedAt: Timestamp?

    /// An outlet's price.
    public init(region: RegionCode, price: Money, observedAt: Timestamp? = nil) {
        self.region = region
        self.price = price
        self.observedAt = observedAt
    }
}
