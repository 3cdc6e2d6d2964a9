import Testing
@testable import LumbungStore

/// The alert list reads newest first from an index, without sorting every open alert.
@Suite struct AlertQueryPlanTests {
    @Test func allOpenAlertsAreReadInIndexOrder() throws {
        let query = "\(AlertRows.select) WHERE a.status = ? ORDER BY a.seq DESC LIMIT ?"
        let plan = try ReportQueryPlanTests.plan(query, ["open", 51])
        #expect(plan.first == "SEARCH a USING INDEX alerts_by_status (status=?)", "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
