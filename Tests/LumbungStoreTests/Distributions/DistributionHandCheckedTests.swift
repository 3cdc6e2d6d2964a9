import LumbungCore
import Testing
@testable import LumbungStore

/// Stored distributions checked by hand: an even count's median, a back-dated report, a day
/// without reports, a village band judged outlet by outlet, a region without outlets, the
/// migration building the rows of an existing database.
@Suite struct DistributionHandCheckedTests {
    static let beras = CommodityID("beras-medium")!
    static let zone = ReportTimeZone.jakarta
    static let day = LocalDate(daysSinceEpoch: 20_600)

    @Test func dailyReportOfAKabupatenFromItsKecamatanRows() throws {
        try withStore { store, outlets in
            // Day 0: 10 000, 10 100, 10 300, 10 600 (median of an even count: 10 200).
            for (outlet, price) in zip(outlets, [10_000, 10_100, 10_300, 10_600]) {
                try record(store, outlet, Int64(price), on: Self.day, minutes: 9 * 60)
            }
            // Day 2: outlet 0 reports 10 900; recorded after it, a back-dated report of day 1 from outlet 1: 9 900.
            try record(store, outlets[0], 10_900, on: Self.day.adding(days: 2), minutes: 8 * 60)
            try record(store, outlets[1], 9_900, on: Self.day.adding(days: 1), minutes: 23 * 60)
            // A village band for outlet 3's village only: 10 000–10 500 (10 600 is above it).
            _ = try store.createBand(Band(id: "bnd_v", commodity: Self.beras, region: outlets[3].region, min: 10_000, max: 10_500,
                                          effectiveFrom: Timestamp(millisecondsSinceEpoch: 0),
                                          createdAt: Timestamp(millisecondsSinceEpoch: 0)),
                                     context: WriteContext(now: Timestamp(millisecondsSinceEpoch: 1), actor: nil, staleAfterHours: 48))

            let first = try report(store, "63.01", on: Self.day)
            #expect(first.overall.statistics.median == 10_200)
            #expect(first.overall.statistics.count == 4)
            #expect(first.overall.reportedThatDay == 4)
            #expect(first.overall.aboveBand == 1, "only the outlet in the banded village is judged, against its own band")
            #expect(first.children.map(\.region.scope.code?.rawValue) == ["63.01.01", "63.01.02"])
            #expect(first.children[1].statistics.count == 0, "a kecamatan with no outlets still has its row")

            let second = try report(store, "63.01", on: Self.day.adding(days: 1))
            #expect(second.overall.statistics.median == 10_150, "9 900, 10 000, 10 300, 10 600")
            #expect(second.overall.statistics.min == 9_900)
            #expect(second.overall.reportedThatDay == 1)

            let third = try report(store, "63.01", on: Self.day.adding(days: 2))
            #expect(third.overall.statistics.median == 10_450, "9 900, 10 300, 10 600, 10 900")
            #expect(third.overall.statistics.max == 10_900)

            let quiet = try report(store, "63.01", on: Self.day.adding(days: 5))
            #expect(quiet.overall.statistics == third.overall.statistics, "a day without reports keeps the latest prices")
            #expect(quiet.overall.reportedThatDay == 0)
        }
    }

