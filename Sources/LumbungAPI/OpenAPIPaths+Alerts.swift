import MicroHTTP

/// The alert routes: lists, one alert with its trail, acknowledgement, resolution and the live stream.
extension OpenAPIPaths {
    /// The alert paths.
    static let alerts: [(key: String, value: JSON)] = [
        ("/v1/alerts", .object([
            ("get", operation("""
                Alerts, newest opened first. Not public: an officer sees its region (a wider region filter is narrowed \
                to it, a region outside it is 403), a shopkeeper its own cooperative's outlets, an admin everything.
                """, parameters: [
                    query("status", "open (default), resolved or all."),
                    query("kind", "price_above_band, price_below_band, out_of_stock, low_stock or stale_price."),
                    query("commodity", "Only this commodity."), regionFilter, query("outletId", "Only this outlet."),
                    query("acknowledged", "true or false."),
                ] + pageParameters,
                responses: [("200", jsonResponse("One page of alerts", OpenAPISchemas.page(of: OpenAPISchemas.alert)))]
                    + readProblems)),
        ])),
        ("/v1/alerts/{id}", .object([
            ("get", operation("One alert with its append-only event trail, oldest first",
                              parameters: [path("id")],
                              responses: [("200", jsonResponse("The alert", OpenAPISchemas.alertDetail)),
                                          ("404", problemResponse("No such alert"))] + readProblems)),
        ])),
        ("/v1/alerts/{id}/acknowledge", .object([
            ("post", operation("""
                Acknowledge an open or resolved alert with an optional note (officer over its region, admin; a \
                shopkeeper may read but not acknowledge). A later acknowledgement replaces the shown one; each is an event.
                """, parameters: [path("id"), idempotencyKey], body: optionalBody(OpenAPISchemas.alertNoteInput),
                responses: [("200", jsonResponse("The alert with its trail", OpenAPISchemas.alertDetail)),
                            ("404", problemResponse("No such alert"))] + writeProblems)),
        ])),
        ("/v1/alerts/{id}/resolve", .object([
            ("post", operation("""
                Resolve an open alert by hand with an optional note (officer over its region, admin). If the condition \
                still holds, the next price report or balance change opens a new alert.
                """, parameters: [path("id"), idempotencyKey], body: optionalBody(OpenAPISchemas.alertNoteInput),
                responses: [("200", jsonResponse("The alert with its trail", OpenAPISchemas.alertDetail)),
                            ("404", problemResponse("No such alert")),
                            ("409", problemResponse("conflict: the alert is already resolved"))] + writeProblems)),
        ])),
        ("/v1/alerts/stream", .object([
            ("get", operation("""
                Server-sent events: every alert event (opened, updated, acknowledged, resolved) in the caller's scope \
                (as for the list), as `id: <event number>` and `data: <the alert as it is now, with the event under \
                "event">`. A client reconnecting with Last-Event-ID gets every event after that number (events are kept \
                for good); without it the stream starts with the next event. A `: keep-alive` comment line every 15 s.
                """, parameters: [regionFilter, .object([
                    ("name", .string("Last-Event-ID")), ("in", .string("header")), ("required", .bool(false)),
                    ("description", .string("The id of the last event received.")), ("schema", OpenAPISchemas.stringSchema),
                ])],
                responses: [("200", .object([("description", .string("An endless text/event-stream")),
                                             ("content", .object([("text/event-stream",
                                                                   .object([("schema", OpenAPISchemas.stringSchema)]))]))]))]
                    + readProblems)),
        ])),
    ]

    /// The problems of reading alerts.
    private static let readProblems: [(key: String, value: JSON)] = [
        ("400", problemResponse("A malformed query parameter")), ("401", problemResponse("No valid token")),
        ("403", problemResponse("Outside the token's scope")),
    ]

    /// An optional JSON request body.
    private static func optionalBody(_ schema: JSON) -> JSON {
        .object([("required", .bool(false)), ("content", .object([("application/json", .object([("schema", schema)]))]))])
    }
}
