import MicroHTTP

/// The cooperative, outlet and token routes.
extension OpenAPIPaths {
    /// `/v1/cooperatives…`, `/v1/outlets…` and `/v1/tokens…`.
    static let places: [(key: String, value: JSON)] = [
        ("/v1/cooperatives", .object([
            ("get", OpenAPIOperation(
                id: "listCooperatives", summary: "Cooperatives in a region, ordered by id",
                parameters: [OpenAPIParameters.regionFilter] + OpenAPIParameters.page,
                answers: [.json(200, "One page of cooperatives", OpenAPISchemas.page(of: OpenAPISchemas.cooperative))],
                problems: [.malformed("A query parameter cannot be parsed, e.g. region=63.7")]).json),
            ("post", OpenAPIOperation(
                id: "createCooperative", summary: "Register a cooperative in a village (an officer over the village, or admin)",
                body: .json(OpenAPISchemas.cooperativeInput),
                answers: [.json(201, "Registered", OpenAPISchemas.cooperative)],
                problems: [.invalid("Invalid fields (region not a village code, or not in the imported region list)")]).json),
        ])),
        ("/v1/cooperatives/{id}", .object([("get", OpenAPIOperation(
            id: "cooperative", summary: "One cooperative",
            parameters: [OpenAPIParameters.path("id", "The cooperative id.")],
            answers: [.json(200, "The cooperative", OpenAPISchemas.cooperative)],
            problems: [.notFound("No such cooperative")]).json)])),
        ("/v1/outlets", .object([
            ("get", OpenAPIOperation(
                id: "listOutlets", summary: "Outlets in a region and of a cooperative, ordered by id",
                description: """
                    Every outlet carries lastReportAt, the latest recording of its movements and price reports (null \
                    when it never reported). quietDays=N lists only outlets without a report recorded in the last N \
                    days (24-hour periods back from now), never-reporting outlets included.
                    """,
                parameters: [OpenAPIParameters.regionFilter,
                             OpenAPIParameters.query("cooperativeId", "Only this cooperative's outlets."),
                             OpenAPIParameters.query("quietDays", "Only outlets with no report in the last N days (1–365).",
                                                     .object([("type", .string("integer")), ("minimum", .int(1)),
                                                              ("maximum", .int(365))]))] + OpenAPIParameters.page,
                answers: [.json(200, "One page of outlets", OpenAPISchemas.page(of: OpenAPISchemas.outlet))],
                problems: [.malformed("A query parameter cannot be parsed, e.g. region=63.7")]).json),
            ("post", OpenAPIOperation(
                id: "createOutlet",
                summary: "Register an outlet (the cooperative's shopkeeper, an officer over the cooperative and the outlet's village, or admin)",
                body: .json(OpenAPISchemas.outletInput),
                answers: [.json(201, "Registered", OpenAPISchemas.outlet)],
                problems: [.invalid("Invalid fields (an unknown cooperative, a region that is not a known village, one coordinate alone)")]).json),
        ])),
        ("/v1/outlets/{id}", .object([("get", OpenAPIOperation(
            id: "outlet", summary: "One outlet",
            parameters: [OpenAPIParameters.path("id", "The outlet id.")],
            answers: [.json(200, "The outlet", OpenAPISchemas.outlet)],
            problems: [.notFound("No such outlet")]).json)])),
        ("/v1/tokens", .object([
            ("get", OpenAPIOperation(
                id: "listTokens", summary: "Live tokens, without secrets (admin)",
                parameters: OpenAPIParameters.page,
                answers: [.json(200, "One page of tokens", OpenAPISchemas.page(of: OpenAPISchemas.token))],
                problems: [.malformed("limit or cursor cannot be parsed")]).json),
            ("post", OpenAPIOperation(
                id: "createToken", summary: "Issue a token (admin)",
                description: """
                    An officer token needs region (a code prefix of any level), a shopkeeper token an existing \
                    cooperativeId; no other role may carry either. The secret is shown in this answer only.
                    """,
                body: .json(OpenAPISchemas.tokenInput),
                answers: [.json(201, "Issued; the secret is in `token`", OpenAPISchemas.createdToken)],
                problems: [.invalid("Invalid fields (a role's region or cooperativeId missing, misplaced or unknown)")]).json),
        ])),
        ("/v1/tokens/{id}", .object([("delete", OpenAPIOperation(
            id: "revokeToken", summary: "Revoke a token at once (admin)",
            parameters: [OpenAPIParameters.path("id", "The token id (not its secret).")],
            answers: [OpenAPIOperation.Answer(status: 204, description: "Revoked", content: [])],
            problems: [.notFound("No live token with this id")]).json)])),
    ]
}
