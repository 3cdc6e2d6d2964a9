import LumbungCore
import Testing
@testable import LumbungStore

/// The bands in force a price report resolves from memory (migration 21's `band_generation`): every change to a
/// band, through the store, by hand or by another process on the same file, takes effect at the very next report,
/// and the memory answers what `BandQueries.effective` answers.
struct KeptBandsTests {
    static let lpg = CommodityID("lpg-3kg")!
    static let outlet = OutletSummary(id: "out_1", cooperativeID: "coop_1", name: "Gerai", region: RegionCode("63.71.01.1001")!)
    static let start = Timestamp(millisecondsSinceEpoch: 1_760_000_000_000)

    @Test func everyChangeToABandMovesTheGenerationAndAReportDoesNot() throws {
        try withStore { store, _ in
            let generation = { try store.database.read { try $0.queryOne(SQLiteStore.bandGeneration) { $0.int64(0) } } ?? 0 }
            let before = try generation()
            try Self.report(19_000, at: 1, on: store)
            #expect(try generation() == before, "a price report changes no band")
            try expectEachChangeMovesGeneration([
                "INSERT INTO bands (id, commodity, region, min_price, max_price, effective_from, source, created_at) VALUES ('bnd_x', 'lpg-3kg', '63.71', NULL, 18000, 0, NULL, 5)",
                "UPDATE bands SET max_price = 18100 WHERE id = 'bnd_x'",
                "DELETE FROM bands WHERE id = 'bnd_x'",
            ], on: store.database, generation)
        }
    }

    @Test func aBandChangedByAnotherProcessTakesEffectAtTheNextReport() throws {
        try withStore { store, path in
            #expect(try Self.report(19_000, at: 1, on: store).band?.max == Money(20_000), "the province's band")
            let other = try SQLiteStore(path: path)
            defer { other.close() }
            let village = Band(id: "bnd_village", commodity: Self.lpg, region: Self.outlet.region, min: nil, max: Money(18_000),
                               effectiveFrom: Self.start, createdAt: Self.start)
            _ = try other.createBand(village, context: Self.context(at: 2))
            let afterCreate = try Self.report(19_000, at: 3, on: store)
            #expect(afterCreate.band?.id == "bnd_village" && afterCreate.status == .aboveBand)
            try other.database.write { try $0.execute("UPDATE bands SET max_price = 19500 WHERE id = 'bnd_village'") }
            let afterUpdate = try Self.report(19_000, at: 4, on: store)
            #expect(afterUpdate.band?.max == Money(19_500) && afterUpdate.status == .inBand)
            try other.database.write { try $0.execute("DELETE FROM bands WHERE id = 'bnd_village'") }
            #expect(try Self.report(19_000, at: 5, on: store).band?.max == Money(20_000), "back to the province's band")
            let own = Band(id: "bnd_own", commodity: Self.lpg, region: RegionCode("63.71")!, min: Money(19_500), max: nil,
                           effectiveFrom: Self.start, createdAt: Self.start)
            _ = try store.createBand(own, context: Self.context(at: 6))
            let afterOwn = try Self.report(19_000, at: 7, on: store)
            #expect(afterOwn.band?.id == "bnd_own" && afterOwn.status == .belowBand)
            let current = try store.database.read {
                try $0.queryOne("SELECT status, band_id FROM current_prices WHERE outlet_id = 'out_1'") { [$0.string(0), $0.string(1)] }
            }
            #expect(current == ["below_band", "bnd_own"], "the current price is judged against the same band")
        }
    }

