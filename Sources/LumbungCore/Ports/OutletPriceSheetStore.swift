/// Reading each outlet's price on a day, for the outlet-level export of the dinas.
public protocol OutletPriceSheetStore: Sendable {
    /// Every outlet in `region` (nil: the whole country) with its latest price of `commodity`
    /// observed before `end`, in one snapshot. Throws `notFound` like `PriceReportStore.dailyPrices`.
    func outletPriceSheet(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> OutletPriceSheet
}
