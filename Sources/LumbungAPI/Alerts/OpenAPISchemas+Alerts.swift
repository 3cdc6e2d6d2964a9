import MicroHTTP

/// Schemas of alerts and their trails, used inline by `OpenAPIPaths.alerts`.
extension OpenAPISchemas {
    /// An alert as listed.
    static let alert = record(alertKeys, alertProperties)

    /// An alert with its event trail.
    static let alertDetail = record(alertKeys + ["events"], alertProperties + [("events", array(of: alertEvent))])

    /// One server-sent event of the alert stream (of the default type, `message`): `id` the event number, `data`
    /// the alert now with the event under `event`. The stream opens with `retry: 3000` and no data.
    static let alertStreamEvent = record(["id", "data"], [
        ("id", pattern("^[0-9]+$", "The event number; send it back as Last-Event-ID to resume.")),
        ("data", .object([("type", .string("string")), ("contentMediaType", .string("application/json")),
                          ("contentSchema", record(alertKeys + ["event"], alertProperties + [("event", alertEvent)]))])),
    ])

    /// One entry of an alert's trail.
    static let alertEvent = record(["at", "type", "value", "actor", "note"], [
        ("at", dateTime), ("type", oneOf(["opened", "updated", "acknowledged", "resolved"])),
        ("value", alertValue), ("actor", nullable("string", "The acting token's name; null for the service itself.")),
        ("note", nullable("string")),
    ])

    /// The body of acknowledge and resolve.
    static let alertNoteInput = JSON.object([("type", .string("object")), ("properties", .object([("note", orNull(text(1000)))]))])

    /// The keys of an alert.
    private static let alertKeys = ["id", "kind", "status", "outletId", "outletName", "cooperativeId", "region", "commodity",
                                    "value", "band", "openedAt", "updatedAt", "resolvedAt", "acknowledgement", "message",
                                    "level"]

    /// The properties of an alert.
    private static let alertProperties: [(key: String, value: JSON)] = [
        ("id", stringSchema),
        ("kind", oneOf(["price_above_band", "price_below_band", "out_of_stock", "low_stock", "stale_price",
                        "regional_price_rise"])),
        ("status", oneOf(["open", "resolved"])),
        ("outletId", nullable("string", "Null for regional_price_rise.")),
        ("outletName", nullable("string", "Null for regional_price_rise.")),
        ("cooperativeId", nullable("string", "Null for regional_price_rise.")),
        ("region", described("string", "The outlet's village, or the kabupaten/kota of a regional_price_rise.")),
        ("commodity", commodityID), ("value", alertValue), ("band", orNull(band)), ("openedAt", dateTime),
        ("updatedAt", dateTime), ("resolvedAt", orNull(dateTime)),
        ("acknowledgement", orNull(record(["by", "at", "note"], [
            ("by", described("string", "The acknowledging token's name.")), ("at", dateTime), ("note", nullable("string")),
        ]))),
        ("message", described("string", "A short Indonesian sentence for people.")),
        ("level", .object([("enum", .array(["normal", "waspada", "siaga", "awas"].map(JSON.string) + [.null])),
                           ("description", .string("regional_price_rise: the warning level (normal once resolved); null for outlet alerts."))])),
    ]

    /// The figure of an alert.
    private static let alertValue = nullable("number", """
        Price alerts and stale_price: the latest price in whole Rupiah (null for stale_price when no price was ever \
        reported). Stock alerts: the balance as a quantity. regional_price_rise: changeWeek, the week-on-week change \
        of the kabupaten's median in percent (one decimal).
        """)
}
