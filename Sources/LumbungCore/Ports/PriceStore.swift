/// Storage of price reports and each outlet's current price.
public protocol PriceStore: Sendable {
    /// Records a report. When it is the outlet's newest (latest `observedAt`) it becomes the current
    /// price and the price alerts follow it in the same transaction; a late report joins the history
    /// only. Throws `invalid` for an unknown commodity.
    func recordPrice(outlet: OutletSummary, commodity: CommodityID, price: Money, observedAt: Timestamp,
                     context: WriteContext) throws -> PriceReport

    /// An outlet's reports, newest `observedAt` first, optionally for one commodity and within
    /// `from`…`to` (inclusive).
    func priceHistory(outletID: String, commodity: CommodityID?, from: Timestamp?, to: Timestamp?,
                      page: PageRequest) throws -> Page<PriceReport>
}
