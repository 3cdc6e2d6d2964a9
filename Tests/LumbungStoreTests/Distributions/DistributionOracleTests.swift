import LumbungCore
import Testing
@testable import LumbungStore

/// The reports read from stored distributions equal the reports walked outlet by outlet, on seeded
/// data sets with back-dated reports, equal observation times, bands at every level and outlets that
/// never reported; and distributions kept current report by report equal those rebuilt in one pass.
@Suite struct DistributionOracleTests {
    /// The seeds of the data sets.
    static let seeds: [UInt64] = [1, 7, 42]
    /// Reports recorded per transaction: one, or a group commit's worth in savepoints (some rolled back).
    static let groupSizes = [1, 12]

    @Test(arguments: seeds, groupSizes) func dailyReportsEqualTheWalk(seed: UInt64, groupSize: Int) throws {
        try withWorld(seed: seed, groupSize: groupSize) { world in
            var compared = 0
            for commodity in DistributionWorld.commodities {
                for offset in -1...14 {
                    let date = DistributionWorld.firstDay.adding(days: Int64(offset))
                    let end = DistributionWorld.zone.endOfDay(date)
                    for region in DistributionWorld.reportRegions {
                        let stored = DailyPriceReport(snapshot: try world.store.dailyPrices(commodity: commodity, region: region,
                                                                                             before: end), date: date, endOfDay: end)
                        let walked = DailyPriceReport(snapshot: try world.store.walkedDailyPrices(commodity: commodity, region: region,
                                                                                                   before: end), date: date, endOfDay: end)
                        #expect(stored == walked, "\(commodity) \(region?.rawValue ?? "nation") \(date)")
                        compared += stored.overall.statistics.count
                    }
                }
            }
            #expect(compared > 1000)
        }
    }

    @Test(arguments: seeds) func seriesEqualTheWalk(seed: UInt64) throws {
        try withWorld(seed: seed) { world in
            let zone = DistributionWorld.zone
            for commodity in DistributionWorld.commodities {
                for (from, to) in [(-3, 14), (2, 2), (5, 11)] {
                    let first = DistributionWorld.firstDay.adding(days: Int64(from))
                    let last = DistributionWorld.firstDay.adding(days: Int64(to))
                    for region in DistributionWorld.reportRegions {
                        let (start, end) = (zone.startOfDay(first), zone.endOfDay(last))
                        let stored = PriceSeries(snapshot: try world.store.priceSeries(commodity: commodity, region: region,
                                                                                        from: start, before: end),
                                                 from: first, to: last, zone: zone)
                        let walked = PriceSeries(snapshot: try world.store.walkedPriceSeries(commodity: commodity, region: region,
                                                                                              from: start, before: end),
                                                 from: first, to: last, zone: zone)
                        #expect(stored == walked, "\(commodity) \(region?.rawValue ?? "nation") \(first)…\(last)")
                    }
                }
            }
        }
    }

    @Test(arguments: seeds) func earlyWarningsEqualTheWalk(seed: UInt64) throws {
        try withWorld(seed: seed) { world in
            let zone = DistributionWorld.zone
            for commodity in DistributionWorld.commodities {
                for offset in [0, 4, 7, 9, 11, 20] {
                    let date = DistributionWorld.firstDay.adding(days: Int64(offset))
                    let start = zone.startOfDay(EarlyWarningReport.windowStart(date))
                    let end = zone.endOfDay(date)
                    for region in DistributionWorld.reportRegions {
                        let stored = EarlyWarningReport(
                            snapshot: try world.store.earlyWarningPrices(commodity: commodity, region: region, from: start, before: end),
                            date: date, zone: zone, thresholds: .standard)
                        let walked = EarlyWarningReport(
                            snapshot: try world.store.walkedEarlyWarningPrices(commodity: commodity, region: region, from: start,
                                                                               before: end),
                            date: date, zone: zone, thresholds: .standard)
                        #expect(stored == walked, "\(commodity) \(region?.rawValue ?? "nation") \(date)")
                    }
                }
            }
        }
    }

    @Test(arguments: seeds, groupSizes) func rowsKeptReportByReportEqualRowsRebuiltInOnePass(seed: UInt64, groupSize: Int) throws {
        try withWorld(seed: seed, groupSize: groupSize) { world in
            let kept = try world.storedRows()
            try world.store.rebuildDerivedTables()
            let rebuilt = try world.storedRows()
            #expect(kept.count > 100)
            #expect(kept == rebuilt)
        }
    }

    /// The writer keeps each region's latest row in memory between reports; a report committed by another connection
    /// and one rolled back after writing its rows make it read them again.
    @Test func rowsKeptInMemoryGiveWayToAnotherConnectionsCommitAndToARollback() throws {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/world.sqlite")
            defer { store.close() }
            let world = try DistributionWorld(store: store, seed: 5, reports: 60)
            let outlets = world.outlets.filter { $0.region.rawValue.hasPrefix("63.") }
            let day = DistributionWorld.zone.startOfDay(DistributionWorld.firstDay.adding(days: 12))
            var minute: Int64 = 0
            func report(_ outlet: OutletSummary, on store: SQLiteStore) throws {
                minute += 1
                let observedAt = day.adding(milliseconds: minute * Timestamp.millisecondsPerMinute)
                _ = try store.recordPrice(outlet: outlet, commodity: DistributionWorld.commodities[0],
                                          price: Money(12_000 + 500 * minute), observedAt: observedAt,
                                          context: WriteContext(now: observedAt, actor: nil, staleAfterHours: 48))
            }
            try report(outlets[0], on: store)
            let other = try SQLiteStore(path: folder + "/world.sqlite")
            try report(outlets[1], on: other)
            other.close()
            try report(outlets[2], on: store)
            struct Abandoned: Error {}
            #expect(throws: Abandoned.self) {
                try store.database.write { _ in
                    try report(outlets[3], on: store)
                    throw Abandoned()
                }
            }
            try report(outlets[4], on: store)
            let kept = try world.storedRows()
            try store.rebuildDerivedTables()
            #expect(kept == (try world.storedRows()))
        }
    }

    @Test func statisticsFromHistogramsEqualThoseOfTheList() throws {
        var random = SeededRandom(seed: 3)
        for size in [0, 1, 2, 3, 4, 7, 10, 101, 1000] {
            let prices = (0..<size).map { _ in Int64(9_000 + 50 * random.int(0...40)) }
            #expect(ListStatistics(PriceStatistics(prices.map { Money($0) })) == ListStatistics(prices), "\(size) prices")
        }
    }

    /// Runs `body` on a fresh seeded world, its reports recorded `groupSize` to a transaction.
    private func withWorld(seed: UInt64, groupSize: Int = 1, _ body: (DistributionWorld) throws -> Void) throws {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/world.sqlite")
            defer { store.close() }
            try body(try DistributionWorld(store: store, seed: seed, groupSize: groupSize))
        }
    }
}
