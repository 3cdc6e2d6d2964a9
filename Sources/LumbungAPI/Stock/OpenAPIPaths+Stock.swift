import MicroHTTP

/// The stock routes: the ledger of movements, the shelf and low-stock thresholds.
extension OpenAPIPaths {
    /// The stock paths.
    static let stock: [(key: String, value: JSON)] = [
        ("/v1/outlets/{id}/movements", .object([
            ("post", OpenAPIOperation(
                id: "postMovement", summary: "Record one stock movement",
                description: """
                    The outlet's shopkeeper (of its cooperative), an officer over its village, or an admin. A sale or \
                    adjustment that would make the balance negative is refused with 409 insufficient_stock and \
                    `available`, and nothing is written. Send an Idempotency-Key to make retries safe.
                    """,
                parameters: [outletID],
                body: .json(OpenAPISchemas.movementInput),
                answers: [.json(201, "The recorded movement with the balance after it", OpenAPISchemas.movement)],
                problems: [noOutlet, .insufficientStock,
                           .invalid("Invalid fields (a commodity not in the catalogue, a quantity against its kind, …)")]).json),
            ("get", OpenAPIOperation(
                id: "outletMovements", summary: "The outlet's ledger, newest recorded first (public)",
                description: "Notes are visible to everyone. Entries are never changed or removed; corrections are new entries.",
                parameters: [outletID, OpenAPIParameters.commodityFilter] + OpenAPIParameters.page,
                answers: [.json(200, "One page of the ledger", OpenAPISchemas.page(of: OpenAPISchemas.movement))],
                problems: [.malformed("A query parameter cannot be parsed (commodity, limit, cursor)"), noOutlet]).json),
        ])),
        ("/v1/outlets/{id}/movements/batch", .object([
            ("post", OpenAPIOperation(
                id: "postMovementBatch", summary: "Record up to 1000 movements in order, all or nothing",
                description: """
                    Problems name a movement by its position from 0, e.g. `movements[3].quantity`; a refused sale \
                    answers 409 with `available` and nothing is written.
                    """,
                parameters: [outletID],
                body: .json(OpenAPISchemas.movementBatchInput),
                answers: [.json(201, "The recorded movements in order", OpenAPISchemas.movementBatch)],
                problems: [noOutlet, .insufficientStock, .invalid("Invalid movements, each field named movements[i].field")]).json),
        ])),
        ("/v1/outlets/{id}/stock", .object([
            ("get", OpenAPIOperation(
                id: "outletStock",
                summary: "The shelf: every commodity with a balance, its low-stock threshold and current price (public)",
                parameters: [outletID],
                answers: [.json(200, "The shelf", OpenAPISchemas.shelf)], problems: [noOutlet]).json),
        ])),
        ("/v1/outlets/{id}/stock/{commodity}/threshold", .object([
            ("put", OpenAPIOperation(
                id: "putLowThreshold", summary: "Set the low-stock threshold of a commodity",
                description: """
                    Creates the commodity's balance at 0 if none exists; low-stock and out-of-stock alerts are \
                    re-evaluated at once.
                    """,
                parameters: [outletID, OpenAPIParameters.path("commodity", "A commodity id from the catalogue.", OpenAPISchemas.commodityID)],
                body: .json(OpenAPISchemas.lowThresholdInput),
                answers: [.json(200, "The shelf item", OpenAPISchemas.shelfItem)],
                problems: [.notFound("No such outlet, or no such commodity in the catalogue"),
                           .invalid("lowThreshold missing, negative or with more than 3 decimals")]).json),
        ])),
    ]

    /// The `{id}` of an outlet.
    static let outletID = OpenAPIParameters.path("id", "The outlet id.")

    /// The answer to an unknown outlet.
    static let noOutlet = OpenAPIProblem.notFound("No such outlet")
}
