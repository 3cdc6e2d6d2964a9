import LumbungCore

/// Keeps the stored price distributions current as a price report is recorded, inside the
/// report's own transaction.
///
/// The report changes the outlet's end-of-day price from its day until the day before its next
/// later report (for good when there is none); each such stored row swaps the outlet's earlier
/// price for the new one. Rows on the report's day and on the day its effect ends are created
/// when missing (copied from the latest earlier row) so that the days around keep what they had.
/// The usual report (today's, the outlet's newest) reads and writes today's row of each region; the latest row of
/// each region written or read recently is kept in memory (`kept`), so that report reads none.
struct PriceDistributionWriter {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// The latest stored row of regions this connection wrote or read recently, kept under its `keptRowsGeneration`.
    let kept: KeptDistributions

    /// Counts report `seq` (already inserted, the highest seq) of the outlet whose key is `outletKey`, standing in
    /// `village`, whose current price before it was `current`. Another report observed on its day is the one just
    /// before or just after it.
    func record(outletKey: Int64, village: RegionCode, commodity: CommodityID, price: Money, observedAt: Timestamp,
                seq: Int64, current: ObservedPrice?) throws {
        let day = DistributionCalendar.day(of: observedAt)
        let (earlier, next) = try neighbours(outletKey: outletKey, commodity: commodity, observedAt: observedAt, seq: seq,
                                             current: current)
        let previous = earlier?.price
        let nextDay = next.map { DistributionCalendar.day(of: $0) }
        let lastDay = nextDay?.adding(days: -1)
        let shifts = previous != price && lastDay.map { $0 >= day } ?? true
        let reportedBefore = earlier.map { DistributionCalendar.day(of: $0.observedAt) == day } == true || nextDay == day
        let change = DayChange(day: day, through: shifts ? lastDay : day.adding(days: -1), previous: previous, price: price,
                               firstThatDay: !reportedBefore)
        let lineage = village.lineage
        for level in DistributionCalendar.levels where level < lineage.count {
            try apply(change, to: DistributionRow(commodity: commodity, level: level, region: lineage[level - 1]))
        }
    }

    /// The report just before the new one in observation order (nil when none) and when the next after it was
    /// observed (nil when none). A report observed no earlier than the current price comes right after it, as the
    /// latest (the current price is the latest report, and the new one has the highest seq); one observed earlier
    /// (or the first) has its neighbours read (`PriceReportQueries.neighbours`).
    private func neighbours(outletKey: Int64, commodity: CommodityID, observedAt: Timestamp, seq: Int64,
                            current: ObservedPrice?) throws -> (earlier: ObservedPrice?, next: Timestamp?) {
        if let current, current.observedAt <= observedAt { return (current, nil) }
        var earlier: ObservedPrice?
        var next: Timestamp?
        _ = try connection.query(PriceReportQueries.neighbours, [
            outletKey, commodity.rawValue, observedAt.millisecondsSinceEpoch, seq,
        ]) { row in
            let observed = row.optionalInt64(1).map(Timestamp.init(millisecondsSinceEpoch:))
            if let price = row.optionalInt64(0), let observed {
                earlier = ObservedPrice(price: Money(price), observedAt: observed)
            } else {
                next = observed
            }
        }
        return (earlier, next)
    }

    /// Applies `change` to one region's rows (read only when the kept latest row does not hold them) and keeps the
    /// region's latest row. Each row changed is written as the transaction commits (`deferWrite`): the reports of a
    /// group commit that change the same row write it once.
    private func apply(_ change: DayChange, to row: DistributionRow) throws {
        let day = change.day.daysSinceEpoch
        let last = change.through?.daysSinceEpoch ?? Int64.max
        let boundary = change.through.map { $0.daysSinceEpoch + 1 }
        var rows = try storedRows(of: row, from: day)
        if let boundary, boundary > day, !rows.contains(where: { $0.day == boundary }) {
            let carried = rows.last { $0.day < boundary }?.prices ?? .empty
            rows.insert(StoredDay(day: boundary, prices: carried, reported: 0, isNew: true),
                        at: rows.firstIndex { $0.day > boundary } ?? rows.endIndex)
        }
        for index in rows.indices {
            var changed = rows[index].isNew
            if rows[index].day <= last {
                if let previous = change.previous { rows[index].prices.remove(previous) }
                rows[index].prices.add(change.price)
                changed = true
            }
            if rows[index].day == day, change.firstThatDay {
                rows[index].reported += 1
                changed = true
            }
            guard changed else { continue }
            try connection.deferWrite(.distribution(row, rows[index]))
        }
        if let latest = rows.last {  // kept as stored (not new), so that the next report rewrites it only if it changes
            kept.keep(StoredDay(day: latest.day, prices: latest.prices, reported: latest.reported), of: row,
                      generation: connection.keptRowsGeneration)
        }
    }

