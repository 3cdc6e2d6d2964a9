import MicroHTTP

/// Parameters of the OpenAPI description. Query parameters given an empty value count as absent.
enum OpenAPIParameters {
    /// A path parameter: always required; an unknown value is 404.
    static func path(_ name: String, _ description: String, _ schema: JSON = OpenAPISchemas.stringSchema) -> JSON {
        .object([("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
                 ("description", .string(description)), ("schema", schema)])
    }

    /// A query parameter; a value outside `schema` is `400 malformed` naming it. An optional one may be given
    /// empty, which counts as absent.
    static func query(_ name: String, _ description: String, _ schema: JSON = OpenAPISchemas.stringSchema,
                      required: Bool = false) -> JSON {
        let accepted = required ? schema : .object([("anyOf", .array([schema, .object([("const", .string(""))])]))])
        return .object([("name", .string(name)), ("in", .string("query")), ("required", .bool(required)),
                        ("description", .string(description)), ("schema", accepted)])
    }

    /// `limit` and `cursor` of lists.
    static let page: [JSON] = [limit, query("cursor", "nextCursor of the previous page.",
                                            .object([("type", .string("string")), ("maxLength", .int(200))]))]

    /// `limit`: at least 1, default 50, above 500 (however large) counts as 500.
    static let limit = query("limit",
                             "At most this many items (default 50; any larger number, even one beyond 64 bits, counts as 500).",
                             .object([("type", .string("integer")), ("minimum", .int(1))]))

    /// The `region` filter of lists: a code prefix on whole segments.
    static let regionFilter = query("region",
                                    "A region code prefix on whole segments: 63.71 matches 63.71.01.1001, not 63.710.",
                                    OpenAPISchemas.regionCode)

    /// A `commodity` filter.
    static let commodityFilter = query("commodity", "Only this commodity.", OpenAPISchemas.commodityID)

    /// The `Idempotency-Key` header of writing POSTs.
    static let idempotencyKey = JSON.object([
        ("name", .string("Idempotency-Key")), ("in", .string("header")), ("required", .bool(false)),
        ("description", .string("""
            1 to 255 printable ASCII characters. A repeat by the same token with the same body replays the first \
            answer (kept at least 24 hours) with Idempotent-Replayed: true and writes nothing; another body is 422.
            """)),
        ("schema", .object([("type", .string("string")), ("pattern", .string("^[!-~]([ -~]{0,253}[!-~])?$"))])),
    ])
}
