import MicroHTTP

/// The region and commodity routes.
extension OpenAPIPaths {
    /// `/v1/regions…` and `/v1/commodities…`.
    static let directory: [(key: String, value: JSON)] = [
        ("/v1/regions", .object([("get", OpenAPIOperation(
            id: "listRegions", summary: "Regions ordered by code",
            description: """
                Provinces; with parent, its children; with q, regions whose name contains q, case-insensitively \
                (at any level, or among the children of parent).
                """,
            parameters: [OpenAPIParameters.query("parent", "A region code whose direct children are listed.",
                                                 OpenAPISchemas.regionCode),
                         OpenAPIParameters.query("q", "Text searched in names.",
                                                 .object([("type", .string("string")), ("maxLength", .int(100))]))]
                + OpenAPIParameters.page,
            answers: [.json(200, "One page of regions", OpenAPISchemas.page(of: OpenAPISchemas.region))],
            problems: [.malformed("A query parameter cannot be parsed (parent, q over 100 characters, limit, cursor)")]).json)])),
        ("/v1/regions/{code}", .object([("get", OpenAPIOperation(
            id: "region", summary: "One region",
            parameters: [OpenAPIParameters.path("code", "A region code such as 63.71.", OpenAPISchemas.regionCode)],
            answers: [.json(200, "The region", OpenAPISchemas.region)],
            problems: [.notFound("No such region")]).json)])),
        ("/v1/regions/import", .object([("post", OpenAPIOperation(
            id: "importRegions", summary: "Import a Kemendagri region list (admin)",
            description: "CSV with the header kode,nama; an upsert of every row, all or nothing.",
            body: .csv(OpenAPISchemas.described("string", """
                kode,nama then one row per region, e.g. 63.71.01.1001,Kelayan Timur (RFC 4180 quoting, CRLF or LF). \
                Parents need not be listed first. A code listed twice keeps its last name.
                """)),
            answers: [.json(200, "Every data row was imported", OpenAPISchemas.record(["imported"], [
                ("imported", .object([("type", .string("integer")), ("minimum", .int(0)),
                                      ("description", .string("The number of data rows."))])),
            ]))],
            problems: [.invalid("A bad line; `line` names it (the header is line 1) and nothing was imported")]).json)])),
        ("/v1/commodities", .object([("get", OpenAPIOperation(
            id: "listCommodities", summary: "The commodity catalogue, ordered by id",
            parameters: OpenAPIParameters.page,
            answers: [.json(200, "One page of catalogue entries", OpenAPISchemas.page(of: OpenAPISchemas.commodity))],
            problems: [.malformed("limit or cursor cannot be parsed")]).json)])),
        ("/v1/commodities/{id}", .object([("put", OpenAPIOperation(
            id: "putCommodity", summary: "Add or replace a catalogue entry (admin)",
            parameters: [OpenAPIParameters.path("id", "The commodity id (a slug, else 422).", OpenAPISchemas.commodityID)],
            body: .json(OpenAPISchemas.commodityInput),
            answers: [.json(200, "Replaced", OpenAPISchemas.commodity), .json(201, "Added", OpenAPISchemas.commodity)],
            problems: [.invalid("Invalid fields, or an id that is not a slug; errors names each"),
                       .conflict("An alias already belongs to another commodity")]).json)])),
    ]
}
