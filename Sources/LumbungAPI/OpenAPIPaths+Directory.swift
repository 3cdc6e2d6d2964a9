import MicroHTTP

/// The region and commodity routes.
extension OpenAPIPaths {
    /// `/v1/regions…` and `/v1/commodities…`.
    static let directory: [(key: String, value: JSON)] = [
        ("/v1/regions", .object([("get", operation(
            "Provinces; with parent, its children; with q, regions whose name contains q (any level, or among the children of parent)",
            parameters: [query("parent", "A region code whose direct children are listed."),
                         query("q", "Case-insensitive text searched in names (at most 100 characters).")] + pageParameters,
            responses: [("200", jsonResponse("Regions ordered by code", OpenAPISchemas.page(of: OpenAPISchemas.region))),
                        ("400", problemResponse("A parameter cannot be parsed")), badToken]))])),
        ("/v1/regions/{code}", .object([("get", operation("One region", parameters: [path("code")], responses: [
            ("200", jsonResponse("The region", OpenAPISchemas.region)),
            ("404", problemResponse("No such region")), badToken,
        ]))])),
        ("/v1/regions/import", .object([("post", operation(
            "Import a Kemendagri region list (admin): CSV with the header kode,nama; an upsert, all or nothing",
            parameters: [idempotencyKey],
            body: .object([("required", .bool(true)), ("content", .object([("text/csv", .object([
                ("schema", OpenAPISchemas.described("string", """
                    kode,nama then one row per region, e.g. 63.71.01.1001,Kelayan Timur (RFC 4180 quoting, CRLF or LF). \
                    Parents need not be listed first. A code listed twice keeps its last name.
                    """)),
            ]))]))]),
            responses: [
                ("200", jsonResponse("Every data row was imported",
                                     OpenAPISchemas.record(["imported"], [("imported", OpenAPISchemas.integerSchema)]))),
                ("400", problemResponse("Not UTF-8 text")), ("401", problemResponse("No valid token")),
                ("403", problemResponse("Not an admin")), ("413", problemResponse("Larger than the CSV limit (16 MiB)")),
                ("415", problemResponse("Not text/csv")),
                ("422", problemResponse("A bad line; `line` names it (the header is line 1) and nothing was imported")),
            ]))])),
        ("/v1/commodities", .object([("get", operation("The commodity catalogue, ordered by id", parameters: pageParameters,
                                                       responses: [
            ("200", jsonResponse("Catalogue entries", OpenAPISchemas.page(of: OpenAPISchemas.commodity))),
            ("400", problemResponse("A parameter cannot be parsed")), badToken,
        ]))])),
        ("/v1/commodities/{id}", .object([("put", operation(
            "Add or replace a catalogue entry (admin)", parameters: [path("id")],
            body: jsonBody(OpenAPISchemas.record(["name", "unit", "category"], [
                ("name", OpenAPISchemas.limited(100)), ("unit", OpenAPISchemas.limited(30)),
                ("category", OpenAPISchemas.commodity["properties"]?["category"] ?? .null),
            ])),
            responses: [
                ("200", jsonResponse("Replaced", OpenAPISchemas.commodity)), ("201", jsonResponse("Added", OpenAPISchemas.commodity)),
                ("400", problemResponse("Malformed JSON")), ("401", problemResponse("No valid token")),
                ("403", problemResponse("Not an admin")), ("415", problemResponse("Not application/json")),
                ("422", problemResponse("Invalid fields, or an id that is not a slug")),
            ]))])),
    ]

    /// The answer to an unknown or revoked token, which even public routes refuse.
    static let badToken: (key: String, value: JSON) = ("401", problemResponse("An unknown or revoked bearer token was sent"))

    /// `limit` and `cursor`.
    static let pageParameters: [JSON] = [
        query("limit", "At most this many items (default 50, above 500 is clamped to 500).", type: "integer"),
        query("cursor", "nextCursor of the previous page."),
    ]

    /// The `Idempotency-Key` header of writing POSTs.
    static let idempotencyKey = JSON.object([
        ("name", .string("Idempotency-Key")), ("in", .string("header")), ("required", .bool(false)),
        ("description", .string("1–255 printable ASCII characters; a repeat with the same body replays the first answer.")),
        ("schema", OpenAPISchemas.stringSchema),
    ])

    /// A query parameter.
    static func query(_ name: String, _ description: String, type: String = "string") -> JSON {
        .object([("name", .string(name)), ("in", .string("query")), ("required", .bool(false)),
                 ("description", .string(description)), ("schema", .object([("type", .string(type))]))])
    }

    /// A path parameter.
    static func path(_ name: String) -> JSON {
        .object([("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
                 ("schema", OpenAPISchemas.stringSchema)])
    }

    /// A required JSON request body.
    static func jsonBody(_ schema: JSON) -> JSON {
        .object([("required", .bool(true)), ("content", .object([("application/json", .object([("schema", schema)]))]))])
    }
}
