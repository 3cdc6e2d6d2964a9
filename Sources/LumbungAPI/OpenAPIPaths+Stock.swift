import MicroHTTP

/// The stock routes: the ledger of movements, the shelf and low-stock thresholds.
extension OpenAPIPaths {
    /// The stock paths.
    static let stock: [(key: String, value: JSON)] = [
        ("/v1/outlets/{id}/movements", .object([
            ("post", operation("""
                Record one movement (shopkeeper of the outlet's cooperative, officer over its village, admin). \
                A sale or adjustment that would make the balance negative is refused with 409 insufficient_stock \
                and `available`, and nothing is written. Send an Idempotency-Key to make retries safe.
                """, parameters: [path("id"), idempotencyKey], body: jsonBody(OpenAPISchemas.movementInput),
                responses: [("201", jsonResponse("The recorded movement with the balance after it", OpenAPISchemas.movement))]
                    + movementProblems)),
            ("get", operation("""
                The outlet's ledger, newest recorded first. Public, like the shelf (notes are visible to everyone). \
                Entries are never changed or removed; corrections are new entries.
                """, parameters: [path("id"), query("commodity", "Only this commodity.")] + pageParameters,
                responses: [("200", jsonResponse("One page of the ledger", OpenAPISchemas.page(of: OpenAPISchemas.movement))),
                            ("400", problemResponse("A malformed query parameter")),
                            ("404", problemResponse("No such outlet"))])),
        ])),
        ("/v1/outlets/{id}/movements/batch", .object([
            ("post", operation("""
                Record up to 1000 movements in order, all or nothing. Problems name the movement by its position \
                from 0, e.g. `movements[3].quantity`; a refused sale answers 409 with `available` and nothing is written.
                """, parameters: [path("id"), idempotencyKey], body: jsonBody(OpenAPISchemas.movementBatchInput),
                responses: [("201", jsonResponse("The recorded movements in order", OpenAPISchemas.movementBatch))]
                    + movementProblems)),
        ])),
        ("/v1/outlets/{id}/stock", .object([
            ("get", operation("The shelf: every commodity with a balance, its low-stock threshold and current price (public)",
                              parameters: [path("id")],
                              responses: [("200", jsonResponse("The shelf", OpenAPISchemas.shelf)),
                                          ("404", problemResponse("No such outlet"))])),
        ])),
        ("/v1/outlets/{id}/stock/{commodity}/threshold", .object([
            ("put", operation("""
                Set the low-stock threshold of a commodity (creating its balance at 0 if none exists); low-stock and \
                out-of-stock alerts are re-evaluated at once.
                """, parameters: [path("id"), path("commodity")], body: jsonBody(OpenAPISchemas.lowThresholdInput),
                responses: [("200", jsonResponse("The shelf item", OpenAPISchemas.shelfItem)),
                            ("404", problemResponse("No such outlet, or no such commodity in the catalogue"))]
                    + writeProblems)),
        ])),
    ]

    /// The problem answers of a movement write.
    private static let movementProblems: [(key: String, value: JSON)] = writeProblems + [
        ("404", problemResponse("No such outlet")),
        ("409", problemResponse("insufficient_stock: the balance would go negative; `available` holds the balance")),
    ]
}
