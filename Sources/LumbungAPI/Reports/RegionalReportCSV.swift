import LumbungCore
import MicroHTTP

/// CSV renderings of the early-warning and coverage reports: one row per child region, then the whole
/// region as the last row (its own code, `""` for the whole country), with the same figures as the JSON.
enum RegionalReportCSV {
    /// `date, commodity, regionCode, regionName, <figures>, bandMin, bandMax`.
    static func earlyWarning(_ report: EarlyWarningReport) -> CSVTable {
        let keys = RegionalReportJSON.warningFigures(report.overall).map(\.key)
        var table = CSVTable(header: ["date", "commodity", "regionCode", "regionName"] + keys + ["bandMin", "bandMax"])
        for row in report.children + [report.overall] {
            table.rows.append([.string(report.date.description), .string(report.commodity.id.rawValue),
                               .string(row.region.scope.description), .string(row.region.name)]
                              + RegionalReportJSON.warningFigures(row).map(\.value)
                              + [.int(row.band?.min?.rawValue), .int(row.band?.max?.rawValue)])
        }
        return table
    }

    /// `days, regionCode, regionName, villages, cooperatives, outlets, outletsActive, activeShare`.
    static func coverage(_ report: CoverageReport, days: Int) -> CSVTable {
        let keys = RegionalReportJSON.coverageFigures(report.overall).map(\.key)
        var table = CSVTable(header: ["days", "regionCode", "regionName"] + keys)
        for row in report.children + [report.overall] {
            table.rows.append([.int(days), .string(row.region.scope.description), .string(row.region.name)]
                              + RegionalReportJSON.coverageFigures(row).map(\.value))
        }
        return table
    }
}
