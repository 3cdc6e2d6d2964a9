import MicroHTTP

/// Schemas of the price, band and alert routes, used inline by their paths.
extension OpenAPISchemas {
    /// A price band as answered.
    static let band = record(["id", "commodity", "region", "min", "max", "effectiveFrom", "source", "createdAt"], [
        ("id", stringSchema), ("commodity", stringSchema),
        ("region", described("string", "\"\" for the whole country, else a region code prefix.")),
        ("min", optional("integer")), ("max", optional("integer")), ("effectiveFrom", dateTime),
        ("source", optional("string")), ("createdAt", dateTime),
    ])

    /// A band, or null when none applies.
    static let bandOrNull = JSON.object([("oneOf", .array([band, .object([("type", .string("null"))])]))])

    /// A band as sent.
    static let bandInput = record(["commodity", "region", "effectiveFrom"], [
        ("commodity", described("string", "A commodity id from the catalogue.")),
        ("region", described("string", "\"\" (national: admin only) or a region code; an officer only within its own region.")),
        ("min", .object([("type", .string("integer")), ("minimum", .int(1))])),
        ("max", .object([("type", .string("integer")), ("minimum", .int(1)),
                         ("description", .string("At least one of min and max; min ≤ max."))])),
        ("effectiveFrom", dateTime), ("source", limited(500)),
    ])

    /// A price report as answered.
    static let priceReport = record(["id", "outletId", "commodity", "price", "observedAt", "recordedAt", "status", "band"], [
        ("id", stringSchema), ("outletId", stringSchema), ("commodity", stringSchema),
        ("price", .object([("type", .string("integer")), ("minimum", .int(1))])),
        ("observedAt", dateTime), ("recordedAt", dateTime), ("status", priceStatus),
        ("band", bandOrNull),
    ])

    /// A price report as sent.
    static let priceInput = record(["commodity", "price"], [
        ("commodity", described("string", "A commodity id from the catalogue.")),
        ("price", .object([("type", .string("integer")), ("minimum", .int(1)), ("description", .string("Whole Rupiah."))])),
        ("observedAt", .object([("type", .string("string")), ("format", .string("date-time")),
                                ("description", .string("Defaults to now; at most 5 minutes in the future."))])),
    ])

    /// An alert as listed.
    static let alert = record(alertKeys, alertProperties)

    /// An alert with its event trail.
    static let alertDetail = record(alertKeys + ["events"], alertProperties + [
        ("events", .object([("type", .string("array")), ("items", alertEvent)])),
    ])

    /// One entry of an alert's trail.
    static let alertEvent = record(["at", "type", "value", "actor", "note"], [
        ("at", dateTime),
        ("type", .object([("type", .string("string")), ("enum", .array(["opened", "updated", "acknowledged", "resolved"]
            .map(JSON.string)))])),
        ("value", alertValue),
        ("actor", optional("string")),
        ("note", optional("string")),
    ])

    /// The body of acknowledge and resolve.
    static let alertNoteInput = record([], [("note", limited(1000))])

    /// The four price statuses.
    static let priceStatus = JSON.object([
        ("type", .string("string")), ("enum", .array(["in_band", "above_band", "below_band", "no_band"].map(JSON.string))),
    ])

    /// The keys of an alert.
    private static let alertKeys = ["id", "kind", "status", "outletId", "outletName", "cooperativeId", "region", "commodity",
                                    "value", "band", "openedAt", "updatedAt", "resolvedAt", "acknowledgement", "message"]

    /// The properties of an alert.
    private static let alertProperties: [(key: String, value: JSON)] = [
        ("id", stringSchema),
        ("kind", .object([("type", .string("string")), ("enum", .array(["price_above_band", "price_below_band", "out_of_stock",
                                                                        "low_stock", "stale_price"].map(JSON.string)))])),
        ("status", .object([("type", .string("string")), ("enum", .array(["open", "resolved"].map(JSON.string)))])),
        ("outletId", stringSchema), ("outletName", stringSchema), ("cooperativeId", stringSchema), ("region", stringSchema),
        ("commodity", stringSchema), ("value", alertValue), ("band", bandOrNull), ("openedAt", dateTime),
        ("updatedAt", dateTime),
        ("resolvedAt", .object([("type", .array([.string("string"), .string("null")])), ("format", .string("date-time"))])),
        ("acknowledgement", .object([("oneOf", .array([
            record(["by", "at", "note"], [("by", stringSchema), ("at", dateTime), ("note", optional("string"))]),
            .object([("type", .string("null"))]),
        ]))])),
        ("message", described("string", "A short Indonesian sentence for people.")),
    ]

    /// The figure of an alert.
    private static let alertValue = JSON.object([
        ("type", .array([.string("number"), .string("null")])),
        ("description", .string("""
            Price alerts and stale_price: the latest price in whole Rupiah (null for stale_price when no price was ever \
            reported). Stock alerts: the balance as a quantity.
            """)),
    ])
}
