import Foundation
import Testing
@testable import LumbungStore

/// The hot queries of the stock check and the reports start from an index and never scan a table.
@Suite struct ReportQueryPlanTests {
    /// The plan's detail lines for `sql` with `arguments`.
    static func plan(_ sql: String, _ arguments: [any SQLBindable]) throws -> [String] {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/plan.sqlite")
            defer { store.close() }
            return try store.database.read { try $0.query("EXPLAIN QUERY PLAN " + sql, arguments) { $0.string(3) } }
        }
    }

    /// Lines that read a whole table or index: any `SCAN` except of a subquery's result, of the
    /// `chosen` outlets (`k`, at most `limit` rows), of the stock check's `totals` (`t`, one row), of the coverage
    /// report's `groups` (one row per child) or of an R*Tree queried with constraints.
    static func fullScans(_ plan: [String]) -> [String] {
        plan.filter { line in
            line.hasPrefix("SCAN") && !line.hasPrefix("SCAN (subquery") && line != "SCAN k" && line != "SCAN t"
                && line != "SCAN groups" && !line.contains("VIRTUAL TABLE INDEX 2:")
        }
    }

    @Test func stockCheckInARegionReadsBalancesFromTheCoveringIndex() throws {
        let plan = try Self.plan(AvailabilityQueries.inRegion, ["lpg-3kg", "63.71", "63.71/", 20])
        #expect(Self.fullScans(plan).isEmpty, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH b USING COVERING INDEX stock_balances_available (commodity=? AND region>? AND region<?)") },
                "\(plan)")
        // The totals are one aggregate over the same covering index, without a price lookup for each match.
        #expect(plan.contains("SEARCH stock_balances USING COVERING INDEX stock_balances_available (commodity=? AND region>? AND region<?)"),
                "\(plan)")
    }

    @Test func provinceStockCheckRanksFromTheIndexWithoutSeekingEachOutletsPrice() throws {
        let plan = try Self.plan(AvailabilityQueries.inRegion, ["beras-medium", "63", "63/", 20])
        #expect(Self.fullScans(plan).isEmpty, "\(plan)")
        // The ranking reads price, quantity and outlet from the covering index; current prices are sought only
        // for the listed outlets (`k`, at most `limit`), after the ranking.
        let priceSeeks = plan.indices.filter { plan[$0].hasPrefix("SEARCH p ") }
        let listed = try #require(plan.firstIndex(of: "SCAN k"), "\(plan)")
        #expect(priceSeeks.count == 1 && priceSeeks.allSatisfy { $0 > listed }, "\(plan)")
        #expect(plan.filter { $0.contains("COVERING INDEX stock_balances_available (commodity=? AND region>? AND region<?)") }.count == 2,
                "ranking and totals each read the one covering index: \(plan)")
    }

    @Test func stockCheckNearAPointStartsFromTheRTree() throws {
        let plan = try Self.plan(AvailabilityQueries.nearPoint, ["lpg-3kg", -3.32, 114.59, -3.41, -3.23, 114.5, 114.68, 10.0,
                                                                 "", "~", 20])
        #expect(Self.fullScans(plan).isEmpty, "\(plan)")
        #expect(plan.first { $0.contains("VIRTUAL TABLE") }?.hasPrefix("SCAN g VIRTUAL TABLE INDEX 2:") == true, "\(plan)")
        #expect(plan.contains("SEARCH o USING INTEGER PRIMARY KEY (rowid=?)"), "\(plan)")
        #expect(plan.contains("SEARCH b USING PRIMARY KEY (outlet_id=? AND commodity=?)"), "\(plan)")
    }

    @Test func dailyReportWalksCurrentPricesAndSeeksHistory() throws {
        let plan = try Self.plan(PriceReportQueries.latestBefore, ["lpg-3kg", 1_761_152_400_000, "63", "63/"])
        #expect(Self.fullScans(plan).isEmpty, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH cp USING INDEX current_prices_by_region") }, "\(plan)")
        #expect(plan.contains("SEARCH p USING PRIMARY KEY (outlet=? AND commodity=? AND observed_at<?)"),
                "the history is the lean table's own key, price included: \(plan)")
        #expect(plan.contains("SEARCH k USING COVERING INDEX sqlite_autoindex_outlet_keys_1 (outlet_id=?)"), "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "the history is read newest first from the index: \(plan)")
    }

    @Test func seriesReadsEachOutletsReportsOfThePeriodFromTheIndex() throws {
        let plan = try Self.plan(PriceReportQueries.changesDuring, ["lpg-3kg", 0, 1_761_152_400_000, "", "~"])
        #expect(Self.fullScans(plan).isEmpty, "\(plan)")
        #expect(plan.contains("SEARCH p USING PRIMARY KEY (outlet=? AND commodity=? AND observed_at>? AND observed_at<?)"),
                "\(plan)")
    }

    @Test func anOutletsHistoryOfOneCommodityIsReadInKeyOrder() throws {
        let plan = try Self.plan(SQLiteStore.priceHistoryPage("WHERE k.outlet_id = ? AND p.commodity = ? AND (p.observed_at, p.seq) < (?, ?)"),
                                 ["out_1", "lpg-3kg", 1_761_152_400_000, 9, 21])
        #expect(Self.fullScans(plan).isEmpty, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH p USING PRIMARY KEY (outlet=? AND commodity=?") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "newest first from the key, no sort: \(plan)")
    }

    @Test func anOutletsWholeHistoryReadsOnlyThatOutletsReports() throws {
        let plan = try Self.plan(SQLiteStore.priceHistoryPage("WHERE k.outlet_id = ?"), ["out_1", 21])
        #expect(Self.fullScans(plan).isEmpty, "\(plan)")
        #expect(plan.contains("SEARCH p USING PRIMARY KEY (outlet=?)"), "\(plan)")
    }

    @Test func coverageCountsWalkAnIndexOnTheRegionCode() throws {
        for (sql, index) in [(CoverageQueries.villages, "PRIMARY KEY"), (CoverageQueries.cooperatives, "cooperatives_by_region"),
                             (CoverageQueries.outlets, "outlets_by_region"),
                             (CoverageQueries.activeOutlets, "outlet_activity_by_region")] {
            let arguments: [any SQLBindable] = sql == CoverageQueries.activeOutlets ? [5, "63", "63/", 0] : [5, "63", "63/"]
            let plan = try Self.plan(sql, arguments)
            #expect(Self.fullScans(plan).isEmpty, "\(plan)")
            let reads = plan.filter { $0.hasPrefix("SEARCH") }
            #expect(reads.count == 3 && reads.allSatisfy { $0.contains(index) && $0.contains(">? AND ") && $0.hasSuffix("<?)") },
                    "the first group, the next group and each group's count are range seeks: \(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "no sort of the rows: \(plan)")
        }
    }

    @Test func outletLocationsFollowTheOutlets() throws {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/rtree.sqlite")
            defer { store.close() }
            let located = try store.database.write { connection in
                try connection.run("INSERT INTO cooperatives (id, name, region, created_at) VALUES ('c', 'K', '63.71.01.1001', 0)")
                try connection.run("""
                    INSERT INTO outlets (id, cooperative_id, name, region, latitude, longitude, created_at)
                    VALUES ('a', 'c', 'A', '63.71.01.1001', -3.32, 114.59, 0), ('b', 'c', 'B', '63.71.01.1001', NULL, NULL, 0)
                    """)
                try connection.run("UPDATE outlets SET latitude = 1.5, longitude = 100.25 WHERE id = 'b'")
                try connection.run("UPDATE outlets SET latitude = NULL, longitude = NULL WHERE id = 'a'")
                return try connection.query("""
                    SELECT o.id, g.min_latitude, g.min_longitude FROM outlet_locations g JOIN outlets o ON o.rowid = g.id
                    """) { "\($0.string(0)) \($0.double(1)) \($0.double(2))" }
            }
            #expect(located == ["b 1.5 100.25"])
        }
    }
}
