/// Reading the facts behind the early-warning and coverage reports, each in one consistent snapshot.
public protocol RegionalReportStore: Sendable {
    /// Every outlet's price in `region` (nil: the whole country) at `start` and the reports observed
    /// in `start ..< end`. Throws `notFound` for a commodity not in the catalogue, or a region not in
    /// the loaded region list.
    func earlyWarningPrices(commodity: CommodityID, region: RegionCode?, from start: Timestamp, before end: Timestamp)
        throws -> EarlyWarningSnapshot

    /// Villages, cooperatives, outlets and outlets with a report recorded at or after `activeSince`,
    /// in `region` (nil: the whole country) and per child region. Throws `notFound` for a region not
    /// in the loaded region list.
    func coverage(region: RegionCode?, activeSince: Timestamp) throws -> CoverageReport
}
