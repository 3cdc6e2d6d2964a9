import LumbungCore
import MicroHTTP

/// JSON bodies of the early-warning and coverage reports.
enum RegionalReportJSON {
    /// `{"commodity","region","date","thresholds","overall","children"}`.
    static func earlyWarning(_ report: EarlyWarningReport) -> JSON {
        .object([
            ("commodity", DirectoryJSON.commodity(report.commodity)),
            ("region", ReportJSON.region(report.region)),
            ("date", .string(report.date.description)),
            ("thresholds", .object([("waspada", .double(report.thresholds.waspada)), ("siaga", .double(report.thresholds.siaga)),
                                    ("awas", .double(report.thresholds.awas))])),
            ("overall", .object(warningRow(report.overall))),
            ("children", .array(report.children.map { .object(warningRow($0)) })),
        ])
    }

    /// An early-warning row: `region` then its figures.
    static func warningRow(_ row: EarlyWarningRow) -> [(key: String, value: JSON)] {
        [("region", ReportJSON.region(row.region))] + warningFigures(row) + [("band", BandJSON.band(row.band))]
    }

    /// The figures of an early-warning row in contract order (without `region` and `band`); CVs to 4 decimals.
    static func warningFigures(_ row: EarlyWarningRow) -> [(key: String, value: JSON)] {
        [
            ("outletsReporting", .int(row.outletsReporting)),
            ("median", .int(row.median?.rawValue)),
            ("medianWeekAgo", .int(row.medianWeekAgo?.rawValue)),
            ("medianMonthAgo", .int(row.medianMonthAgo?.rawValue)),
            ("changeWeek", .double(row.changeWeek)),
            ("changeMonth", .double(row.changeMonth)),
            ("level", .string(row.level?.rawValue)),
            ("aboveBandShare", .double(row.aboveBandShare)),
            ("cv", .double(row.cv.map(fourDecimals))),
            ("cvMonth", .double(row.cvMonth.map(fourDecimals))),
        ]
    }

    /// `{"region","days","overall","children"}`.
    static func coverage(_ report: CoverageReport, days: Int) -> JSON {
        .object([
            ("region", ReportJSON.region(report.region)),
            ("days", .int(days)),
            ("overall", .object(coverageRow(report.overall))),
            ("children", .array(report.children.map { .object(coverageRow($0)) })),
        ])
    }

    /// `{"region","villages","cooperatives","outlets","outletsActive","activeShare"}`.
    static func coverageRow(_ row: CoverageRow) -> [(key: String, value: JSON)] {
        [("region", ReportJSON.region(row.region))] + coverageFigures(row)
    }

    /// The counts of a coverage row and its active share.
    static func coverageFigures(_ row: CoverageRow) -> [(key: String, value: JSON)] {
        [("villages", .int(row.villages)), ("cooperatives", .int(row.cooperatives)), ("outlets", .int(row.outlets)),
         ("outletsActive", .int(row.outletsActive)), ("activeShare", .double(row.activeShare))]
    }

    /// A fraction rounded to 4 decimals, as the price report shows CVs.
    static func fourDecimals(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
