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
            var ordinals: [String: Int] = [:]
            let opening = try connection.query(PriceReportQueries.latestBefore, [
                commodity.rawValue, start.millisecondsSinceEpoch, bounds.lower, bounds.upper,
            ]) { row -> Money? in
                ordinals[row.string(0)] = ordinals.count
                return row.optionalInt64(2).map { Money($0) }
            }
            let changes = try connection.query(PriceReportQueries.changesDuring, [
                commodity.rawValue, start.millisecondsSinceEpoch, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
            ]) { row in
                guard let outlet = ordinals[row.string(0)] else { throw row.malformed(0, row.string(0)) }
                return PriceChange(outlet: outlet, price: Money(row.int64(1)),
                            observedAt: Timestamp(millisecondsSinceEpoch: row.int64(2)), sequence: row.int64(3))
            }
            return PriceSeriesSnapshot(commodity: item, region: label,
                                       bands: try ReportLookups.bands(commodity, before: end, on: connection),
                                       opening: opening, changes: changes)
        }
    }
}
