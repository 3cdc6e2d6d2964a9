/// A price report that changed an outlet's price during a series' period.
public struct PriceChange: Sendable, Hashable {
    /// The outlet's position in `PriceSeriesSnapshot.opening`.
    public let outlet: Int
    /// The reported price.
    public let price: Money
    /// When it was observed.
    public let observedAt: Timestamp
    /// The report's recording order, which breaks ties between equal `observedAt`.
    public let sequence: Int64

    /// A change of an outlet's price.
    public init(outlet: Int, price: Money, observedAt: Timestamp, sequence: Int64) {
        self.outlet = outlet
        self.price = price
        self.observedAt = observedAt
        self.sequence = sequence
    }
}
