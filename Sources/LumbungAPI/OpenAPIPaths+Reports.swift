import MicroHTTP

/// The stock check and the dinas price reports (all public).
extension OpenAPIPaths {
    /// The availability and report paths.
    static let reports: [(key: String, value: JSON)] = [
        ("/v1/availability", .object([("get", operation("""
            The stock check (public): outlets holding the commodity (quantity > 0) with their price. At least one of \
            region and near is required. With near, only outlets with coordinates within radiusKm, nearest first (then \
            by outlet id), each with distanceKm; with both, outlets must satisfy both. Without near: cheapest first, \
            unpriced outlets last, then most stock first, then by outlet id. outletsWithStock and totalQuantity count \
            every matching outlet before limit. An unknown commodity, or a region missing from the loaded region list, \
            is 404. Answers are kept until the next committed write (never staler than the last write); send \
            Cache-Control: no-cache to compute afresh.
            """, parameters: [
                required("commodity", "A commodity id, e.g. lpg-3kg."),
                regionFilter,
                query("near", "A point as LAT,LON in decimal degrees, e.g. -3.32,114.59."),
                query("radiusKm", "Search radius around near, greater than 0 and at most 100 (default 10); ignored without near.",
                      type: "number"),
                query("limit", "At most this many items (default 50, above 500 is clamped to 500).", type: "integer"),
            ], responses: [
                ("200", jsonResponse("The outlets with stock and the totals", OpenAPISchemas.availability)),
                ("400", problemResponse("A missing or malformed parameter (commodity, region, near, radiusKm, limit)")),
                ("404", problemResponse("No such commodity, or no such region")),
            ]))])),
        ("/v1/reports/prices", .object([("get", operation("""
            Prices at the end of a day (public), per child region of region (provinces for the whole country): \
            each outlet's latest price observed before the end of the day in the report time zone, however old. \
            band is the band in force for the region itself at the end of the day; each row carries the band of \
            its own region; aboveBand/belowBand count outlets judged against the band in force at the end of the \
            day for their own village. Children are every region of the loaded list one level down (rows with \
            no reports have outletsReporting 0 and null figures) plus any other child in which an outlet reported. \
            The median of an even count is the mean of the two middle prices rounded half up. With \
            Accept: text/csv, an RFC 4180 table: one row per child, then the whole region as the last row.
            """, parameters: [
                required("commodity", "A commodity id, e.g. lpg-3kg."),
                query("region", "A region code; the whole country when absent."),
                query("date", "YYYY-MM-DD in the report time zone; today when absent."),
            ], responses: [
                ("200", reportResponse("The report", OpenAPISchemas.dailyReport)),
                ("400", problemResponse("A missing or malformed parameter")),
                ("404", problemResponse("No such commodity, or no such region")),
            ]))])),
        ("/v1/reports/prices/series", .object([("get", operation("""
            A daily series (public): for each day from from to to (inclusive, at most 366 days), the whole region as \
            the daily report's overall row counts it (each outlet's latest price observed before the end of that day, \
            however old), and the band in force for the region at the end of that day. With Accept: text/csv, an \
            RFC 4180 table with one row per day.
            """, parameters: [
                required("commodity", "A commodity id, e.g. lpg-3kg."),
                query("region", "A region code; the whole country when absent."),
                query("from", "First day, YYYY-MM-DD; 29 days before to when absent."),
                query("to", "Last day, YYYY-MM-DD; today when absent."),
            ], responses: [
                ("200", reportResponse("The series", OpenAPISchemas.priceSeries)),
                ("400", problemResponse("A missing or malformed parameter, from after to, or more than 366 days")),
                ("404", problemResponse("No such commodity, or no such region")),
            ]))])),
    ]

    /// A required query parameter.
    private static func required(_ name: String, _ description: String) -> JSON {
        .object([("name", .string(name)), ("in", .string("query")), ("required", .bool(true)),
                 ("description", .string(description)), ("schema", OpenAPISchemas.stringSchema)])
    }

    /// A report answered as JSON, or as CSV when asked for with `Accept: text/csv`.
    private static func reportResponse(_ description: String, _ schema: JSON) -> JSON {
        .object([("description", .string(description)), ("content", .object([
            ("application/json", .object([("schema", schema)])),
            ("text/csv", .object([("schema", OpenAPISchemas.stringSchema)])),
        ]))])
    }
}
