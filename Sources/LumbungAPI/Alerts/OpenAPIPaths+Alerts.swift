import MicroHTTP

/// The alert routes: lists, one alert with its trail, acknowledgement, resolution and the live stream.
extension OpenAPIPaths {
    /// The alert paths.
    static let alerts: [(key: String, value: JSON)] = [
        ("/v1/alerts", .object([
            ("get", OpenAPIOperation(
                id: "listAlerts", summary: "Alerts, newest opened first",
                description: """
                    Not public: an officer sees its region (a wider region filter is narrowed to it, a region outside \
                    it is 403), a shopkeeper its own cooperative's outlets, an admin everything.
                    """,
                parameters: [
                    OpenAPIParameters.query("status", "open (default), resolved or all.", OpenAPISchemas.oneOf(["open", "resolved", "all"])),
                    OpenAPIParameters.query("kind", "Only this kind.", OpenAPISchemas.oneOf(alertKinds)),
                    OpenAPIParameters.commodityFilter, OpenAPIParameters.regionFilter,
                    OpenAPIParameters.query("outletId", "Only this outlet."),
                    OpenAPIParameters.query("acknowledged", "Only acknowledged (true) or unacknowledged (false) alerts.",
                                            OpenAPISchemas.oneOf(["true", "false"])),
                ] + OpenAPIParameters.page,
                answers: [.json(200, "One page of alerts", OpenAPISchemas.page(of: OpenAPISchemas.alert))],
                problems: [.malformed("A query parameter cannot be parsed")]).json),
        ])),
        ("/v1/alerts/{id}", .object([
            ("get", OpenAPIOperation(
                id: "alert", summary: "One alert with its append-only event trail, oldest first",
                parameters: [alertID],
                answers: [.json(200, "The alert", OpenAPISchemas.alertDetail)], problems: [noAlert]).json),
        ])),
        ("/v1/alerts/{id}/acknowledge", .object([
            ("post", OpenAPIOperation(
                id: "acknowledgeAlert", summary: "Acknowledge an open or resolved alert, with an optional note",
                description: """
                    An officer over the alert's region or an admin (a shopkeeper may read but not acknowledge). A later \
                    acknowledgement replaces the shown one; each is an event. The body may be empty.
                    """,
                parameters: [alertID],
                body: .json(OpenAPISchemas.alertNoteInput, required: false),
                answers: [.json(200, "The alert with its trail", OpenAPISchemas.alertDetail)],
                problems: [noAlert, .invalid("note is not text of 1 to 1000 characters")]).json),
        ])),
        ("/v1/alerts/{id}/resolve", .object([
            ("post", OpenAPIOperation(
                id: "resolveAlert", summary: "Resolve an open alert by hand, with an optional note",
                description: """
                    An officer over the alert's region or an admin. If the condition still holds, the next price report \
                    or balance change opens a new alert. The body may be empty.
                    """,
                parameters: [alertID],
                body: .json(OpenAPISchemas.alertNoteInput, required: false),
                answers: [.json(200, "The alert with its trail", OpenAPISchemas.alertDetail)],
                problems: [noAlert, .conflict("conflict: the alert is already resolved"),
                           .invalid("note is not text of 1 to 1000 characters")]).json),
        ])),
        ("/v1/alerts/stream", .object([
            ("get", OpenAPIOperation(
                id: "alertStream", summary: "Server-sent events: every alert event in the caller's scope",
                description: """
                    Every alert event (opened, updated, acknowledged, resolved) in the caller's scope (as for the list), \
                    as `id: <event number>` and `data: <the alert as it is now, with the event under "event">`. A client \
                    reconnecting with Last-Event-ID gets every event after that number (events are kept for good); \
                    without it the stream starts with the next event. A `: keep-alive` comment line every 15 s. \
                    The stream ends (and its connection closes) within a second of its token being revoked. At most \
                    streamsPerToken (default 8) open streams per token and streamLimit (default 512) in all.
                    """,
                parameters: [OpenAPIParameters.regionFilter, .object([
                    ("name", .string("Last-Event-ID")), ("in", .string("header")), ("required", .bool(false)),
                    ("description", .string("The id of the last event received; anything but a whole number is ignored.")),
                    ("schema", OpenAPISchemas.stringSchema),
                ])],
                answers: [OpenAPIOperation.Answer(
                    status: 200, description: "An endless text/event-stream; the schema describes one event",
                    content: [("text/event-stream", .object([("schema", OpenAPISchemas.alertStreamEvent)]))])],
                problems: [.malformed("region cannot be parsed"),
                           .rateLimited("rate_limited: this token already holds streamsPerToken open streams, or the "
                                        + "server holds streamLimit streams in all")]).json),
        ])),
    ]

    /// The `{id}` of an alert.
    private static let alertID = OpenAPIParameters.path("id", "The alert id.")

    /// The answer to an unknown alert.
    private static let noAlert = OpenAPIProblem.notFound("No such alert")

    /// The five alert kinds.
    private static let alertKinds = ["price_above_band", "price_below_band", "out_of_stock", "low_stock", "stale_price"]
}
