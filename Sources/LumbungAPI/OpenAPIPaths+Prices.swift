import MicroHTTP

/// The price and band routes: price reports with their history, and price bands.
extension OpenAPIPaths {
    /// The price and band paths.
    static let prices: [(key: String, value: JSON)] = [
        ("/v1/outlets/{id}/prices", .object([
            ("post", operation("""
                Report a selling price (shopkeeper of the outlet's cooperative, officer over its village, admin). The \
                answer judges it against the band in force at observedAt. The report with the latest observedAt is the \
                outlet's current price; its price alerts open, update or resolve in the same transaction, judged against \
                the band in force now. A late report (older observedAt) joins the history only. Send an Idempotency-Key \
                to make retries safe.
                """, parameters: [path("id"), idempotencyKey], body: jsonBody(OpenAPISchemas.priceInput),
                responses: [("201", jsonResponse("The recorded report", OpenAPISchemas.priceReport)),
                            ("404", problemResponse("No such outlet"))] + writeProblems)),
            ("get", operation("""
                The outlet's price history, newest observedAt first (public). from and to are RFC 3339 times, inclusive. \
                Each report carries the band in force at its observedAt.
                """, parameters: [path("id"), query("commodity", "Only this commodity."),
                                  query("from", "Observed at or after this RFC 3339 time."),
                                  query("to", "Observed at or before this RFC 3339 time.")] + pageParameters,
                responses: [("200", jsonResponse("One page of reports", OpenAPISchemas.page(of: OpenAPISchemas.priceReport))),
                            ("400", problemResponse("A malformed query parameter")),
                            ("404", problemResponse("No such outlet"))])),
        ])),
        ("/v1/bands", .object([
            ("post", operation("""
                Record a price band (bands are history: never edited, a newer one takes over). An officer may write bands \
                for regions within its own prefix only; national bands and wider regions need an admin. A band already in \
                force is applied at once to the current prices and open price alerts in its region; a future one when the \
                periodic sweep passes its effectiveFrom.
                """, parameters: [idempotencyKey], body: jsonBody(OpenAPISchemas.bandInput),
                responses: [("201", jsonResponse("The recorded band", OpenAPISchemas.band))] + writeProblems)),
            ("get", operation("Bands, newest recorded first (public); region is a whole-segment prefix of the band's region",
                              parameters: [query("commodity", "Only this commodity."), regionFilter] + pageParameters,
                              responses: [("200", jsonResponse("One page of bands", OpenAPISchemas.page(of: OpenAPISchemas.band))),
                                          ("400", problemResponse("A malformed query parameter"))])),
        ])),
        ("/v1/bands/effective", .object([
            ("get", operation("""
                The band in force for a place at an instant (public): among national bands and bands whose region is a \
                prefix of region, in force by at, the one with the longest region, then the latest effectiveFrom, then \
                the latest recorded.
                """, parameters: [query("commodity", "Required: the commodity."),
                                  query("region", "The place, usually a village code; without it, the national band."),
                                  query("at", "An RFC 3339 time; defaults to now.")],
                responses: [("200", jsonResponse("The band in force", OpenAPISchemas.band)),
                            ("400", problemResponse("commodity missing, or a malformed query parameter")),
                            ("404", problemResponse("No band applies"))])),
        ])),
    ]
}
