import Foundation
import LumbungCore
import LumbungStore

/// The national demo's synthetic past, written in bulk: every outlet gets coordinates, a receipt of
/// every catalogue commodity and a daily price report for each of the last `days` days (around the
/// band where one applies, some outside it, so price alerts are open too). Deterministic: the same
/// region list gives the same coordinates, stock and prices.
public struct NationalDataset {
    /// Days of daily reports, ending yesterday in the report time zone.
    public static let days = 14
    /// Outlets written per transaction.
    static let batchSize = 4000

    /// The store to fill; its outlets must have no movements or prices yet.
    let store: SQLiteStore
    /// The instant the past ends.
    let now: Timestamp
    /// The zone report days are cut in.
    let zone: ReportTimeZone

    /// A data set ending at `now`, with days cut in `zone`.
    public init(store: SQLiteStore, now: Timestamp, zone: ReportTimeZone = .jakarta) {
        self.store = store
        self.now = now
        self.zone = zone
    }

    /// Writes the past of every stored outlet, `batchSize` outlets per transaction, then builds the
    /// stored price distributions and the stock check's kabupaten/kota price order from it in one pass each.
    /// The rows written refer only to stored outlets and commodities, so their references are not checked one by one
    /// (`Database.bulkLoading`).
    public func fill() throws {
        let outlets = try store.outletSummaries()
        let catalogue = try store.commodities(page: PageRequest(limit: PageRequest.maximumLimit)).items.map(\.id)
        var prices = SyntheticPrices(store: store, now: now)
        let context = WriteContext(now: now, actor: nil, staleAfterHours: 48)
        var placer = SyntheticPlacer()
        try store.dropPriceOrderForBulkLoad()
        try store.database.bulkLoading {
            for start in stride(from: 0, to: outlets.count, by: Self.batchSize) {
                let histories = try outlets[start..<min(start + Self.batchSize, outlets.count)].map { outlet in
                    OutletHistory(outlet: outlet, location: placer.location(of: outlet.region),
                                  shelf: try catalogue.map { try shelf($0, at: outlet, prices: &prices) })
                }
                try store.loadHistories(histories, context: context)
            }
            try store.rebuildDerivedTables()
        }
        try store.database.checkpoint()  // the file whole and its WAL empty, for every process that opens it next
    }

    /// One commodity at one outlet: a receipt yesterday and a report on each of the last `days` days.
    private func shelf(_ commodity: CommodityID, at outlet: OutletSummary,
                       prices: inout SyntheticPrices) throws -> ShelfHistory {
        var random = SyntheticRandom(outlet.region.rawValue + "|" + commodity.rawValue)
        let reference = try prices.reference(commodity, province: outlet.region.province)
        let offset = random.uniform(-0.05...0.05)
        let today = zone.date(of: now)
        let reports = (1...Self.days).reversed().map { daysAgo in
            let observedAt = zone.startOfDay(today.adding(days: -Int64(daysAgo)))
                .adding(milliseconds: random.integer(8 * 60...12 * 60) * Timestamp.millisecondsPerMinute)
            let price = reference * (1 + offset + random.uniform(-0.01...0.01))
            return (price: Money(Int64((price / 50).rounded()) * 50), observedAt: observedAt)
        }
        let units = SyntheticPrices.isCounted(commodity) ? random.integer(5...80) * 2 : random.integer(20...600)
        return ShelfHistory(commodity: commodity, received: Quantity(thousandths: units * 500),
                            receivedAt: zone.startOfDay(today.previous).adding(hours: random.integer(6...9)),
                            prices: reports)
    }
}
