import MicroHTTP

/// The stock check and the dinas price reports (all public).
extension OpenAPIPaths {
    /// The availability and report paths.
    static let reports: [(key: String, value: JSON)] = [
        ("/v1/availability", .object([("get", OpenAPIOperation(
            id: "availability", summary: "The stock check: outlets holding a commodity, with their price (public)",
            description: """
                Outlets holding the commodity (quantity > 0) with their price. At least one of region and near is \
                required. With near, only outlets with coordinates within radiusKm, nearest first (then by outlet id), \
                each with distanceKm; with both, outlets must satisfy both. Without near: cheapest first, unpriced \
                outlets last, then most stock first, then by outlet id. outletsWithStock and totalQuantity count every \
                matching outlet before limit. An unknown commodity, or a region missing from the loaded region list, is \
                404. Answers are kept until the next committed write (never staler than the last write); send \
                Cache-Control: no-cache to compute afresh.
                """,
            parameters: [
                commodity, OpenAPIParameters.regionFilter,
                OpenAPIParameters.query("near", "A point as LAT,LON in decimal degrees, e.g. -3.32,114.59.", OpenAPISchemas.pattern(
                    #"^[-+]?[0-9]+(\.[0-9]+)?,[-+]?[0-9]+(\.[0-9]+)?$"#, "Latitude within ±90, longitude within ±180.")),
                OpenAPIParameters.query("radiusKm", "Search radius around near (default 10); ignored without near.",
                                        .object([("type", .string("number")), ("exclusiveMinimum", .int(0)),
                                                 ("maximum", .int(100))])),
                OpenAPIParameters.limit,
            ],
            answers: [.json(200, "The outlets with stock and the totals", OpenAPISchemas.availability)],
            problems: [.malformed("A missing or malformed parameter (commodity, region, near, radiusKm, limit), or neither region nor near"),
                       .notFound("No such commodity, or no such region")]).json)])),
        ("/v1/reports/prices", .object([("get", OpenAPIOperation(
            id: "priceReport", summary: "Prices at the end of a day, per child region (public)",
            description: """
                Per child region of region (provinces for the whole country): each outlet's latest price observed \
                before the end of the day in the report time zone, however old. band is the band in force for the \
                region itself at the end of the day; each row carries the band of its own region; aboveBand/belowBand \
                count outlets judged against the band in force at the end of the day for their own village. Children \
                are every region of the loaded list one level down (rows with no reports have outletsReporting 0 and \
                null figures) plus any other child in which an outlet reported. The median of an even count is the \
                mean of the two middle prices rounded half up. With Accept: text/csv, an RFC 4180 table: one row per \
                child, then the whole region as the last row.
                """,
            parameters: [
                commodity, OpenAPIParameters.query("region", "A region code; the whole country when absent.", OpenAPISchemas.regionCode),
                OpenAPIParameters.query("date", "The day in the report time zone; today when absent.", OpenAPISchemas.date),
            ],
            answers: [report("The report", OpenAPISchemas.dailyReport)],
            problems: [.malformed("A missing or malformed parameter"), .notFound("No such commodity, or no such region"),
                       reportLimit]).json)])),
        ("/v1/reports/prices/series", .object([("get", OpenAPIOperation(
            id: "priceSeries", summary: "A daily price series for a region (public)",
            description: """
                For each day from from to to (inclusive, at most 366 days), the whole region as the daily report's \
                overall row counts it (each outlet's latest price observed before the end of that day, however old), \
                and the band in force for the region at the end of that day. With Accept: text/csv, an RFC 4180 table \
                with one row per day.
                """,
            parameters: [
                commodity, OpenAPIParameters.query("region", "A region code; the whole country when absent.", OpenAPISchemas.regionCode),
                OpenAPIParameters.query("from", "The first day; 29 days before to when absent.", OpenAPISchemas.date),
                OpenAPIParameters.query("to", "The last day; today when absent.", OpenAPISchemas.date),
            ],
            answers: [report("The series", OpenAPISchemas.priceSeries)],
            problems: [.malformed("A missing or malformed parameter, from after to, or more than 366 days"),
                       .notFound("No such commodity, or no such region"), reportLimit]).json)])),
    ]

    /// The 429 of the reports: one running report per client address and a few in the whole server.
    static let reportLimit = OpenAPIProblem.rateLimited("""
        rate_limited: this client address already has a report running (expensiveRequestsPerClient, default 1), or \
        the server is answering as many reports as it allows at once (expensiveRequestsAtOnce, default 1)
        """)

    /// The required `commodity` of the stock check and the reports.
    private static let commodity = OpenAPIParameters.query("commodity", "A commodity id, e.g. lpg-3kg.", OpenAPISchemas.commodityID,
                                                          required: true)

    /// A report answered as JSON, or as CSV when asked for with `Accept: text/csv`.
    private static func report(_ description: String, _ schema: JSON) -> OpenAPIOperation.Answer {
        OpenAPIOperation.Answer(status: 200, description: description, content: [
            ("application/json", .object([("schema", schema)])),
            ("text/csv", .object([("schema", OpenAPISchemas.described("string", "RFC 4180 with a header row."))])),
        ])
    }
}
