import MicroHTTP

/// The cooperative, outlet and token routes.
extension OpenAPIPaths {
    /// `/v1/cooperatives…`, `/v1/outlets…` and `/v1/tokens…`.
    static let places: [(key: String, value: JSON)] = [
        ("/v1/cooperatives", .object([
            ("get", operation("Cooperatives in a region, ordered by id", parameters: [regionFilter] + pageParameters, responses: [
                ("200", jsonResponse("Cooperatives", OpenAPISchemas.page(of: OpenAPISchemas.cooperative))),
                ("400", problemResponse("A parameter cannot be parsed, e.g. region=63.7")), badToken,
            ])),
            ("post", operation(
                "Register a cooperative in a village (an officer within its region, or admin)", parameters: [idempotencyKey],
                body: jsonBody(OpenAPISchemas.record(["name", "region"], [
                    ("name", OpenAPISchemas.limited(200)),
                    ("region", OpenAPISchemas.described(
                        "string", "A village (level 4) code; once regions are imported it must be one of them.")),
                ])),
                responses: [("201", jsonResponse("Registered", OpenAPISchemas.cooperative))] + writeProblems)),
        ])),
        ("/v1/cooperatives/{id}", .object([("get", operation("One cooperative", parameters: [path("id")], responses: [
            ("200", jsonResponse("The cooperative", OpenAPISchemas.cooperative)), ("404", problemResponse("No such cooperative")), badToken,
        ]))])),
        ("/v1/outlets", .object([
            ("get", operation("Outlets in a region and of a cooperative, ordered by id",
                              parameters: [regionFilter, query("cooperativeId", "Only this cooperative's outlets.")] + pageParameters,
                              responses: [
                ("200", jsonResponse("Outlets", OpenAPISchemas.page(of: OpenAPISchemas.outlet))),
                ("400", problemResponse("A parameter cannot be parsed, e.g. region=63.7")), badToken,
            ])),
            ("post", operation(
                "Register an outlet (the cooperative's shopkeeper, an officer over the cooperative and the outlet's village, or admin)",
                parameters: [idempotencyKey],
                body: jsonBody(OpenAPISchemas.record(["cooperativeId", "name"], [
                    ("cooperativeId", OpenAPISchemas.stringSchema), ("name", OpenAPISchemas.limited(200)),
                    ("region", OpenAPISchemas.described("string", "A village (level 4) code; defaults to the cooperative's.")),
                    ("latitude", coordinate(90, "Degrees; with longitude or not at all.")),
                    ("longitude", coordinate(180, "Degrees; with latitude or not at all.")),
                    ("address", OpenAPISchemas.limited(500)),
                ])),
                responses: [("201", jsonResponse("Registered", OpenAPISchemas.outlet))] + writeProblems)),
        ])),
        ("/v1/outlets/{id}", .object([("get", operation("One outlet", parameters: [path("id")], responses: [
            ("200", jsonResponse("The outlet", OpenAPISchemas.outlet)), ("404", problemResponse("No such outlet")), badToken,
        ]))])),
        ("/v1/tokens", .object([
            ("get", operation("Live tokens, without secrets (admin)", parameters: pageParameters, responses: [
                ("200", jsonResponse("Tokens", OpenAPISchemas.page(of: OpenAPISchemas.token))),
                ("400", problemResponse("A parameter cannot be parsed")), ("401", problemResponse("No valid token")),
                ("403", problemResponse("Not an admin")),
            ])),
            ("post", operation(
                "Issue a token (admin); an officer needs region (a prefix of any level), a shopkeeper an existing cooperativeId",
                parameters: [idempotencyKey],
                body: jsonBody(OpenAPISchemas.record(["name", "role"], [
                    ("name", OpenAPISchemas.limited(100)),
                    ("role", OpenAPISchemas.token["properties"]?["role"] ?? .null),
                    ("region", OpenAPISchemas.described("string", "Officers only: the region prefix they oversee, e.g. 63 or 63.71.")),
                    ("cooperativeId", OpenAPISchemas.described("string", "Shopkeepers only: their cooperative.")),
                ])),
                responses: [("201", jsonResponse("Issued; the secret is in `token`", OpenAPISchemas.createdToken))] + writeProblems)),
        ])),
        ("/v1/tokens/{id}", .object([("delete", operation("Revoke a token at once (admin)", parameters: [path("id")], responses: [
            ("204", .object([("description", .string("Revoked"))])), ("401", problemResponse("No valid token")),
            ("403", problemResponse("Not an admin")), ("404", problemResponse("No live token with this id")),
        ]))])),
    ]

    /// The `region` filter of lists.
    static let regionFilter = query("region", "A region code prefix on whole segments: 63.71 matches 63.71.01.1001, not 63.710.")

    /// The problems of a JSON write.
    static let writeProblems: [(key: String, value: JSON)] = [
        ("400", problemResponse("Malformed JSON")), ("401", problemResponse("No valid token")),
        ("403", problemResponse("Outside the token's role or scope")), ("415", problemResponse("Not application/json")),
        ("422", problemResponse("Invalid fields, or an Idempotency-Key reused with another body")),
    ]

    /// A coordinate within ±`limit` degrees.
    private static func coordinate(_ limit: Int, _ description: String) -> JSON {
        .object([("type", .string("number")), ("minimum", .int(-limit)), ("maximum", .int(limit)),
                 ("description", .string(description))])
    }
}
