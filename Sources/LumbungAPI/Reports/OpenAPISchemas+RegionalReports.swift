import MicroHTTP

/// Schemas of the early-warning and coverage reports, used inline by `OpenAPIPaths.regionalReports`.
extension OpenAPISchemas {
    /// One row of the early-warning report.
    static let earlyWarningRow = record(["region", "outletsReporting", "median", "medianWeekAgo", "medianMonthAgo",
                                         "changeWeek", "changeMonth", "level", "band", "aboveBandShare", "cv", "cvMonth"], [
        ("region", regionLabel), ("outletsReporting", nonNegative),
        ("median", nullable("integer")), ("medianWeekAgo", nullable("integer")), ("medianMonthAgo", nullable("integer")),
        ("changeWeek", nullable("number", "Percent, one decimal.")), ("changeMonth", nullable("number", "Percent, one decimal.")),
        ("level", .object([("enum", .array(["normal", "waspada", "siaga", "awas"].map(JSON.string) + [.null]))])),
        ("band", orNull(band)),
        ("aboveBandShare", nullable("number", "Percent of reporting outlets above their own band, one decimal.")),
        ("cv", nullable("number", "Across outlets that day, to 4 decimals.")),
        ("cvMonth", nullable("number", "Of the daily medians of the 30 days ending at date, to 4 decimals.")),
    ])

    /// The early-warning report.
    static let earlyWarningReport = record(["commodity", "region", "date", "thresholds", "overall", "children"], [
        ("commodity", commodity), ("region", regionLabel), ("date", date),
        ("thresholds", record(["waspada", "siaga", "awas"], [
            ("waspada", numberSchema), ("siaga", numberSchema), ("awas", numberSchema),
        ])),
        ("overall", earlyWarningRow), ("children", array(of: earlyWarningRow)),
    ])

    /// One row of the coverage report.
    static let coverageRow = record(["region", "villages", "cooperatives", "outlets", "outletsActive", "activeShare"], [
        ("region", regionLabel), ("villages", nonNegative), ("cooperatives", nonNegative), ("outlets", nonNegative),
        ("outletsActive", nonNegative), ("activeShare", nullable("number", "Percent of outlets, one decimal.")),
    ])

    /// The coverage report.
    static let coverageReport = record(["region", "days", "overall", "children"], [
        ("region", regionLabel), ("days", .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(90))])),
        ("overall", coverageRow), ("children", array(of: coverageRow)),
    ])

    /// A number.
    private static let numberSchema = JSON.object([("type", .string("number"))])

    /// A count, 0 or more.
    private static let nonNegative = JSON.object([("type", .string("integer")), ("minimum", .int(0))])
}
