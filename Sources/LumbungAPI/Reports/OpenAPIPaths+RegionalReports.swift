import MicroHTTP

/// The early-warning and coverage reports for the dinas (both public).
extension OpenAPIPaths {
    /// The early-warning and coverage paths.
    static let regionalReports: [(key: String, value: JSON)] = [
        ("/v1/reports/early-warning", .object([("get", OpenAPIOperation(
            id: "earlyWarningReport", summary: "Week-on-week rises, levels and stability per child region (public)",
            description: """
                Per child region of region (provinces for the whole country): median as in the price report (each \
                outlet's latest price observed before the end of the day, however old), medianWeekAgo for date − 7 \
                days, medianMonthAgo for date − 30 days; changeWeek and changeMonth the percent change of the median \
                against them (one decimal, null when either median is null); level from changeWeek: normal below \
                thresholds.waspada, waspada, siaga and awas from their thresholds (setting earlyWarningThresholds, \
                default 8, 12, 20); aboveBandShare the percent of reporting outlets above their own band; cv across \
                outlets that day; cvMonth the CV of the daily medians of the 30 days ending at date (days with a \
                median only; null with fewer than 2). With Accept: text/csv, an RFC 4180 table: one row per child, \
                then the whole region as the last row.
                """,
            parameters: [
                commodity, OpenAPIParameters.query("region", "A region code; the whole country when absent.", OpenAPISchemas.regionCode),
                OpenAPIParameters.query("date", "The day in the report time zone; today when absent.", OpenAPISchemas.date),
            ],
            answers: [csvOrJSON("The report", OpenAPISchemas.earlyWarningReport)],
            problems: [.malformed("A missing or malformed parameter"), .notFound("No such commodity, or no such region"),
                       reportLimit]).json)])),
        ("/v1/reports/coverage", .object([("get", OpenAPIOperation(
            id: "coverageReport", summary: "Villages, cooperatives, outlets and active outlets per child region (public)",
            description: """
                Per child region of region (provinces for the whole country): villages (level-4 regions of the loaded \
                list), cooperatives and outlets registered, outletsActive the outlets with a movement or price report \
                recorded in the last days (24-hour periods back from now), activeShare their percent of outlets (one \
                decimal; null without outlets). Children are every region of the loaded list one level down plus any \
                other holding a cooperative or outlet. With Accept: text/csv, an RFC 4180 table.
                """,
            parameters: [
                OpenAPIParameters.query("region", "A region code; the whole country when absent.", OpenAPISchemas.regionCode),
                OpenAPIParameters.query("days", "How many days back a report makes an outlet active (1–90, default 7).",
                                        .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(90))])),
            ],
            answers: [csvOrJSON("The report", OpenAPISchemas.coverageReport)],
            problems: [.malformed("A malformed parameter"), .notFound("No such region"), reportLimit]).json)])),
    ]

    /// The required `commodity` of the early-warning report.
    private static let commodity = OpenAPIParameters.query("commodity", "A commodity id, e.g. lpg-3kg.", OpenAPISchemas.commodityID,
                                                          required: true)

    /// A report answered as JSON, or as CSV when asked for with `Accept: text/csv`.
    private static func csvOrJSON(_ description: String, _ schema: JSON) -> OpenAPIOperation.Answer {
        OpenAPIOperation.Answer(status: 200, description: description, content: [
            ("application/json", .object([("schema", schema)])),
            ("text/csv", .object([("schema", OpenAPISchemas.described("string", "RFC 4180 with a header row."))])),
        ])
    }
}
