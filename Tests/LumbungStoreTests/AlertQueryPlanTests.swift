import Testing
@testable import LumbungStore

/// The alert list reads newest first from an index, without sorting every open alert; a price report reads its
/// outlet's open price alerts with one seek per kind.
@Suite struct AlertQueryPlanTests {
    @Test func allOpenAlertsAreReadInIndexOrder() throws {
        let query = "\(AlertRows.select) WHERE a.status = ? ORDER BY a.seq DESC LIMIT ?"
        let plan = try ReportQueryPlanTests.plan(query, ["open", 51])
        #expect(plan.first == "SEARCH a USING INDEX alerts_by_status (status=?)", "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test func anOutletsOpenPriceAlertsAreThreeSeeksOfTheOpenAlertIndex() throws {
        let plan = try ReportQueryPlanTests.plan(AlertLedger.openPriceAlertsSQL, ["out_1", "lpg-3kg"])
        let seeks = plan.filter { $0 == "SEARCH alerts USING INDEX alerts_one_open (kind=? AND outlet_id=? AND commodity=?)" }
        #expect(seeks.count == 3, "\(plan)")
        #expect(!plan.contains { $0.contains("alerts_by_status") || $0.contains("TEMP B-TREE") || $0.hasPrefix("SCAN") }, "\(plan)")
    }
}
