import MicroHTTP

/// The price and band routes: price reports with their history, and price bands.
extension OpenAPIPaths {
    /// The price and band paths.
    static let prices: [(key: String, value: JSON)] = [
        ("/v1/outlets/{id}/prices", .object([
            ("post", OpenAPIOperation(
                id: "postPrice", summary: "Report a selling price",
                description: """
                    The outlet's shopkeeper (of its cooperative), an officer over its village, or an admin. The answer \
                    judges the price against the band in force at observedAt. The report with the latest observedAt is \
                    the outlet's current price; its price alerts open, update or resolve in the same transaction, judged \
                    against the band in force now. A late report (older observedAt) joins the history only.
                    """,
                parameters: [outletID],
                body: .json(OpenAPISchemas.priceInput),
                answers: [.json(201, "The recorded report; implausible flags a likely typo", OpenAPISchemas.recordedPrice)],
                problems: [noOutlet, .invalid("Invalid fields (a commodity not in the catalogue, observedAt in the future, …)")]).json),
            ("get", OpenAPIOperation(
                id: "outletPrices", summary: "The outlet's price history, newest observedAt first (public)",
                description: "Each report carries the band in force at its observedAt; from and to are inclusive.",
                parameters: [outletID, OpenAPIParameters.commodityFilter,
                             OpenAPIParameters.query("from", "Observed at or after this RFC 3339 time.", OpenAPISchemas.dateTime),
                             OpenAPIParameters.query("to", "Observed at or before this RFC 3339 time.", OpenAPISchemas.dateTime)]
                    + OpenAPIParameters.page,
                answers: [.json(200, "One page of reports", OpenAPISchemas.page(of: OpenAPISchemas.priceReport))],
                problems: [.malformed("A query parameter cannot be parsed"), noOutlet]).json),
        ])),
        ("/v1/bands", .object([
            ("post", OpenAPIOperation(
                id: "postBand", summary: "Record a price band",
                description: """
                    Bands are history: never edited, a newer one takes over. An officer may write bands for regions \
                    within its own prefix only; national bands and wider regions need an admin. A band already in force \
                    is applied at once to the current prices and open price alerts in its region; a future one when the \
                    periodic sweep passes its effectiveFrom.
                    """,
                body: .json(OpenAPISchemas.bandInput),
                answers: [.json(201, "The recorded band", OpenAPISchemas.band)],
                problems: [.invalid("Invalid fields (neither min nor max, min above max, an unknown commodity, …)")]).json),
            ("get", OpenAPIOperation(
                id: "listBands", summary: "Bands, newest recorded first (public)",
                description: "region is a whole-segment prefix of the band's region.",
                parameters: [OpenAPIParameters.commodityFilter, OpenAPIParameters.regionFilter] + OpenAPIParameters.page,
                answers: [.json(200, "One page of bands", OpenAPISchemas.page(of: OpenAPISchemas.band))],
                problems: [.malformed("A query parameter cannot be parsed")]).json),
        ])),
        ("/v1/bands/effective", .object([
            ("get", OpenAPIOperation(
                id: "effectiveBand", summary: "The band in force for a place at an instant (public)",
                description: """
                    Among national bands and bands whose region is a prefix of region, in force by at, the one with \
                    the longest region, then the latest effectiveFrom, then the latest recorded.
                    """,
                parameters: [OpenAPIParameters.query("commodity", "The commodity.", OpenAPISchemas.commodityID, required: true),
                             OpenAPIParameters.query("region", "The place, usually a village code; without it, the national band.",
                                                     OpenAPISchemas.regionCode),
                             OpenAPIParameters.query("at", "An RFC 3339 time; defaults to now.", OpenAPISchemas.dateTime)],
                answers: [.json(200, "The band in force", OpenAPISchemas.band)],
                problems: [.malformed("commodity missing, or a query parameter cannot be parsed"),
                           .notFound("No band applies")]).json),
        ])),
    ]
}
