import LumbungCore

/// Builds every stored price distribution from the stored price reports in one pass per commodity:
/// outlets in village order, each outlet's reports read once, each region's rows written once.
///
/// Used by the migration that introduced the table, after a copy into SQLite, and by the national
/// demo data set after its bulk load.
struct PriceDistributionBuilder {
    /// A connection inside a write transaction.
    let connection: Connection

    /// Replaces every stored distribution with one built from `price_reports`; rows kept in memory from the
    /// connection's earlier transactions are forgotten, and rows the transaction deferred are written first (so they
    /// cannot land over the rebuilt ones as it commits).
    func rebuild() throws {
        connection.forgetKeptRows()
        try connection.settleDeferredWrites()
        try connection.execute("DELETE FROM price_distributions")
        let commodities = try connection.query("SELECT DISTINCT commodity FROM current_prices ORDER BY commodity") {
            $0.string(0)
        }
        for commodity in commodities { try build(commodity) }
    }

    /// Builds the rows of one commodity.
    private func build(_ commodity: String) throws {
        let outlets = try connection.query(PriceReportQueries.outletsByRegion, [commodity]) {
            (id: $0.string(0), village: try $0.region(1))
        }
        var open: [Int: RegionChanges] = [:]
        for outlet in outlets {
            let changes = try dayChanges(of: outlet.id, commodity)
            for level in DistributionCalendar.levels where level < outlet.village.level {
                let region = outlet.village.ancestor(atLevel: level)
                if let current = open[level], current.region != region {
                    try write(current, commodity: commodity, level: level)
                    open[level] = nil
                }
                open[level, default: RegionChanges(region: region)].changes.append(contentsOf: changes)
            }
        }
        for (level, current) in open { try write(current, commodity: commodity, level: level) }
    }

    /// The outlet's end-of-day price on each day it reported, with the one it replaced.
    private func dayChanges(of outletID: String, _ commodity: String) throws -> [DayChange] {
        let reports = try connection.query(PriceReportQueries.outletHistory, [outletID, commodity]) {
            (price: $0.int64(0), day: DistributionCalendar.day(of: Timestamp(millisecondsSinceEpoch: $0.int64(1))).daysSinceEpoch)
        }
        var changes: [DayChange] = []
        for report in reports {
            if let last = changes.last, last.day == report.day {
                changes[changes.count - 1].price = report.price
            } else {
                changes.append(DayChange(day: report.day, replaced: changes.last?.price, price: report.price))
            }
        }
        return changes
    }

    /// Writes one region's rows: one per day on which one of its outlets reported.
    private func write(_ region: RegionChanges, commodity: String, level: Int) throws {
        let changes = region.changes.sorted { $0.day < $1.day }
        var histogram = PriceHistogram.empty
        var index = changes.startIndex
        while index < changes.endIndex {
            let day = changes[index].day
            var reported = 0
            while index < changes.endIndex, changes[index].day == day {
                let change = changes[index]
                if let replaced = change.replaced { histogram.remove(Money(replaced)) }
                histogram.add(Money(change.price))
                reported += 1
                index += 1
            }
            try connection.run(PriceDistributionQueries.upsert, [
                commodity, level, region.region.rawValue, day, HistogramCodec.encode(histogram), reported,
            ])
        }
    }
}

/// One outlet's price at the end of a day it reported, and the one it had before.
private struct DayChange {
    /// The stored day.
    let day: Int64
    /// The outlet's price at the end of its previous reporting day; nil on its first.
    let replaced: Int64?
    /// Its price at the end of this day.
    var price: Int64
}

/// The day changes of every outlet of one region, gathered before its rows are written.
private struct RegionChanges {
    /// The region.
    let region: RegionCode
    /// Its outlets' changes, in any order.
    var changes: [DayChange] = []
}