    /// The region's stored rows from `day` on, by day, the first on `day` itself (a new row carrying the prices in
    /// force, when none is stored on it): from the kept latest row when it is not after `day`, else read.
    private func storedRows(of row: DistributionRow, from day: Int64) throws -> [StoredDay] {
        if let latest = kept.value(of: row, generation: connection.keptRowsGeneration), latest.day <= day {
            return [latest.day == day ? latest : StoredDay(day: day, prices: latest.prices, reported: 0, isNew: true)]
        }
        try connection.settleDeferredWrites { $0.distribution?.row == row }
        var rows = try read(PriceDistributionQueries.fromDay, of: row, from: day) {
            StoredDay(day: $0.int64(0), prices: try HistogramCodec.decode($0.blob(1)), reported: $0.int(2))
        }
        if rows.first?.day != day {
            let earlier = try read(PriceDistributionQueries.latestOnOrBefore, of: row, from: day) {
                try HistogramCodec.decode($0.blob(1))
            }.first
            rows.insert(StoredDay(day: day, prices: earlier ?? .empty, reported: 0, isNew: true), at: 0)
        }
        return rows
    }

    /// The rows `sql` reads for `row`'s key and `day` (parameter 4), each mapped by `map`.
    private func read<T>(_ sql: String, of row: DistributionRow, from day: Int64, map: (Row) throws -> T) throws -> [T] {
        let statement = try Self.statement(sql, of: row, on: connection)
        defer { statement.reset() }
        try statement.bind(day, at: 4)
        var results: [T] = []
        while try statement.step() { results.append(try map(statement.row)) }
        return results
    }

    /// Writes one stored row of the region `row`. Parameters are bound one by one (no arrays of boxed values).
    static func write(_ stored: StoredDay, of row: DistributionRow, on connection: Connection) throws {
        let upsert = try statement(PriceDistributionQueries.upsert, of: row, on: connection)
        defer { upsert.reset() }
        try upsert.bind(stored.day, at: 4)
        try upsert.bind(HistogramCodec.encode(stored.prices), at: 5)
        try upsert.bind(stored.reported, at: 6)
        while try upsert.step() {}
    }

    /// The connection's statement for `sql` with `row`'s key bound as its first three parameters.
    private static func statement(_ sql: String, of row: DistributionRow, on connection: Connection) throws -> Statement {
        let statement = try connection.statement(sql)
        try statement.bind(row.commodity.rawValue, at: 1)
        try statement.bind(row.level, at: 2)
        try statement.bind(row.region.rawValue, at: 3)
        return statement
    }
}

/// What one report does to the rows of each region it stands in.
private struct DayChange {
    /// The report's day.
    let day: LocalDate
    /// The last day whose end-of-day price it sets (nil: every later day; before `day`: none).
    let through: LocalDate?
    /// The outlet's price it replaces; nil when it is the outlet's first.
    let previous: Money?
    /// The reported price.
    let price: Money
    /// Whether it is the outlet's first report observed on its day.
    let firstThatDay: Bool
}

/// One stored row of a region's distributions as read and changed; the latest of each region written recently is
/// kept (`KeptDistributions`).
struct StoredDay: Sendable {
    /// The day.
    let day: Int64
    /// The distribution.
    var prices: PriceHistogram
    /// Outlets that reported that day.
    var reported: Int
    /// Whether the row is not stored yet.
    var isNew = false
}

/// The latest stored row of regions' distributions, by region, kept by the writer under its connection's
/// `keptRowsGeneration`.
typealias KeptDistributions = GenerationMemory<DistributionRow, StoredDay>

/// The key of one stored row of a region's distributions: what a deferred write of it is known by.
struct DistributionDay: Hashable {
    /// The region's key.
    let row: DistributionRow
    /// The day.
    let day: Int64
}

/// The key of one region's stored distributions, less the day.
struct DistributionRow: Hashable, Sendable {
    /// The commodity.
    let commodity: CommodityID
    /// The region's level (1–3).
    let level: Int
    /// The region.
    let region: RegionCode

    /// The key as the first three SQL parameters.
    var arguments: [any SQLBindable] { [commodity.rawValue, level, region.rawValue] }
}
