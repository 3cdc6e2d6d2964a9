import Testing
@testable import LumbungStore

/// The stock ledger's hot queries seek by index: no table scan, no sort.
@Suite struct StockQueryPlanTests {
    @Test func aBalanceIsOneSeekOnItsPrimaryKey() throws {
        let plan = try ReportQueryPlanTests.plan(StockQueries.balance, ["out_a", "lpg-3kg"])
        #expect(plan == ["SEARCH stock_balances USING PRIMARY KEY (outlet_id=? AND commodity=?)"], "\(plan)")
    }

    @Test func theLedgerIsReadNewestFirstFromAnIndex() throws {
        let all = try ReportQueryPlanTests.plan(StockQueries.ledgerPage, ["out_a", Int64.max, 51])
        #expect(all == ["SEARCH stock_movements USING INDEX stock_movements_by_outlet (outlet_id=? AND seq<?)"], "\(all)")
        let one = try ReportQueryPlanTests.plan(StockQueries.ledgerPageOfCommodity, ["out_a", "lpg-3kg", Int64.max, 51])
        #expect(one == ["SEARCH stock_movements USING INDEX stock_movements_by_outlet_commodity (outlet_id=? AND commodity=? AND seq<?)"],
                "\(one)")
    }

    @Test func balancesKeepOnlyTheIndexTheStockCheckUses() throws {
        // stock_balances_available (commodity, region, price, quantity, …) WHERE quantity > 0 answers every query
        // the older stock_balances_in_stock (commodity, region) answered; the one other index is the kabupaten/kota
        // price order the kabupaten/kota and province checks walk (migration 26).
        let indexes = try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/indexes.sqlite")
            defer { store.close() }
            return try store.database.read { connection in
                try connection.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stock_balances' ORDER BY name") {
                    $0.string(0)
                }
            }
        }
        #expect(indexes == ["stock_balances_available", "stock_balances_by_kabupaten_price"], "\(indexes)")
        let plan = try ReportQueryPlanTests.plan(AvailabilityQueries.inRegion, ["lpg-3kg", "63.71", "63.71/", 20])
        #expect(plan.contains { $0.contains("COVERING INDEX stock_balances_available") }, "\(plan)")
    }

    @Test func theRegionStockCheckReadsTheCoveringIndexOnceAndSeeksTheListedOutlets() throws {
        let balances = try ReportQueryPlanTests.plan(AvailabilityQueries.regionBalances, ["lpg-3kg", "63.71", "63.71/"])
        #expect(balances == ["SEARCH stock_balances USING COVERING INDEX stock_balances_available (commodity=? AND region>? AND region<?)"],
                "one range of the covering index, no sort: \(balances)")
        let kabupaten = try ReportQueryPlanTests.plan(AvailabilityQueries.kabupatenBalances, ["lpg-3kg", "63.71"])
        #expect(kabupaten == ["SEARCH stock_balances USING COVERING INDEX stock_balances_by_kabupaten_price (commodity=? AND <expr>=?)"],
                "the kabupaten/kota's balances in price order from its index, no sort: \(kabupaten)")
        let totals = try ReportQueryPlanTests.plan(AvailabilityQueries.kabupatenTotals, ["lpg-3kg", "63", "63/"])
        #expect(totals == ["SEARCH stock_kabupaten_totals USING PRIMARY KEY (commodity=? AND kabupaten>? AND kabupaten<?)"],
                "\(totals)")
        let outlet = try ReportQueryPlanTests.plan(AvailabilityQueries.listedOutlet, ["out_a", "63.71.01.1001"])
        #expect(ReportQueryPlanTests.fullScans(outlet).isEmpty && outlet.count == 3, "\(outlet)")
        #expect(outlet.allSatisfy { $0.hasPrefix("SEARCH") }, "\(outlet)")
        let generation = try ReportQueryPlanTests.plan(AvailabilityQueries.directoryGeneration, [])
        #expect(generation == ["SEARCH directory_generation USING INTEGER PRIMARY KEY (rowid=?)"], "\(generation)")
    }

    @Test func theShelfSeeksBalancesCatalogueAndPrices() throws {
        let plan = try ReportQueryPlanTests.plan(StockQueries.shelf, ["out_a", nil as String?])
        #expect(ReportQueryPlanTests.fullScans(plan).isEmpty, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH p USING PRIMARY KEY") }, "\(plan)")
    }
}

/// The band in force is found by index seeks, one per level of the region's lineage, each without a sort: the
/// index holds the whole order (migration 17; a price report looks up four or five levels in one statement).
@Suite struct BandQueryPlanTests {
    @Test func eachLevelIsOneSeekOfTheBandIndex() throws {
        let plan = try ReportQueryPlanTests.plan(BandQueries.effectiveInLineage,
                                                 ["lpg-3kg", "63.71.01.1001", "63.71.01", "63.71", "63", "", 1_761_152_400_000])
        let level = "SEARCH bands USING COVERING INDEX bands_in_force (commodity=? AND region=? AND effective_from<?)"
        let reads = plan.filter { !$0.hasPrefix("SCALAR SUBQUERY") }
        #expect(reads == ["SEARCH bands USING INTEGER PRIMARY KEY (rowid=?)"] + Array(repeating: level, count: 5), "\(plan)")
    }
}
