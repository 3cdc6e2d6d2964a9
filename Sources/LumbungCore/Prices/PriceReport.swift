/// A selling price an outlet reported for a commodity, with the band it was judged against.
public struct PriceReport: Sendable, Hashable, Identifiable {
    /// The position in the order reports were recorded (part of a list cursor).
    public var seq: Int64
    /// The server-generated id.
    public var id: String
    /// The outlet that reported.
    public var outletID: String
    /// The commodity priced.
    public var commodity: CommodityID
    /// The price in Rupiah.
    public var price: Money
    /// When the price was seen at the outlet.
    public var observedAt: Timestamp
    /// When the service recorded the report.
    public var recordedAt: Timestamp
    /// The price against `band`.
    public var status: PriceStatus
    /// The band in force at `observedAt` for the outlet's village, if any.
    public var band: Band?

    /// A report as stored, judged against `band`.
    public init(seq: Int64, id: String, outletID: String, commodity: CommodityID, price: Money, observedAt: Timestamp,
                recordedAt: Timestamp, band: Band?) {
        self.seq = seq
        self.id = id
        self.outletID = outletID
        self.commodity = commodity
        self.price = price
        self.observedAt = observedAt
        self.recordedAt = recordedAt
        self.status = PriceStatus(price: price, band: band)
        self.band = band
    }
}