    @Test func migrationBuildsTheRowsOfAnExistingDatabase() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 13 })
            let noon = Self.zone.startOfDay(Self.day).adding(milliseconds: 12 * 3_600_000).millisecondsSinceEpoch
            try db.write { c throws in
                try c.execute("""
                    INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('beras-medium', 'Beras', 'kg', 'beras', 0, 0);
                    INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.01.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES
                        ('out_1', 'coop_1', 'A', '63.01.01.1001', 0), ('out_2', 'coop_1', 'B', '63.01.02.1001', 0);
                    """)
                for (id, outlet, price, at) in [("p1", "out_1", 10_000, noon), ("p2", "out_1", 11_000, noon + 86_400_000),
                                                ("p3", "out_2", 12_000, noon)] {
                    try c.run("""
                        INSERT INTO price_reports (id, outlet_id, commodity, region, price, observed_at, recorded_at)
                        VALUES (?, ?, 'beras-medium', (SELECT region FROM outlets WHERE id = ?2), ?, ?, ?)
                        """, [id, outlet, price, at, at])
                }
                try c.execute("""
                    INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status)
                    SELECT outlet_id, commodity, region, id, price, observed_at, 'no_band' FROM price_reports p
                    WHERE observed_at = (SELECT max(observed_at) FROM price_reports q WHERE q.outlet_id = p.outlet_id)
                    """)
            }
            #expect(try db.migrate(Schema.migrations) == Schema.migrations.filter { $0.id >= 13 }.count)  // 14 moves the reports
            let rows = try db.read { c throws in
                try c.query("SELECT level, region, day - ?, prices, reported FROM price_distributions ORDER BY 1, 2, 3",
                            [Self.day.daysSinceEpoch]) {
                    "\($0.int(0)) \($0.string(1)) +\($0.int(2)) \(try HistogramCodec.decode($0.blob(3)).entries.map { "\($0.price)×\($0.count)" }) \($0.int(4))"
                }
            }
            #expect(rows == [
                "1 63 +0 [\"10000×1\", \"12000×1\"] 2", "1 63 +1 [\"11000×1\", \"12000×1\"] 1",
                "2 63.01 +0 [\"10000×1\", \"12000×1\"] 2", "2 63.01 +1 [\"11000×1\", \"12000×1\"] 1",
                "3 63.01.01 +0 [\"10000×1\"] 1", "3 63.01.01 +1 [\"11000×1\"] 1", "3 63.01.02 +0 [\"12000×1\"] 1",
            ])
        }
    }

    /// Records `price` of `outlet` observed `minutes` after the start of `day`, recorded a day later.
    private func record(_ store: SQLiteStore, _ outlet: OutletSummary, _ price: Int64, on day: LocalDate, minutes: Int64) throws {
        let observedAt = Self.zone.startOfDay(day).adding(milliseconds: minutes * Timestamp.millisecondsPerMinute)
        _ = try store.recordPrice(outlet: outlet, commodity: Self.beras, price: Money(price), observedAt: observedAt,
                                  context: WriteContext(now: Self.zone.endOfDay(day.adding(days: 3)), actor: nil, staleAfterHours: 48))
    }

    /// The daily report of `region` on `day`.
    private func report(_ store: SQLiteStore, _ region: String, on day: LocalDate) throws -> DailyPriceReport {
        let end = Self.zone.endOfDay(day)
        return DailyPriceReport(snapshot: try store.dailyPrices(commodity: Self.beras, region: RegionCode(region), before: end),
                                date: day, endOfDay: end)
    }

    /// A store with kabupaten 63.01 (kecamatan 63.01.01 with two villages, and an empty 63.01.02) and
    /// four outlets in 63.01.01.
    private func withStore(_ body: (SQLiteStore, [OutletSummary]) throws -> Void) throws {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/hand.sqlite")
            defer { store.close() }
            let villages = ["63.01.01.1001", "63.01.01.1001", "63.01.01.1002", "63.01.01.1002"]
            try store.database.write { c in
                try c.execute("""
                    INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('beras-medium', 'Beras', 'kg', 'beras', 0, 0);
                    INSERT INTO regions (code, name, name_folded, level, parent) VALUES
                        ('63', 'Kalimantan Selatan', 'kalimantan selatan', 1, NULL), ('63.01', 'Tanah Laut', 'tanah laut', 2, '63'),
                        ('63.01.01', 'Takisung', 'takisung', 3, '63.01'), ('63.01.02', 'Jorong', 'jorong', 3, '63.01');
                    INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.01.01.1001', 0);
                    """)
                for (index, village) in villages.enumerated() {
                    try c.run("INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES (?, 'coop_1', ?, ?, 0)",
                              ["out_\(index)", "Gerai \(index)", village])
                }
            }
            try body(store, villages.enumerated().map {
                OutletSummary(id: "out_\($0.offset)", cooperativeID: "coop_1", name: "Gerai \($0.offset)", region: RegionCode($0.element)!)
            })
        }
    }
}
