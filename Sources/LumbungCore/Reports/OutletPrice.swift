/// One outlet's price at the end of a report day, with the village it stands in.
public struct OutletPrice: Sendable, Hashable {
    /// The outlet's village.
    public let region: RegionCode
    /// Its latest price observed before the end of the day.
    public let price: Money

    /// An outlet's price.
    public init(region: RegionCode, price: Money) {
        self.region = region
        self.price = price
    }
}
