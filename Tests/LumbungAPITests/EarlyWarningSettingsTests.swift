import LumbungCore
import Testing

/// The `earlyWarningThresholds` setting reaches the report and the regional alerts.
@Suite struct EarlyWarningSettingsTests {
    @Test func theReportAndTheAlertsUseTheConfiguredThresholds() throws {
        let app = try TestApp { $0.api.earlyWarningThresholds = WarningThresholds(waspada: 5, siaga: 10, awas: 15)! }
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 15000, commodity: "gula-pasir", observedAt: "2025-10-16T03:00:00Z", token: world.admin)
        try app.reportPrice(world.outletID, 15900, commodity: "gula-pasir", token: world.admin)   // +6,0 %
        let report = try app.request("GET", "/v1/reports/early-warning?commodity=gula-pasir&region=63.71")
        #expect(report.number("thresholds.waspada") == "5")
        #expect(report.number("thresholds.awas") == "15")
        #expect(report.string("overall.level") == "waspada")
        #expect(try app.alerts("kind=regional_price_rise", token: world.admin).string("items.0.level") == "waspada")
    }
}
