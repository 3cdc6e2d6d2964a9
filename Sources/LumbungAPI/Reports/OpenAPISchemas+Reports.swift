import MicroHTTP

/// Schemas of the stock check and the price reports, used inline by `OpenAPIPaths.reports`.
extension OpenAPISchemas {
    /// A region as reports show it; the whole country is `{"code":"","name":"Indonesia"}`.
    static let regionLabel = record(["code", "name"], [
        ("code", described("string", "A region code, or \"\" for the whole country.")),
        ("name", nullable("string", "Null when the region list does not hold the code.")),
    ])

    /// The stock check's answer.
    static let availability = record(["commodity", "region", "outletsWithStock", "totalQuantity", "items"], [
        ("commodity", commodity),
        ("region", .object([("oneOf", .array([regionLabel, null])),
                            ("description", .string("The region searched; null when only near was given."))])),
        ("outletsWithStock", .object([("type", .string("integer")), ("minimum", .int(0)),
                                      ("description", .string("Every matching outlet, before limit."))])),
        ("totalQuantity", .object([("type", .string("number")), ("minimum", .int(0)),
                                   ("description", .string("The stock of every matching outlet added up, before limit."))])),
        ("items", array(of: availableOutlet)),
    ])

    /// One outlet of the stock check.
    static let availableOutlet = record(["outletId", "outletName", "cooperativeName", "region", "quantity", "price",
                                         "priceStatus", "priceObservedAt", "stockUpdatedAt", "address", "latitude",
                                         "longitude"], [
        ("outletId", stringSchema), ("outletName", stringSchema), ("cooperativeName", stringSchema),
        ("region", regionLabel), ("quantity", .object([("type", .string("number")), ("exclusiveMinimum", .int(0))])),
        ("price", nullable("integer", "The current price in whole Rupiah; null when none was reported.")),
        ("priceStatus", priceStatusOrNull), ("priceObservedAt", orNull(dateTime)), ("stockUpdatedAt", dateTime),
        ("address", nullable("string")), ("latitude", nullable("number")), ("longitude", nullable("number")),
        ("distanceKm", .object([("type", .string("number")), ("minimum", .int(0)), ("description", .string(
            "Great-circle distance from near, to 0.01 km; present only when near was given."))])),
    ])

    /// One row of the daily report.
    static let reportRow = record(["region", "outletsReporting", "min", "median", "max", "mean", "cv", "aboveBand",
                                   "belowBand", "band"], [
        ("region", regionLabel), ("outletsReporting", count),
        ("min", nullable("integer")), ("median", nullable("integer")), ("max", nullable("integer")),
        ("mean", nullable("integer", "The mean price rounded half up to whole Rupiah.")),
        ("cv", nullable("number", "Population standard deviation / mean, to 4 decimals; null with fewer than 2 prices.")),
        ("aboveBand", count), ("belowBand", count), ("band", orNull(band)),
    ])

    /// The daily price report.
    static let dailyReport = record(["commodity", "region", "date", "band", "overall", "children"], [
        ("commodity", commodity), ("region", regionLabel), ("date", date),
        ("band", orNull(band)), ("overall", reportRow), ("children", array(of: reportRow)),
    ])

    /// The daily price series.
    static let priceSeries = record(["commodity", "region", "from", "to", "items"], [
        ("commodity", commodity), ("region", regionLabel), ("from", date), ("to", date),
        ("items", array(of: record(["date", "outletsReporting", "min", "median", "max", "bandMin", "bandMax"], [
            ("date", date), ("outletsReporting", count), ("min", nullable("integer")), ("median", nullable("integer")),
            ("max", nullable("integer")), ("bandMin", nullable("integer")), ("bandMax", nullable("integer")),
        ]))),
    ])

    /// A count, 0 or more.
    private static let count = JSON.object([("type", .string("integer")), ("minimum", .int(0))])
}