    @Test func theKeptBandsAnswerWhatTheStatementAnswers() throws {
        try withStore { store, _ in
            let rows: [(region: String, effective: Int64, created: Int64)] = [
                ("", 0, 0), ("", 50, 1), ("63", 10, 2), ("63", 10, 3), ("63", 40, 3), ("63.71", 30, 4), ("63.71", 30, 4),
                ("63.71.01", 60, 5), ("63.71.01.1001", 80, 6), ("63.71.01.1001", 20, 6), ("15", 0, 7), ("63.72", 5, 8),
            ]
            try store.database.write { connection in
                for (index, row) in rows.enumerated() {
                    try connection.run("""
                        INSERT INTO bands (id, commodity, region, min_price, max_price, effective_from, source, created_at)
                        VALUES (?, 'lpg-3kg', ?, NULL, ?, ?, NULL, ?)
                        """, ["bnd_\(index)", row.region, 20_000 + index, Self.start.millisecondsSinceEpoch + row.effective,
                              Self.start.millisecondsSinceEpoch + row.created])
                }
            }
            let regions = [nil, "63", "63.71", "63.71.01", "63.71.01.1001", "63.71.01.1002", "63.72.01.1001", "15.01", "91.01.01.2001"]
            try store.database.write { connection in
                let kept = try #require(try KeptBands.read(Self.lpg, on: connection))
                for region in regions.map({ $0.flatMap { RegionCode($0) } }) {
                    for offset in Int64(-1)...90 {
                        let instant = Timestamp(millisecondsSinceEpoch: Self.start.millisecondsSinceEpoch + offset)
                        let expected = try BandQueries.effective(commodity: Self.lpg, region: region, at: instant, on: connection)
                        #expect(kept.effective(region: region, at: instant) == expected, "\(String(describing: region)) at \(offset)")
                    }
                }
            }
        }
    }

    @Test func eachRegionLevelHasItsOwnKeyAndOnlyRegionCodesHaveKeys() throws {
        let codes = ["", "63", "64", "63.71", "63.17", "63.71.01", "63.71.10", "63.71.01.1001", "63.71.01.1010", "63.71.01.0110"]
        let keys = codes.map { KeptBands.levelKeys(of: $0)?.last }
        #expect(Set(keys.compactMap { $0 }).count == codes.count)
        let lineage: [Int64?] = ["", "63", "63.71", "63.71.01", "63.71.01.1001"].map { KeptBands.levelKeys(of: $0)?.last }
        #expect(KeptBands.levelKeys(of: "63.71.01.1001") == lineage.compactMap { $0 })
        for malformed in ["6", "6.371", "63.7", "63.71.01.10011", "63.71.01.1001.01", "63.a1", "63.", ".63", "0x"] {
            #expect(KeptBands.levelKeys(of: malformed) == nil, "\(malformed)")
        }
    }

    @Test func aCommodityWithMoreBandsThanKeptIsLookedUpEachTime() throws {
        try withStore { store, _ in
            try store.database.write { connection in
                for index in 0..<KeptBands.capacity {
                    try connection.run("""
                        INSERT INTO bands (id, commodity, region, min_price, max_price, effective_from, source, created_at)
                        VALUES (?, 'lpg-3kg', '15', NULL, 30000, 0, NULL, ?)
                        """, ["bnd_many_\(index)", index])
                }
                #expect(try KeptBands.read(Self.lpg, on: connection) == nil)
            }
            #expect(try Self.report(19_000, at: 1, on: store).band?.max == Money(20_000))
            try store.database.write { try $0.execute("UPDATE bands SET min_price = NULL, max_price = 18000 WHERE region = '63'") }
            #expect(try Self.report(19_000, at: 2, on: store).status == .aboveBand)
        }
    }

    /// Records a report of `price` by the outlet, observed and recorded `minutes` after `start`.
    @discardableResult
    static func report(_ price: Int64, at minutes: Int64, on store: SQLiteStore) throws -> PriceReport {
        let context = context(at: minutes)
        return try store.recordPrice(outlet: outlet, commodity: lpg, price: Money(price), observedAt: context.now,
                                     context: context)
    }

    /// A write `minutes` after `start`.
    static func context(at minutes: Int64) -> WriteContext {
        WriteContext(now: start.adding(milliseconds: minutes * 60_000), actor: nil, staleAfterHours: 48)
    }

    /// A store with the outlet in 63.71.01.1001 and LPG's province band of 63 (18,500–20,000).
    private func withStore(_ body: (SQLiteStore, String) throws -> Void) throws {
        try withTemporarySQLiteDirectory { folder in
            let path = folder + "/bands.sqlite"
            let store = try SQLiteStore(path: path)
            defer { store.close() }
            try store.database.write { c in
                try c.execute("""
                    INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                    INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai', '63.71.01.1001', 0);
                    INSERT INTO bands (id, commodity, region, min_price, max_price, effective_from, source, created_at)
                    VALUES ('bnd_63', 'lpg-3kg', '63', 18500, 20000, 0, NULL, 0);
                    """)
            }
            try body(store, path)
        }
    }
}
