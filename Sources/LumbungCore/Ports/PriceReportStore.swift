/// Reading the facts behind the dinas price reports, each in one consistent snapshot.
public protocol PriceReportStore: Sendable {
    /// The facts of a daily report on `commodity` in `region` (nil: the whole country) as they stood
    /// just before `end`. Throws `notFound` for a commodity not in the catalogue, or a region not in
    /// the loaded region list.
    func dailyPrices(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> DailyPriceSnapshot

    /// The facts of a daily series on `commodity` in `region` (nil: the whole country) over
    /// `start ..< end`. Throws `notFound` like `dailyPrices`.
    func priceSeries(commodity: CommodityID, region: RegionCode?, from start: Timestamp, before end: Timestamp) throws
        -> PriceSeriesSnapshot
}
