import LumbungCore

extension SQLiteStore: PriceReportStore {
    /// Reads the subject, the bands and every outlet's latest price before `end` in one snapshot.
    public func dailyPrices(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> DailyPriceSnapshot {
        try database.read { connection in
            let subject = PriceReportSubject(commodity: try ReportLookups.commodity(commodity, on: connection),
                                             region: try ReportLookups.region(region, on: connection),
                                             children: try ReportLookups.children(of: region, on: connection))
            let bounds = RegionBounds(RegionScope(region))
            let prices = try connection.query(PriceReportQueries.latestBefore, [
                commodity.rawValue, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
            ]) { row -> OutletPrice? in
                guard let price = row.optionalInt64(2) else { return nil }
                return OutletPrice(region: try row.region(1), price: Money(price),
                                   observedAt: row.optionalInt64(3).map { Timestamp(millisecondsSinceEpoch: $0) })
            }.compactMap { $0 }
            return DailyPriceSnapshot(subject: subject, bands: try ReportLookups.bands(commodity, before: end, on: connection),
                                      prices: prices)
        }
    }

    /// Reads the subject, the bands, each outlet's price at `start` and its reports until `end`
    /// in one snapshot.
    public func priceSeries(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                            before end: Timestamp) throws -> PriceSeriesSnapshot {
        try database.read { connection in
            let item = try ReportLookups.commodity(commodity, on: connection)
            let label = try ReportLookups.region(region, on: connection)
            let bounds = RegionBounds(RegionScope(region))
            let walk = try PriceWalk(commodity, in: bounds, from: start, before: end, on: connection)
            return PriceSeriesSnapshot(commodity: item, region: label,
                                       bands: try ReportLookups.bands(commodity, before: end, on: connection),
                                       opening: walk.opening, changes: walk.changes)
        }
    }
}
