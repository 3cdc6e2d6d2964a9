import MicroHTTP

/// Schemas of the price, band and alert routes, used inline by their paths.
extension OpenAPISchemas {
    /// A price band as answered.
    static let band = record(["id", "commodity", "region", "min", "max", "effectiveFrom", "source", "createdAt"], [
        ("id", stringSchema), ("commodity", commodityID), ("region", bandRegion),
        ("min", nullable("integer")), ("max", nullable("integer")), ("effectiveFrom", dateTime),
        ("source", nullable("string")), ("createdAt", dateTime),
    ])

    /// A band as sent: at least one of `min` and `max`, `min` ≤ `max`.
    static let bandInput = JSON.object([
        ("type", .string("object")), ("required", .array(["commodity", "region", "effectiveFrom"].map(JSON.string))),
        ("properties", .object([
            ("commodity", commodityField),
            ("region", pattern(#"^(?:|[ \t]*(?:"# + regionShape + #")[ \t]*)$"#, """
                "" (national: admin only) or a region code; an officer only within its own region.
                """)),
            ("min", orNull(rupiah)), ("max", orNull(rupiah)),
            ("effectiveFrom", .object([("type", .string("string")), ("format", .string("date-time")),
                                       ("description", .string("Not before 2000-01-01; a future one takes effect when it comes."))])),
            ("source", orNull(text(500))),
        ])),
        ("anyOf", .array([present("min"), present("max")])),
    ])

    /// A price report as answered.
    static let priceReport = record(priceReportFields.map(\.key), priceReportFields)

    /// The fields of a price report, all required.
    private static let priceReportFields: [(key: String, value: JSON)] = [
        ("id", stringSchema), ("outletId", stringSchema), ("commodity", commodityID), ("price", rupiah),
        ("observedAt", dateTime), ("recordedAt", dateTime), ("status", priceStatus),
        ("band", orNull(band)),
    ]

    /// A new price report as answered: the report and whether its price looks like a typo.
    static let recordedPrice = record(priceReportFields.map(\.key) + ["implausible"], priceReportFields + [
        ("implausible", described("boolean", """
            True when the price is more than twice the band's max or under half its min: more likely a typing \
            mistake than a price. The report is recorded all the same; send a corrected one if it was a mistake.
            """)),
    ])

    /// A price report as sent; the commodity must be in the catalogue.
    static let priceInput = record(["commodity", "price"], [
        ("commodity", commodityField), ("price", rupiah), ("observedAt", orNull(inputTime)),
    ])

    /// The four price statuses.
    static let priceStatus = oneOf(["in_band", "above_band", "below_band", "no_band"])

    /// An RFC 3339 time as sent: now when absent, at most 5 minutes in the future.
    static let inputTime = JSON.object([("type", .string("string")), ("format", .string("date-time")),
                                        ("description", .string("Defaults to now; at most 5 minutes in the future; not before 2000-01-01 (422)."))])

    /// A price in whole Rupiah.
    static let rupiah = JSON.object([("type", .string("integer")), ("minimum", .int(1)),
                                     ("maximum", .int(1_000_000_000_000)), ("description", .string("Whole Rupiah."))])

    /// A band's region as answered: `""` for the whole country, else a region code.
    private static let bandRegion = pattern("^(\(regionShape))?$", "\"\" for the whole country, else a region code.")

    /// `field` is present and not null.
    private static func present(_ field: String) -> JSON {
        .object([("required", .array([.string(field)])), ("properties", .object([(field, .object([("type", .string("integer"))]))]))])
    }
}
