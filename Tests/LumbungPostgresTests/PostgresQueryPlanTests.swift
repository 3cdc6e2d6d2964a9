import LumbungCore
import Testing
@testable import LumbungPostgres

/// A region's range is an index range on PostgreSQL whatever the database's collation (region columns are
/// `COLLATE "C"`, as the queries compare them): with sequential scans priced out, the planner must be able
/// to answer each range query from an index.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresQueryPlanTests {
    /// The plan of `sql` with `parameters`, sequential scans disabled.
    static func plan(_ sql: String, _ parameters: [any PostgresBindable], on store: PostgresStore) throws -> String {
        try store.database.write { connection in
            try connection.execute("SET LOCAL enable_seqscan = off")
            return try connection.query("EXPLAIN " + sql, parameters) { $0.string(0) }.joined(separator: "\n")
        }
    }

    /// Whether `plan` seeks the range in `index`: the range is an index condition there, never a filter
    /// applied to rows read (the lateral look into a report history aside).
    static func walksRange(_ plan: String, of index: String) -> Bool {
        let lines = plan.split(separator: "\n")
        return plan.contains(index) && !plan.contains("Seq Scan")
            && lines.contains { $0.contains("Index Cond") && $0.contains(" >= '63.71'") }
            && !lines.contains { $0.contains("Filter") && $0.contains("63.71") }
    }

    @Test func regionRangesOfPricesOutletsCooperativesActivityAndRegionsUseTheirIndexes() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let store = try PostgresStore(uri: uri)
            defer { store.close() }
            let range: [any PostgresBindable] = ["63.71", "63.71/"]
            let latest = try Self.plan(PostgresPriceReportQueries.latestBefore, ["lpg-3kg", Int64(1)] + range, on: store)
            #expect(Self.walksRange(latest, of: "current_prices_by_region"), "\(latest)")
            for (table, index) in [("outlets", "outlets_by_region"), ("cooperatives", "cooperatives_by_region"),
                                   ("outlet_activity", "outlet_activity_by_region")] {
                let plan = try Self.plan("SELECT count(*) FROM \(table) WHERE region COLLATE \"C\" >= $1 AND region COLLATE \"C\" < $2",
                                         range, on: store)
                #expect(Self.walksRange(plan, of: index), "\(table): \(plan)")
            }
            let children = try Self.plan("SELECT code FROM regions WHERE code COLLATE \"C\" >= $1 AND code COLLATE \"C\" < $2", range, on: store)
            #expect(Self.walksRange(children, of: "regions_pkey"), "\(children)")
        }
    }
}
