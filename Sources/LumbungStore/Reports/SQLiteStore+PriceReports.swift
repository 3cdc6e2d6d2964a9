import LumbungCore

extension SQLiteStore: PriceReportStore {
    /// Reads the subject, the bands and the day's rows in one snapshot: gathered from the stored
    /// distributions one level down for the country, a province or a kabupaten/kota on a stored day,
    /// outlet by outlet otherwise.
    public func dailyPrices(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> DailyPriceSnapshot {
        try database.read { connection in
            let subject = PriceReportSubject(commodity: try ReportLookups.commodity(commodity, on: connection),
                                             region: try ReportLookups.region(region, on: connection),
                                             children: try ReportLookups.children(of: region, on: connection))
            let bands = try ReportLookups.bands(commodity, before: end, on: connection)
            let bounds = RegionBounds(RegionScope(region))
            let childLevel = (region?.level ?? 0) + 1
            guard let day = DistributionCalendar.day(endingAt: end), DistributionCalendar.levels.contains(childLevel) else {
                return DailyPriceSnapshot(subject: subject, bands: bands,
                                          prices: try PriceWalk.latest(commodity, in: bounds, before: end, on: connection))
            }
            let tallies = try DistributionTallies(reads: DistributionReads(connection: connection, commodity: commodity),
                                                  bands: BandIndex(bands, commodity: commodity, at: end.adding(milliseconds: -1)),
                                                  day: day).tallies(level: childLevel, in: bounds)
            let overall = PriceTally(histogram: .merging(tallies.values.map(\.histogram)),
                                     aboveBand: tallies.values.reduce(0) { $0 + $1.aboveBand },
                                     belowBand: tallies.values.reduce(0) { $0 + $1.belowBand },
                                     reportedThatDay: tallies.values.reduce(0) { $0 + $1.reportedThatDay })
            return DailyPriceSnapshot(subject: subject, bands: bands,
                                      tallies: RegionTallies(overall: overall, children: tallies))
        }
    }

    /// Reads the subject, the bands and the region's distribution at the end of each day in one
    /// snapshot: from the stored distributions for the country down to a kecamatan over stored days,
    /// by replaying each outlet's reports otherwise.
    public func priceSeries(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                            before end: Timestamp) throws -> PriceSeriesSnapshot {
        try database.read { connection in
            let item = try ReportLookups.commodity(commodity, on: connection)
            let label = try ReportLookups.region(region, on: connection)
            let bands = try ReportLookups.bands(commodity, before: end, on: connection)
            guard let first = DistributionCalendar.day(startingAt: start), let last = DistributionCalendar.day(endingAt: end),
                  first <= last, (region?.level ?? 0) <= DistributionCalendar.levels.upperBound else {
                let walk = try PriceWalk(commodity, in: RegionBounds(RegionScope(region)), from: start, before: end,
                                         on: connection)
                return PriceSeriesSnapshot(commodity: item, region: label, bands: bands, opening: walk.opening,
                                           changes: walk.changes)
            }
            let days = try DistributionReads(connection: connection, commodity: commodity).days(of: region, from: first,
                                                                                                through: last)
            return PriceSeriesSnapshot(commodity: item, region: label, bands: bands, days: days)
        }
    }
}
