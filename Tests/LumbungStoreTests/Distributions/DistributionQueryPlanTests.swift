import Testing
@testable import LumbungStore

/// The reads of stored distributions seek their key and never touch `price_reports`; the write
/// path's look into an outlet's history seeks its index.
@Suite struct DistributionQueryPlanTests {
    @Test func rowsInForceSkipFromRegionToRegionAndSeekTheLatestDay() throws {
        let plan = try ReportQueryPlanTests.plan(PriceDistributionQueries.inForce, ["beras-medium", 2, "63", "63/", 20_600])
        #expect(ReportQueryPlanTests.fullScans(plan).filter { !$0.hasPrefix("SCAN r") }.isEmpty, "\(plan)")
        #expect(!plan.contains { $0.contains("price_reports") }, "\(plan)")
        #expect(plan.contains { $0.contains("price_distributions") && $0.contains("commodity=? AND level=? AND region=? AND day=?") },
                "\(plan)")
    }

    @Test func windowsReadEachRegionsDaysFromTheKey() throws {
        let plan = try ReportQueryPlanTests.plan(PriceDistributionQueries.window, ["beras-medium", 1, "", "~", 20_570, 20_600])
        #expect(ReportQueryPlanTests.fullScans(plan).filter { !$0.hasPrefix("SCAN r") }.isEmpty, "\(plan)")
        #expect(!plan.contains { $0.contains("price_reports") }, "\(plan)")
        #expect(plan.contains { $0.contains("price_distributions") && $0.contains("day>? AND day<?") }, "\(plan)")
    }

    @Test func theWritePathSeeksTheOutletsHistoryTwiceInOneStatement() throws {
        let plan = try ReportQueryPlanTests.plan(PriceReportQueries.neighbours, [7, "beras-medium", 5, 9])
        #expect(ReportQueryPlanTests.fullScans(plan).filter { $0 != "SCAN CONSTANT ROW" }.isEmpty, "\(plan)")
        #expect(plan.filter { $0.contains("price_report_rows USING PRIMARY KEY (outlet=? AND commodity=?") }.count == 2,
                "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
