import MicroHTTP

/// The OpenAPI 3.1 description served at `/openapi.json`.
struct OpenAPIDocument {
    let version: String

    /// The whole document.
    var json: JSON {
        .object([
            ("openapi", .string("3.1.0")),
            ("info", .object([
                ("title", .string("Lumbung API")),
                ("version", .string(version)),
                ("description", .string("Stock and prices of LPG, rice and staples at village cooperative outlets.")),
            ])),
            ("servers", .array([.object([("url", .string("/"))])])),
            ("paths", .object(OpenAPIPaths.all)),
            ("components", .object([("schemas", .object(OpenAPISchemas.all))])),
        ])
    }
}
