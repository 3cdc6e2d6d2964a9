import MicroHTTP

/// Schemas of the stock check and the price reports, used inline by `OpenAPIPaths.reports`.
extension OpenAPISchemas {
    /// A region as reports show it; the whole country is `{"code":"","name":"Indonesia"}`.
    static let regionLabel = record(["code", "name"], [
        ("code", described("string", "A region code, or \"\" for the whole country.")),
        ("name", .object([("type", .array([.string("string"), .string("null")])),
                          ("description", .string("Null when the region list is not loaded."))])),
    ])

    /// The stock check's answer.
    static let availability = record(["commodity", "region", "outletsWithStock", "totalQuantity", "items"], [
        ("commodity", commodity),
        ("region", .object([("oneOf", .array([regionLabel, .object([("type", .string("null"))])])),
                            ("description", .string("The region searched; null when only near was given."))])),
        ("outletsWithStock", described("integer", "Every matching outlet, before limit.")),
        ("totalQuantity", described("number", "The stock of every matching outlet added up, before limit.")),
        ("items", .object([("type", .string("array")), ("items", availableOutlet)])),
    ])

    /// One outlet of the stock check.
    static let availableOutlet = record(["outletId", "outletName", "cooperativeName", "region", "quantity", "price",
                                         "priceStatus", "priceObservedAt", "stockUpdatedAt"], [
        ("outletId", stringSchema), ("outletName", stringSchema), ("cooperativeName", stringSchema),
        ("region", regionLabel), ("quantity", .object([("type", .string("number")), ("exclusiveMinimum", .int(0))])),
        ("price", optional("integer")),
        ("priceStatus", .object([("type", .array([.string("string"), .string("null")])),
                                 ("enum", .array(["in_band", "above_band", "below_band", "no_band"].map(JSON.string) + [.null]))])),
        ("priceObservedAt", .object([("type", .array([.string("string"), .string("null")])), ("format", .string("date-time"))])),
        ("stockUpdatedAt", dateTime),
        ("distanceKm", described("number", "Great-circle distance from near, to 0.01 km; present only when near was given.")),
    ])

    /// A band as reports carry it, or null.
    static let reportBand = JSON.object([("oneOf", .array([
        record(["id", "commodity", "region", "min", "max", "effectiveFrom", "source", "createdAt"], [
            ("id", stringSchema), ("commodity", stringSchema), ("region", stringSchema),
            ("min", optional("integer")), ("max", optional("integer")), ("effectiveFrom", dateTime),
            ("source", optional("string")), ("createdAt", dateTime),
        ]),
        .object([("type", .string("null"))]),
    ]))])

    /// One row of the daily report.
    static let reportRow = record(["region", "outletsReporting", "min", "median", "max", "mean", "cv", "aboveBand",
                                   "belowBand", "band"], [
        ("region", regionLabel), ("outletsReporting", integerSchema),
        ("min", optional("integer")), ("median", optional("integer")), ("max", optional("integer")),
        ("mean", .object([("type", .array([.string("integer"), .string("null")])),
                          ("description", .string("The mean price rounded half up to whole Rupiah."))])),
        ("cv", .object([("type", .array([.string("number"), .string("null")])),
                        ("description", .string("Population standard deviation / mean, to 4 decimals; null with fewer than 2 prices."))])),
        ("aboveBand", integerSchema), ("belowBand", integerSchema), ("band", reportBand),
    ])

    /// The daily price report.
    static let dailyReport = record(["commodity", "region", "date", "band", "overall", "children"], [
        ("commodity", commodity), ("region", regionLabel), ("date", .object([("type", .string("string")), ("format", .string("date"))])),
        ("band", reportBand), ("overall", reportRow), ("children", .object([("type", .string("array")), ("items", reportRow)])),
    ])

    /// The daily price series.
    static let priceSeries = record(["commodity", "region", "from", "to", "items"], [
        ("commodity", commodity), ("region", regionLabel),
        ("from", .object([("type", .string("string")), ("format", .string("date"))])),
        ("to", .object([("type", .string("string")), ("format", .string("date"))])),
        ("items", .object([("type", .string("array")), ("items", record(
            ["date", "outletsReporting", "min", "median", "max", "bandMin", "bandMax"], [
                ("date", .object([("type", .string("string")), ("format", .string("date"))])),
                ("outletsReporting", integerSchema), ("min", optional("integer")), ("median", optional("integer")),
                ("max", optional("integer")), ("bandMin", optional("integer")), ("bandMax", optional("integer")),
            ]))])),
    ])
}
