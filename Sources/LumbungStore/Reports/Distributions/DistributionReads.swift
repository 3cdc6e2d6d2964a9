import LumbungCore

/// Reads stored price distributions for the reports, on a reader connection inside a snapshot.
struct DistributionReads {
    /// The connection.
    let connection: Connection
    /// The commodity read.
    let commodity: CommodityID

    /// One region's row in force on a day.
    struct InForce {
        /// The outlets' prices at the end of the day.
        let histogram: PriceHistogram
        /// Outlets that reported on the day itself.
        let reported: Int
    }

    /// The row in force on `day` of each region at `level` inside `bounds` that had prices by then.
    func inForce(level: Int, in bounds: RegionBounds, on day: LocalDate) throws -> [RegionCode: InForce] {
        let rows = try connection.query(PriceDistributionQueries.inForce, [
            commodity.rawValue, level, bounds.lower, bounds.upper, day.daysSinceEpoch,
        ]) { row in
            (try row.region(0), InForce(histogram: try HistogramCodec.decode(row.blob(2)),
                                        reported: row.int64(1) == day.daysSinceEpoch ? row.int(3) : 0))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    /// The distribution at the end of each day from `first` through `last` of each region at `level`
    /// inside `bounds` that had prices by `last`.
    func days(level: Int, in bounds: RegionBounds, from first: LocalDate, through last: LocalDate) throws
        -> [RegionCode: [PriceHistogram]] {
        let rows = try connection.query(PriceDistributionQueries.window, [
            commodity.rawValue, level, bounds.lower, bounds.upper, first.daysSinceEpoch, last.daysSinceEpoch,
        ]) { row in
            (region: try row.region(0), day: row.int64(1), prices: try HistogramCodec.decode(row.blob(2)))
        }
        let count = Int(last.days(since: first)) + 1
        var result: [RegionCode: [PriceHistogram]] = [:]
        var index = rows.startIndex
        while index < rows.endIndex {
            let region = rows[index].region
            var days: [PriceHistogram] = []
            days.reserveCapacity(count)
            var current = PriceHistogram.empty
            for offset in 0..<Int64(count) {
                let day = first.daysSinceEpoch + offset
                while index < rows.endIndex, rows[index].region == region, rows[index].day <= day {
                    current = rows[index].prices
                    index += 1
                }
                days.append(current)
            }
            while index < rows.endIndex, rows[index].region == region { index += 1 }
            result[region] = days
        }
        return result
    }

    /// The distribution at the end of each day from `first` through `last` of one region (nil: the
    /// whole country, merged from its provinces); empty days when it had no prices.
    func days(of region: RegionCode?, from first: LocalDate, through last: LocalDate) throws -> [PriceHistogram] {
        let count = Int(last.days(since: first)) + 1
        guard let region else {
            return Self.merged(Array(try days(level: 1, in: RegionBounds(.national), from: first, through: last).values),
                               count: count)
        }
        let own = RegionBounds(exactly: region)
        return try days(level: region.level, in: own, from: first, through: last)[region]
            ?? Array(repeating: .empty, count: count)
    }

    /// Day by day, the distributions of `regions` (each `count` days long) together.
    static func merged(_ regions: [[PriceHistogram]], count: Int) -> [PriceHistogram] {
        (0..<count).map { day in PriceHistogram.merging(regions.map { $0[day] }) }
    }
}
