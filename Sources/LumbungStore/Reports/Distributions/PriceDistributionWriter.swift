import LumbungCore

/// Keeps the stored price distributions current as a price report is recorded, inside the
/// report's own transaction.
///
/// The report changes the outlet's end-of-day price from its day until the day before its next
/// later report (for good when there is none); each such stored row swaps the outlet's earlier
/// price for the new one. Rows on the report's day and on the day its effect ends are created
/// first (copied from the latest earlier row) so that the days around keep what they had.
struct PriceDistributionWriter {
    /// The writer connection, inside a transaction.
    let connection: Connection

    /// Counts report `seq` (already inserted) of `outletID` standing in `village`.
    func record(outletID: String, village: RegionCode, commodity: CommodityID, price: Money, observedAt: Timestamp,
                seq: Int64) throws {
        let day = DistributionCalendar.day(of: observedAt)
        let instant = observedAt.millisecondsSinceEpoch
        let previous = try connection.queryOne(PriceReportQueries.priceBefore, [outletID, commodity.rawValue, instant, seq]) {
            Money($0.int64(0))
        }
        let next = try connection.queryOne(PriceReportQueries.nextObservedAfter, [outletID, commodity.rawValue, instant]) {
            $0.optionalInt64(0)
        } ?? nil
        let lastDay = next.map { DistributionCalendar.day(of: Timestamp(millisecondsSinceEpoch: $0)).adding(days: -1) }
        let shifts = previous != price && lastDay.map { $0 >= day } ?? true
        let zone = DistributionCalendar.zone
        let reportedBefore = try connection.queryOne(PriceReportQueries.reportedDuring, [
            outletID, commodity.rawValue, zone.startOfDay(day).millisecondsSinceEpoch,
            zone.endOfDay(day).millisecondsSinceEpoch, seq,
        ]) { $0.bool(0) } ?? false
        for level in DistributionCalendar.levels where level < village.level {
            let row = DistributionRow(commodity: commodity, level: level, region: village.ancestor(atLevel: level))
            if shifts, let lastDay { try ensure(row, on: lastDay.next) }
            try ensure(row, on: day)
            if shifts { try swap(previous, for: price, in: row, from: day, through: lastDay) }
            if !reportedBefore { _ = try connection.run(PriceDistributionQueries.countReport, row.arguments + [day.daysSinceEpoch]) }
        }
    }

    /// Creates the row of `day` when missing, with the prices of the latest earlier row and no reports.
    private func ensure(_ row: DistributionRow, on day: LocalDate) throws {
        let latest = try connection.queryOne(PriceDistributionQueries.latestOnOrBefore, row.arguments + [day.daysSinceEpoch]) {
            (day: $0.int64(0), prices: $0.blob(1))
        }
        guard latest?.day != day.daysSinceEpoch else { return }
        try connection.run(PriceDistributionQueries.upsert, row.arguments + [day.daysSinceEpoch, latest?.prices ?? [], 0])
    }

    /// In every row from `first` through `last` (nil: the last row), counts `price` instead of `previous`.
    private func swap(_ previous: Money?, for price: Money, in row: DistributionRow, from first: LocalDate,
                      through last: LocalDate?) throws {
        let rows = try connection.query(PriceDistributionQueries.between, row.arguments + [
            first.daysSinceEpoch, last?.daysSinceEpoch ?? Int64.max,
        ]) { (day: $0.int64(0), prices: try HistogramCodec.decode($0.blob(1))) }
        for stored in rows {
            var prices = stored.prices
            if let previous { prices.remove(previous) }
            prices.add(price)
            try connection.run(PriceDistributionQueries.replacePrices, row.arguments + [stored.day, HistogramCodec.encode(prices)])
        }
    }
}

/// The key of one region's stored distributions, less the day.
struct DistributionRow {
    /// The commodity.
    let commodity: CommodityID
    /// The region's level (1–3).
    let level: Int
    /// The region.
    let region: RegionCode

    /// The key as the first three SQL parameters.
    var arguments: [any SQLBindable] { [commodity.rawValue, level, region.rawValue] }
}
